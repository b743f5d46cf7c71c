import type { StillAppliesId } from '../still-applies';
import type { RouteId } from '../vocabulary';
import { targetGroupOf, type Meaning } from './facts';
import { longestCell, subsidyCell } from './facts-text';
import type { RouteFacts } from './model';
import { factsOf, type VeiviserAdvice, type VeiviserMayFit, type VeiviserOutcome } from './outcome';
import type { EvaluatedRoute } from './rules';
import { conditions, factTexts } from './texts';
import { shortLabel } from './short';

// The result page's answer-first parts, computed from an outcome (issue 10, items 1, 2 and 4).
// Pure: the page only renders what these return.

type Advice = VeiviserAdvice | VeiviserMayFit;
export type Verdict = 'fits' | 'mayFit' | 'notFit';

export interface VerdictLine {
  readonly routeId: RouteId;
  readonly label: string;
  readonly verdict: Verdict;
  readonly reason: string;
  /** The route's section on the page. */
  readonly href: string;
}

export const sectionId = (verdict: Verdict, routeId: string) =>
  `${verdict === 'fits' ? 'passer' : verdict === 'mayFit' ? 'kan-passe' : 'passer-ikke'}-${routeId}`;

/** One line per route: «Passer» first, then «Kan passe», then «Passer ikke». */
export function verdictLines(o: VeiviserOutcome): VerdictLine[] {
  const line = (verdict: Verdict) => (r: { routeId: RouteId; short: string }) => ({
    routeId: r.routeId,
    label: shortLabel(r.routeId),
    verdict,
    reason: r.short,
    href: `#${sectionId(verdict, r.routeId)}`,
  });
  return [
    ...o.fits.map(line('fits')),
    ...o.mayFit.map(line('mayFit')),
    ...o.notFit.map(line('notFit')),
  ];
}

export interface DecisionRow {
  readonly routeId: RouteId;
  readonly label: string;
  readonly href: string;
  readonly advertise: string;
  readonly longest: string;
  readonly subsidy: string;
  readonly decides: string;
}

/** The facts that tell the fitting hiring routes apart, each from the facts model; measures are not hiring routes. */
function decisionFacts(f: RouteFacts, m: Meaning, subsidyOpen: boolean) {
  const subsidy = subsidyOpen ? factTexts.possibleCell : '–';
  const usual = 'Som vanlig, etter innstilling';
  const longest = longestCell(f.longest);
  switch (f.id) {
    case 'ordinaer-ansettelse':
      return {
        advertise: m.state ? 'Ja' : 'Etter egne regler',
        longest,
        subsidy,
        decides: m.state ? usual : 'Dere',
      };
    case 'administrativ-ansettelse':
      return {
        advertise: 'Nei',
        longest,
        subsidy,
        decides: 'Den med myndighet etter personalreglementet',
      };
    case 'midlertidig-ansettelse':
      return { advertise: 'Ja', longest, subsidy, decides: usual };
    case 'unntak-lonnstilskudd':
      return {
        advertise: 'Nei, når NAV har godkjent tilskuddet',
        longest,
        // The answer's own rate (review N3), never the standard one by default.
        subsidy: f.subsidy ? subsidyCell(f.subsidy) : subsidy,
        decides: usual,
      };
    case 'traineeprogrammet':
      return { advertise: 'Ja, bare for målgruppen', longest, subsidy, decides: usual };
    case 'fast-etter-trainee':
      return { advertise: 'Nei', longest, subsidy, decides: usual };
    case 'lonnstilskudd':
    case 'arbeidstrening':
    case 'mentor':
    case 'inkluderingstilskudd':
      return undefined;
  }
}

/** Rows for the fitting and possibly fitting hiring routes; none when there is nothing to choose. */
export function decisionRows(o: VeiviserOutcome): DecisionRow[] {
  const facts = factsOf(o);
  const subsidyOpen = [...o.fits, ...o.mayFit].some((r) => r.routeId === 'lonnstilskudd');
  const rows = [
    ...o.fits.map((r) => ['fits', r] as const),
    ...o.mayFit.map((r) => ['mayFit', r] as const),
  ].flatMap(([verdict, r]) => {
    const f = facts.routes[r.routeId as EvaluatedRoute];
    const cells = decisionFacts(f, facts.meaning, subsidyOpen);
    return cells
      ? [
          {
            routeId: r.routeId,
            label: shortLabel(r.routeId),
            href: `#${sectionId(verdict, r.routeId)}`,
            ...cells,
          },
        ]
      : [];
  });
  return rows.length >= 2 ? rows : [];
}

export interface SharedItem {
  readonly text: string;
  /** Short labels of the routes it belongs to. */
  readonly routes: readonly string[];
}

type ListKey = 'details' | 'conditions' | 'warnings' | 'nextSteps';
const LISTS: readonly ListKey[] = ['details', 'conditions', 'warnings', 'nextSteps'];

