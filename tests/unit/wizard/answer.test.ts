import { describe, expect, it } from 'vitest';
import { evaluate, evaluatedRoutes, type Answers } from '../../../src/lib/veiviser';
import type { VeiviserOutcome as Outcome } from '../../../src/lib/veiviser';
import {
  conditionLines,
  decisionRows,
  needsTargetGroupChecklist,
  sharedAdvice,
  targetGroupAnsweredNo,
  stillAppliesOnce,
  verdictLines,
} from '../../../src/lib/veiviser/answer';
import { resultFacts } from '../../../src/lib/veiviser/model';

const openConditions = (id: string, a: Answers) =>
  resultFacts(a).routes[id as keyof ReturnType<typeof resultFacts>['routes']].conditions;
import { eachChecked } from '../../support/expect-checked';
import { resultPaths } from './helpers';

// The answer-first parts of the result page (issue 10, items 1, 2 and 4), over every reachable result.
const all = resultPaths.map((p) => ({
  path: p.path,
  a: p.answers as Answers,
  o: evaluate(p.answers) as Outcome,
}));
const VERDICT = { fits: 'Passer', mayFit: 'Kan passe', notFit: 'Passer ikke' } as const;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const advised = (o: Outcome) => [...o.fits, ...o.mayFit];

describe('the one-line answers', () => {
  it('give every evaluated route one line, «Passer» first, with a label ≤ 35 characters and a reason ≤ 10 words', () => {
    for (const { path, o } of all) {
      const lines = verdictLines(o);
      expect(lines.map((l) => l.routeId).sort(), path).toEqual([...evaluatedRoutes].sort());
      const order = lines.map((l) => ['fits', 'mayFit', 'notFit'].indexOf(l.verdict));
      expect(order, path).toEqual([...order].sort((x, y) => x - y));
      for (const l of lines) {
        expect(l.label.length, `${path} ${l.routeId}`).toBeLessThanOrEqual(35);
        // Two lines at 390 px hold about 80 characters of the small body font (checked in the
        // browser on the longest results, tests/e2e/wizard-transition.spec.ts).
        if (l.verdict !== 'notFit')
          expect(
            `${l.label} ${VERDICT[l.verdict]} ${l.reason}`.length,
            `${path} ${l.reason}`
          ).toBeLessThanOrEqual(80);
        expect(words(l.reason), `${path} ${l.routeId}: ${l.reason}`).toBeLessThanOrEqual(10);
        expect(l.reason, `${path} ${l.routeId}`).toMatch(/^[A-ZÆØÅ«§].*\.$/);
      }
    }
  });

  it('never print a missing value («Inntil undefined måneder» stood on 50 results until 7 December 2026)', () => {
    for (const { path, o } of all) {
      const texts = JSON.stringify([o, verdictLines(o), decisionRows(o), conditionLines(o)]);
      expect(texts, path).not.toMatch(/undefined|NaN|\[object /);
    }
  });

  it('give § 7 the sure limit while the personalreglement is not known: 6 months, not none', () => {
    const open = all.filter(({ o }) =>
      o.fits.some((r) => r.routeId === 'administrativ-ansettelse')
    );
    expect(open.length).toBeGreaterThan(0);
    for (const { path, o } of open) {
      const line = verdictLines(o).find((l) => l.routeId === 'administrativ-ansettelse');
      expect(line?.reason, path).toMatch(/^Inntil (6|12) måneder uten utlysning\.$/);
    }
  });

  it('name the first condition that holds as the reason of a «Kan passe»', () => {
    eachChecked(
      '«Kan passe» routes',
      all.flatMap(({ path, o }) => o.mayFit.map((r) => ({ path, o, r }))),
      (x) => x,
      ({ path, o, r }) => {
        const first = openConditions(r.routeId, o.answers as Answers)[0];
        expect(r.short, path).toBe(first?.short);
      }
    );
  });
});

describe('the table of what tells the routes apart', () => {
  it('has a row per fitting hiring route, and none when there is only one to choose', () => {
    for (const { path, o } of all) {
      const routes = advised(o).filter((r) => r.kind === 'route');
      const rows = decisionRows(o);
      expect(
        rows.map((r) => r.routeId),
        path
      ).toEqual(routes.length >= 2 ? routes.map((r) => r.routeId) : []);
      for (const row of rows)
        for (const cell of [row.advertise, row.longest, row.subsidy, row.decides])
          expect(cell.length, `${path} ${row.routeId}`).toBeGreaterThan(0);
    }
  });

  it('never says 12 months for § 7 after personalreglement «Nei» or on § 9 e (statsansatteloven §§ 7, 9 e)', () => {
    eachChecked(
      '§ 7 rows with personalreglement-nei or § 9 e',
      all,
      (x) =>
        (x.a.personalreglement === 'personalreglement-nei' || x.a.grunnlag === 'uforutsett') &&
        decisionRows(x.o).find((r) => r.routeId === 'administrativ-ansettelse'),
      (row, { path }) => expect(row.longest, path).toBe('6 mnd.')
    );
  });

  it('dates the § 3a b subsidy rate it shows', () => {
    eachChecked(
      '§ 3a b rows',
      all,
      (x) => decisionRows(x.o).find((r) => r.routeId === 'unntak-lonnstilskudd'),
      (row, { path }) =>
        // The answer's rate, or the range while NAV's finding is unknown (review N3), always dated.
        expect(row.subsidy, path).toMatch(
          /^(\d+ %, så \d+ %|\d+–\d+ %, etter NAVs vurdering) \((per|fra) .+ \d{4}\)$/
        )
    );
  });
});

describe('each common thing once', () => {
  it('moves a text that two or more routes repeat to one shared list, and loses none', () => {
    eachChecked(
      'results with shared texts',
      all,
      (x) => sharedAdvice(x.o).shared.length > 0 && x,
      ({ path, o }) => {
        const { shared, own } = sharedAdvice(o);
        const sharedTexts = new Set(shared.map((s) => s.text));
        for (const s of shared) expect(s.routes.length, path).toBeGreaterThan(1);
        for (const r of advised(o)) {
          const mine = own(r);
          for (const k of ['details', 'conditions', 'warnings', 'nextSteps'] as const) {
            for (const t of mine[k]) expect(sharedTexts.has(t), path).toBe(false);
            for (const t of r[k])
              expect(mine[k].includes(t) || sharedTexts.has(t), path).toBe(true);
          }
        }
      }
    );
  });

  it('says each condition of a «Kan passe» in full once, and its short form after that', () => {
    eachChecked(
      'results with a condition two routes share',
      all,
      (x) => {
        const texts = x.o.mayFit.flatMap((r) =>
          openConditions(r.routeId, x.o.answers as Answers).map((c) => c.text)
        );
        return new Set(texts).size < texts.length && x;
      },
      ({ path, o }) => {
        const lines = conditionLines(o);
        const shown = [...lines.values()].flat();
        const full = o.mayFit.flatMap((r) => openConditions(r.routeId, o.answers as Answers));
        for (const c of full) {
          const count = shown.filter((s) => s === c.text).length;
          expect(count, `${path}: ${c.text}`).toBeLessThanOrEqual(1);
        }
        for (const r of o.mayFit) expect(lines.get(r.routeId)?.length, path).toBeGreaterThan(0);
      }
    );
  });

  it('lists each «Dette gjelder fortsatt» rule once, with every route it binds', () => {
    for (const { path, o } of all) {
      const once = stillAppliesOnce(o);
      expect(new Set(once.map((s) => s.id)).size, path).toBe(once.length);
      for (const r of advised(o))
        for (const id of r.stillApplies)
          expect(once.find((s) => s.id === id)?.routes.length, path).toBeGreaterThan(0);
    }
  });
});

describe('the target-group checklist (statsansatteforskriften §§ 4, 4a)', () => {
  it('shows wherever § 3a b or traineeprogrammet may be used', () => {
    eachChecked(
      'results offering § 3a b or traineeprogrammet',
      all,
      (x) =>
        advised(x.o).some((r) =>
          ['unntak-lonnstilskudd', 'traineeprogrammet'].includes(r.routeId)
        ) && x,
      ({ path, o }) => expect(needsTargetGroupChecklist(o), path).toBe(true)
    );
  });

  it('never shows outside the state or for innvandrerbakgrunn (§ 4b gives no særbehandling)', () => {
    eachChecked(
      'non-state results and § 4b results',
      all,
      (x) => (x.a.sektor !== 'statlig' || x.a.kandidat === 'gruppe-4b') && x,
      ({ path, o }) => expect(needsTargetGroupChecklist(o), path).toBe(false)
    );
  });

  it('still shows the definition after «Nei, ingen av delene», as a check, where a post is advertised (issue 18, item 4)', () => {
    eachChecked(
      'state results answered «Nei, ingen av delene»',
      all,
      (x) => x.a.kandidat === 'ingen-malgruppe' && x,
      ({ path, o }) => {
        expect(targetGroupAnsweredNo(o), path).toBe(true);
        expect(needsTargetGroupChecklist(o), path).toBe(
          [...o.fits, ...o.mayFit].some((r) => r.routeId === 'ordinaer-ansettelse')
        );
      }
    );
  });
});
