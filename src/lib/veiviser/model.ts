import { route } from '../vocabulary';
import {
  arbeidstreningMonths,
  groundKnown,
  meaningOf,
  mentorMonths,
  sal7Months,
  sal7Open,
  sal9Months,
  type Meaning,
  type Rate,
} from './facts';
import { ARBEIDSTRENING, LONNSTILSKUDD, MENTOR, SAL7, SAL9E_MONTHS, TRAINEE } from './policy';
import type { Answers } from './questions';
import { evaluatedRoutes, rules, saf3abMonths, textOf, type EvaluatedRoute } from './rules';
import type { Known, Said } from './said';
import { reasons } from './texts';

// The facts model (issue 18, item 1): for one set of answers, every fact a result states, per
// route: its verdict and why, the conditions, the longest period and the subsidy. The outcome,
// the verdict lines, the table, the route sections, «Hva svaret endrer», the print summary and
// regler.json all render from this; none computes a rate, a limit or a verdict of its own.

export type Verdict = 'fits' | 'mayFit' | 'notFit';

/** How long a route can last on this path. */
export type Longest =
  | { readonly kind: 'months'; readonly months: number }
  /** § 7 with the personalreglement not known: 6, or 12 if it allows a year. */
  | { readonly kind: 'sal7Either'; readonly months: number; readonly withReglement: number }
  /** § 3a b with the § 9 ground not known: 24 months, 6 on § 9 e. */
  | { readonly kind: 'saf3abByGround'; readonly months: number; readonly onE: number }
  /** § 9 with the ground not known: none on a or b, 6 on e. */
  | { readonly kind: 'sal9ByGround'; readonly onE: number }
  /** § 9 a or b: no fixed limit, but the three-year rule. */
  | { readonly kind: 'noFixedLimit' }
  | { readonly kind: 'trainee'; readonly months: number; readonly extension: number }
  | { readonly kind: 'permanent' }
  | { readonly kind: 'permanentOrTemporary' }
  | { readonly kind: 'none' };

/** The subsidy a route carries on this path (tiltaksforskriften kap. 9; content/tall.json). */
export type SubsidyFacts =
  /** NAV has answered: this rate. */
  | { readonly kind: 'rate'; readonly rate: Rate }
  /** NAV's finding not known: the standard rate, or the higher one if NAV finds nedsatt arbeidsevne. */
  | { readonly kind: 'open'; readonly rate: Rate; readonly ifNedsatt: Rate }
  /** The person has had the subsidy in a § 3a b post: NAV says what is left (review N4). */
  | { readonly kind: 'used' };

export interface RouteFacts {
  readonly id: EvaluatedRoute;
  readonly verdict: Verdict;
  /** «Passer ikke»: the first closed door. */
  readonly reason?: Said;
  /** «Kan passe»: every condition to check, in the rule's order. */
  readonly conditions: readonly Said[];
  /** «Passer» and «Kan passe»: what the employer must know to use it lawfully, shown visibly (issue 18, item 4). */
  readonly mustKnow: readonly Known[];
  readonly longest: Longest;
  /** Other periods the route's rule names on every path (base and extension, the § 9 e cap), in months. */
  readonly figures: readonly number[];
  readonly subsidy?: SubsidyFacts;
}

export interface ResultFacts {
  readonly meaning: Meaning;
  readonly routes: Readonly<Record<EvaluatedRoute, RouteFacts>>;
}

/** The subsidy the rules give on this path: never more than 12 months without NAV's finding. */
export function subsidyFacts(m: Meaning): SubsidyFacts {
  if (m.subsidyUsed === true) return { kind: 'used' };
  const { standard, nedsattArbeidsevne } = LONNSTILSKUDD;
  if (m.nedsattArbeidsevne === true) return { kind: 'rate', rate: nedsattArbeidsevne };
  if (m.nedsattArbeidsevne === false) return { kind: 'rate', rate: standard };
  return { kind: 'open', rate: standard, ifNedsatt: nedsattArbeidsevne };
}

