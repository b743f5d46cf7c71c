import { describe, expect, it } from 'vitest';
import { evaluate, type Answers, type VeiviserOutcome as Outcome } from '../../../src/lib/veiviser';
import { decisionRows, knowLines } from '../../../src/lib/veiviser/answer';
import { clearFactsCache, resultFacts } from '../../../src/lib/veiviser/model';
import { withAnswer } from '../../../src/lib/veiviser/outcome';
import {
  evaluatedRoutes,
  rules,
  type EvaluatedRoute,
  type Row,
} from '../../../src/lib/veiviser/rules';
import { conditions as c, mustKnow as k, reasons as r } from '../../../src/lib/veiviser/texts';
import type { Known, Said } from '../../../src/lib/veiviser/said';
import { flow } from '../../../src/lib/veiviser';
import { result, resultPaths, verdict } from './helpers';

// Issue 18, item 2: the law's closed doors stay closed on every path. Each door is one row in the
// decision table (rules.ts); each test checks the door on real answers and then takes that row
// out and expects the check to fail, so a removed row cannot pass unnoticed.

/** Runs `check` with one row (found by its text) taken out of a route's rule. */
function withoutRow(
  id: EvaluatedRoute,
  list: 'notFit' | 'open' | 'know',
  text: Said | Known,
  check: () => void
) {
  const rule = rules[id];
  const rows = (rule[list] as readonly Row[]).filter(([, t]: Row) => t !== text);
  expect(rule[list].length - rows.length, `${id} ${list}: one row with «${text.text}»`).toBe(1);
  (rules as Record<EvaluatedRoute, unknown>)[id] = { ...rule, [list]: rows };
  clearFactsCache();
  try {
    check();
  } finally {
    (rules as Record<EvaluatedRoute, unknown>)[id] = rule;
    clearFactsCache();
  }
}

/** The check passes with the row and fails without it. */
function door(
  id: EvaluatedRoute,
  list: 'notFit' | 'open' | 'know',
  text: Said | Known,
  check: () => void
) {
  check();
  withoutRow(id, list, text, () => expect(check).toThrow());
}

const answersWhere = (test: (a: Answers) => boolean) =>
  resultPaths.map((p) => p.answers as Answers).filter(test);