/**
 * Say each common thing once (issue 10, item 2): a text that two or more routes repeat is shown
 * once, with the routes it belongs to, and dropped from each route's own lists.
 */
export function sharedAdvice(o: VeiviserOutcome) {
  const routes = [...o.fits, ...o.mayFit];
  const owners = new Map<string, string[]>();
  for (const r of routes)
    for (const text of new Set(LISTS.flatMap((k) => r[k])))
      owners.set(text, [...(owners.get(text) ?? []), shortLabel(r.routeId)]);
  const shared: SharedItem[] = [...owners]
    .filter(([, by]) => by.length > 1)
    .map(([text, by]) => ({ text, routes: by }));
  const isShared = new Set(shared.map((s) => s.text));
  const keep = (list: readonly string[]) => list.filter((t) => !isShared.has(t));
  const own = (r: Advice): Record<ListKey, readonly string[]> => ({
    details: keep(r.details),
    conditions: keep(r.conditions),
    warnings: keep(r.warnings),
    nextSteps: keep(r.nextSteps),
  });
  return { shared, own };
}

/** «Dette gjelder fortsatt» once per result: each rule with the routes it binds. */
export function stillAppliesOnce(o: VeiviserOutcome): { id: StillAppliesId; routes: string[] }[] {
  const byId = new Map<StillAppliesId, string[]>();
  for (const r of [...o.fits, ...o.mayFit])
    for (const id of r.stillApplies) byId.set(id, [...(byId.get(id) ?? []), shortLabel(r.routeId)]);
  return [...byId].map(([id, routes]) => ({ id, routes }));
}

/**
 * The conditions of each «Kan passe», each said in full once: where an earlier route on the page
 * already showed a condition, a later one shows its short form (issue 10, item 2).
 */
export function conditionLines(o: VeiviserOutcome): Map<RouteId, string[]> {
  // The target-group checklist says in full what the condition on the target group means.
  const said = new Set<string>(
    needsTargetGroupChecklist(o) ? [conditions.targetGroupUnknown.text] : []
  );
  const facts = factsOf(o);
  return new Map(
    o.mayFit.map((r) => [
      r.routeId,
      facts.routes[r.routeId as EvaluatedRoute].conditions.map((c) => {
        const text = said.has(c.text) ? c.short : c.text;
        said.add(c.text);
        return text;
      }),
    ])
  );
}

export interface KnowLine {
  readonly text: string;
  /** The source, where the full text is said (content/kilder.yaml). */
  readonly kilde?: string;
  readonly passage?: string;
}

/**
 * What the employer must know on each «Passer» and «Kan passe» route, visible (issue 18, item 4),
 * from the facts model: once per result, with its source, on the first route it belongs to.
 */
export function knowLines(o: VeiviserOutcome): Map<RouteId, KnowLine[]> {
  const facts = factsOf(o);
  const said = new Set<string>();
  return new Map(
    [...o.fits, ...o.mayFit].map((r) => {
      // Said once per result, on the first route it belongs to (no text twice).
      const lines: KnowLine[] = facts.routes[r.routeId as EvaluatedRoute].mustKnow
        .filter((k) => !said.has(k.text) && said.add(k.text))
        .map((k) => ({
          text: k.text,
          kilde: k.kilde,
          ...(k.passage ? { passage: k.passage } : {}),
        }));
      // Two facts in a row from the same place cite it once, after the second.
      const cited = lines.map((l, i) => {
        const next = lines[i + 1];
        return next?.kilde === l.kilde && next?.passage === l.passage ? { text: l.text } : l;
      });
      return [r.routeId, cited];
    })
  );
}

/** The reader answered that the person is in neither group: the checklist asks them to check again. */
export const targetGroupAnsweredNo = (o: VeiviserOutcome) =>
  targetGroupOf(factsOf(o).meaning) === 'no';

/** Routes that need the person to be in the target group (statsansatteforskriften §§ 4, 4a). */
const TARGET_GROUP_ROUTES: readonly RouteId[] = ['unntak-lonnstilskudd', 'traineeprogrammet'];

/**
 * Show the § 4/§ 4a checklist when a fitting route needs the target group, or when særbehandling
 * is open on an advertised state post for a person who may be in it (issue 10, item 4).
 */
export function needsTargetGroupChecklist(o: VeiviserOutcome): boolean {
  const { meaning } = factsOf(o);
  if (!meaning.state || meaning.interviewOnly === true) return false;
  const open = [...o.fits, ...o.mayFit].map((r) => r.routeId);
  // After «Nei, ingen av delene» the definition still shows: the reader may be wrong (issue 18, item 4).
  if (targetGroupOf(meaning) === 'no') return open.includes('ordinaer-ansettelse');
  return (
    open.some((id) => TARGET_GROUP_ROUTES.includes(id)) || open.includes('ordinaer-ansettelse')
  );
}