/** The longest period of each route, by the § 9 ground and the personalreglement. */
function longestOf(id: EvaluatedRoute, m: Meaning): Longest {
  switch (id) {
    case 'ordinaer-ansettelse':
      return m.need === 'permanent' ? { kind: 'permanent' } : { kind: 'permanentOrTemporary' };
    case 'administrativ-ansettelse':
      return sal7Open(m)
        ? { kind: 'sal7Either', months: SAL7.months, withReglement: SAL7.personalreglementMonths }
        : { kind: 'months', months: sal7Months(m) };
    case 'midlertidig-ansettelse': {
      if (!groundKnown(m)) return { kind: 'sal9ByGround', onE: SAL9E_MONTHS };
      const limit = sal9Months(m);
      return limit === undefined ? { kind: 'noFixedLimit' } : { kind: 'months', months: limit };
    }
    case 'unntak-lonnstilskudd':
      return m.state && m.need === 'temporary' && !groundKnown(m)
        ? { kind: 'saf3abByGround', months: saf3abMonths(m), onE: SAL9E_MONTHS }
        : { kind: 'months', months: saf3abMonths(m) };
    case 'traineeprogrammet':
      return { kind: 'trainee', months: TRAINEE.months, extension: TRAINEE.extensionMonths };
    case 'fast-etter-trainee':
      return { kind: 'permanent' };
    case 'lonnstilskudd': {
      const s = subsidyFacts(m);
      return s.kind === 'used' ? { kind: 'none' } : { kind: 'months', months: s.rate.maxMonths };
    }
    case 'arbeidstrening':
      return { kind: 'months', months: arbeidstreningMonths(m) };
    case 'mentor':
      return { kind: 'months', months: mentorMonths(m) };
    case 'inkluderingstilskudd':
      return { kind: 'none' };
  }
}

/** The longest period as one number of months, where there is one (regler.json, maxMonths). */
export const longestMonths = (l: Longest): number | undefined =>
  l.kind === 'months' || l.kind === 'saf3abByGround'
    ? l.months
    : l.kind === 'trainee'
      ? l.months + l.extension
      : undefined;

/** The periods a route's rule names whatever the answers (tiltaksforskriften kap. 3, 5; sal §§ 7, 9 e). */
function figuresOf(id: EvaluatedRoute): number[] {
  switch (id) {
    case 'administrativ-ansettelse':
      return [SAL7.months, SAL7.personalreglementMonths, SAL9E_MONTHS];
    case 'midlertidig-ansettelse':
    case 'unntak-lonnstilskudd':
      return [SAL9E_MONTHS];
    case 'arbeidstrening':
      return [ARBEIDSTRENING.months, ARBEIDSTRENING.extensionMonths];
    case 'mentor':
      return [MENTOR.months, MENTOR.extendedMonths];
    case 'ordinaer-ansettelse':
    case 'traineeprogrammet':
    case 'fast-etter-trainee':
    case 'lonnstilskudd':
    case 'inkluderingstilskudd':
      return [];
  }
}

const SUBSIDY_ROUTES: readonly EvaluatedRoute[] = ['unntak-lonnstilskudd', 'lonnstilskudd'];

function routeFacts(id: EvaluatedRoute, m: Meaning): RouteFacts {
  const rule = rules[id];
  // «Gjelder bare staten» is the vocabulary's stateOnly flag, not a row per route.
  const notFitRows = route(id).stateOnly
    ? [[(x: Meaning) => !x.state, reasons.stateOnly] as const, ...rule.notFit]
    : rule.notFit;
  const base = {
    id,
    longest: longestOf(id, m),
    figures: figuresOf(id),
    ...(SUBSIDY_ROUTES.includes(id) ? { subsidy: subsidyFacts(m) } : {}),
  };
  const blocked = notFitRows.find(([test]) => test(m));
  if (blocked)
    return {
      ...base,
      verdict: 'notFit',
      reason: textOf(blocked[1], m),
      conditions: [],
      mustKnow: [],
    };
  const conditions = rule.open.filter(([test]) => test(m)).map(([, text]) => textOf(text, m));
  const mustKnow = rule.know.filter(([test]) => test(m)).map(([, text]) => text);
  return { ...base, verdict: conditions.length > 0 ? 'mayFit' : 'fits', conditions, mustKnow };
}

// Answer sets are few (every reachable one and its neighbours) and the facts are read-only.
const cache = new Map<string, ResultFacts>();

/** For tests that take a row out of the rule table and expect a result to change. */
export const clearFactsCache = () => cache.clear();

/** Every fact a result states, for one set of answers. */
export function resultFacts(a: Answers): ResultFacts {
  const key = JSON.stringify(Object.entries(a).sort());
  const hit = cache.get(key);
  if (hit) return hit;
  const facts = computeFacts(a);
  cache.set(key, facts);
  return facts;
}

function computeFacts(a: Answers): ResultFacts {
  const m = meaningOf(a);
  return {
    meaning: m,
    routes: Object.fromEntries(evaluatedRoutes.map((id) => [id, routeFacts(id, m)])) as Record<
      EvaluatedRoute,
      RouteFacts
    >,
  };
}