describe('closed doors (issue 18, item 2)', () => {
  it('§ 9 e caps a § 3a b post at 6 months: a longer unforeseen need closes it and says what ground a longer post needs (review N2)', () => {
    const longer = answersWhere(
      (a) =>
        a.grunnlag === 'uforutsett' &&
        ['6-12-mnd', '12-24-mnd', 'over-24-mnd'].includes(a.varighet ?? '') &&
        (a.kandidat === 'malgruppe-1' || a.kandidat === 'malgruppe-2')
    );
    expect(longer.length).toBeGreaterThan(10);
    door('unntak-lonnstilskudd', 'notFit', r.saf3bSal9eSix, () => {
      for (const a of longer) {
        const v = verdict(result(a), 'unntak-lonnstilskudd');
        expect(v.list).toBe('notFit');
        expect((v.entry as Outcome['notFit'][number]).reason).toMatch(
          /høyst 6 måneder.*midlertidig \(§ 9 a\) eller et vikariat \(§ 9 b\)/
        );
      }
    });
    const within = answersWhere(
      (a) =>
        a.grunnlag === 'uforutsett' && a.varighet === 'inntil-6-mnd' && a.kandidat === 'malgruppe-1'
    );
    expect(within.length).toBeGreaterThan(0);
    door('unntak-lonnstilskudd', 'open', c.saf3bSal9eCap, () => {
      for (const a of within) {
        const o = result(a);
        const may = o.mayFit.find((x) => x.routeId === 'unntak-lonnstilskudd')!;
        expect(may.condition).toMatch(/høyst 6 måneder, også med lønnstilskudd/);
        expect(may.maxMonths).toBe(6);
        expect(may.title).toBe(
          'Midlertidig stilling inntil 6 måneder med lønnstilskudd, uten utlysning'
        );
        expect(decisionRows(o).find((x) => x.routeId === 'unntak-lonnstilskudd')?.longest).toBe(
          '6 mnd.'
        );
      }
    });
  });

  it('does not offer arbeidstrening to a person already employed here (§ 7 post, § 3a b post, trainee here; review N4)', () => {
    const employed = answersWhere(
      (a) =>
        a.situasjon === 'administrativt-ansatt-her' ||
        a.situasjon === 'unntaksstilling-her' ||
        a.trainee === 'trainee-her'
    );
    expect(employed.length).toBeGreaterThan(50);
    door('arbeidstrening', 'notFit', r.alreadyEmployed, () => {
      for (const a of employed) expect(verdict(result(a), 'arbeidstrening').list).toBe('notFit');
    });
  });

  it('after a § 3a b post says to ask NAV what is left of the subsidy and promises no new period or rate (review N4)', () => {
    const after = answersWhere((a) => a.situasjon === 'unntaksstilling-her');
    expect(after.length).toBeGreaterThan(10);
    door('lonnstilskudd', 'open', c.subsidyUsed, () => {
      for (const a of after) {
        const v = verdict(result(a), 'lonnstilskudd');
        expect(v.list).toBe('mayFit');
        const lts = v.entry as Outcome['mayFit'][number];
        expect(lts.condition).toMatch(/Spør NAV om det er tid igjen.*Regn ikke med en ny periode/);
        expect(lts.subsidy?.maxMonths).toBeUndefined();
        expect(lts.details.join(' ')).not.toMatch(/\d+ %/);
      }
    });
  });

  it('checks § 4a as it will stand when the person applies, on the trainee path and after a § 3a b or § 7 post (review N1)', () => {
    const saf3ab = answersWhere(
      (a) =>
        a.situasjon === 'unntaksstilling-her' &&
        a.behov === 'fast' &&
        a.utdanning === 'utdanning-ja'
    );
    expect(saf3ab.length).toBeGreaterThan(0);
    door('traineeprogrammet', 'open', c.hullICvWhenApplying, () => {
      for (const a of saf3ab) {
        const v = verdict(result(a), 'traineeprogrammet');
        expect(v.list).toBe('mayFit');
        expect((v.entry as Outcome['mayFit'][number]).condition).toMatch(/når personen søker/);
      }
    });
    const sal7 = answersWhere(
      (a) =>
        a.situasjon === 'administrativt-ansatt-her' &&
        a.kandidat === 'malgruppe-2' &&
        a.behov === 'midlertidig'
    );
    expect(sal7.length).toBeGreaterThan(0);
    door('unntak-lonnstilskudd', 'open', c.hullICvWhenApplying, () => {
      for (const a of sal7) {
        const may = result(a).mayFit.find((x) => x.routeId === 'unntak-lonnstilskudd')!;
        expect(may.condition).toMatch(/må det gjelde når personen søker/);
      }
    });
    // The notice no longer says særbehandling applies without the § 4a condition.
    for (const a of answersWhere((x) => x.situasjon === 'unntaksstilling-her')) {
      const text = result(a)
        .notices.map((n) => n.text)
        .join(' ');
      expect(text).not.toMatch(/og intervjuplikten og positiv særbehandling gjelder\./);
      expect(text).toMatch(/Sjekk definisjonen på nytt på søknadstidspunktet/);
    }
  });

  it('shows no two notices with the same text, and prøvetid with its in-force date (review N5; «Prøvetid» was twice on 28 results)', () => {
    let provetid = 0;
    for (const p of resultPaths) {
      const o = evaluate(p.answers) as Outcome;
      const texts = o.notices.map((n) => n.text);
      expect(new Set(texts).size, p.path).toBe(texts.length);
      for (const n of o.notices.filter((x) => x.label === 'Prøvetid')) {
        provetid++;
        expect(n.text, p.path).toMatch(/^Fra 1\. juli 2024 \(statsansatteloven § 15\)/);
      }
    }
    expect(provetid).toBeGreaterThan(50);
  });
});

describe('what the employer must know stays visible (issue 18, item 4)', () => {
  const all = resultPaths.map((p) => ({ path: p.path, o: evaluate(p.answers) as Outcome }));
  const openOn = (o: Outcome, id: EvaluatedRoute) =>
    [...o.fits, ...o.mayFit].some((x) => x.routeId === id);
  /**
   * Every result where one of the routes fits or may fit says the fact once, visibly, on the first
   * of them on the page, with its source.
   */
  function everywhere(routes: EvaluatedRoute[], fact: typeof k.sal7Anyone) {
    const where = all.filter(({ o }) => routes.some((id) => openOn(o, id)));
    expect(where.length).toBeGreaterThan(50);
    for (const { path, o } of where) {
      const lines = knowLines(o);
      const all = [...lines.values()].flat().filter((l) => l.text === fact.text);
      expect(all, path).toHaveLength(1);
      const first = [...o.fits, ...o.mayFit].find((r) =>
        routes.includes(r.routeId as EvaluatedRoute)
      )!;
      const list = lines.get(first.routeId)!;
      const at = list.findIndex((l) => l.text === fact.text);
      expect(at, `${path} ${first.routeId}`).toBeGreaterThanOrEqual(0);
      // Cited with the fact, or after the next fact from the same place.
      expect(list.slice(at).find((l) => l.kilde)?.kilde, path).toBe(fact.kilde);
    }
  }

  it('§ 7 is open to anyone, not only the target group, on every result where it fits or may fit', () => {
    door('administrativ-ansettelse', 'know', k.sal7Anyone, () =>
      everywhere(['administrativ-ansettelse'], k.sal7Anyone)
    );
  });

  it('a § 7 period gives no priority when the post is advertised later', () => {
    door('administrativ-ansettelse', 'know', k.sal7NoPriority, () =>
      everywhere(['administrativ-ansettelse'], k.sal7NoPriority)
    );
  });

  it("lønnstilskudd is never backdated before NAV's agreement, wherever a lønnstilskudd route fits or may fit", () => {
    for (const id of ['unntak-lonnstilskudd', 'lonnstilskudd'] as const)
      door(id, 'know', k.notBackdated, () =>
        everywhere(['unntak-lonnstilskudd', 'lonnstilskudd'], k.notBackdated)
      );
  });

  it("flags as «Må sjekkes» whether a part-timer's fortrinnsrett bites on a post only for the target group", () => {
    const check = () => {
      everywhere(['unntak-lonnstilskudd', 'traineeprogrammet'], k.fortrinnsrettReserved);
      for (const { path, o } of all)
        for (const r of [...o.fits, ...o.mayFit].filter((x) =>
          ['unntak-lonnstilskudd', 'traineeprogrammet'].includes(x.routeId)
        ))
          expect(
            r.mustCheck.some((m) => m.visible && m.kilde === 'tolkning-fortrinnsrett-malgruppe'),
            `${path} ${r.routeId}`
          ).toBe(true);
    };
    for (const id of ['unntak-lonnstilskudd', 'traineeprogrammet'] as const)
      door(id, 'know', k.fortrinnsrettReserved, check);
  });

  it('says nothing of a route that does not fit', () => {
    for (const { path, o } of all)
      for (const n of o.notFit) expect(knowLines(o).get(n.routeId), path).toBeUndefined();
  });
});

describe('what an answer means (issue 18, item 1)', () => {
  const all = resultPaths.map((p) => ({ path: p.path, a: p.answers as Answers }));
  const unknownQuestions = flow.questions.filter((q) => q.answers.some((x) => x.unknown));
  const key = (a: Answers) =>
    JSON.stringify(
      evaluatedRoutes.map((id) => {
        const f = resultFacts(a).routes[id];
        return [f.verdict, f.conditions.map((x) => x.text), f.longest, f.subsidy];
      })
    );

  it('never closes a route that another answer to an open question could open: that is «Kan passe» with the condition', () => {
    const problems: string[] = [];
    for (const { path, a } of all)
      for (const q of unknownQuestions) {
        const chosen = q.answers.find((x) => x.slug === a[q.id as keyof Answers]);
        if (!chosen?.unknown) continue;
        const now = resultFacts(a);
        for (const x of q.answers.filter((y) => !y.unknown)) {
          const b = withAnswer(a, q.id, x.slug);
          if (!b) continue;
          const then = resultFacts(b);
          for (const id of evaluatedRoutes)
            if (now.routes[id].verdict === 'notFit' && then.routes[id].verdict !== 'notFit')
              problems.push(`${path} ${id}: «Passer ikke», men «${x.slug}» åpner den`);
        }
      }
    expect(problems.slice(0, 10), `${problems.length}`).toEqual([]);
  });

  // Answers that change no verdict, limit or rate on any path where «Vet ikke» is asked, with why.
  const ALLOWED_NO_CHANGE: Record<string, string> = {
    'nav=nav-nei':
      'Med «Vet ikke» gjelder de samme vilkårene som med «Nei»: NAV må følge opp personen før et tiltak. Svaret endrer bare hvem dere spør (personen eller NAV-kontoret).',
  };

  it('every known answer changes some outcome compared with «Vet ikke», on some path (an allow-list says why not)', () => {
    const changes = new Set<string>();
    for (const { a } of all)
      for (const q of unknownQuestions) {
        const chosen = q.answers.find((x) => x.slug === a[q.id as keyof Answers]);
        if (!chosen?.unknown) continue;
        for (const x of q.answers.filter((y) => !y.unknown)) {
          const b = withAnswer(a, q.id, x.slug);
          if (b && key(b) !== key(a)) changes.add(`${q.id}=${x.slug}`);
        }
      }
    const silent = unknownQuestions.flatMap((q) =>
      q.answers
        .filter((x) => !x.unknown && !changes.has(`${q.id}=${x.slug}`))
        .map((x) => `${q.id}=${x.slug}`)
    );
    expect(silent.filter((s) => !(s in ALLOWED_NO_CHANGE))).toEqual([]);
    // The allow-list holds only answers that really change nothing.
    expect(Object.keys(ALLOWED_NO_CHANGE).filter((s) => changes.has(s))).toEqual([]);
  });
});
