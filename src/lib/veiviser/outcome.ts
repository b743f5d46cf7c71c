import type { StillAppliesId } from '../still-applies';
import { route, type RouteId } from '../vocabulary';
import type {
  MayFitAdvice,
  Notice,
  NotFitAdvice,
  Outcome,
  RouteAdvice,
  UnknownAnswer,
} from '../wizard';
import { measureAdvice } from './advice-measures';
import { routeAdvice } from './advice-routes';
import type { Advice } from './advice-shared';
import { isState } from './facts';
import { RULES_DATE } from './policy';
import { questions, type Answers } from './questions';
import { fitReasons } from './fit-reasons';
import { evaluatedRoutes, holds, rules, textOf, type EvaluatedRoute } from './rules';
import type { Said } from './said';
import { reasons } from './texts';
import { transitionNoticesFor } from './transitions';

/** The engine's outcome types with the site's route and «Dette gjelder fortsatt» ids. */
type SiteIds = {
  readonly routeId: RouteId;
  readonly stillApplies: readonly StillAppliesId[];
  /** The reason on the route's one line at the top of the result (≤ 10 words; issue 10, item 1). */
  readonly short: string;
};
export type VeiviserAdvice = RouteAdvice & SiteIds;
export type VeiviserMayFit = MayFitAdvice & SiteIds;
export type VeiviserNotFit = NotFitAdvice & { readonly routeId: RouteId; readonly short: string };
export type VeiviserOutcome = Omit<Outcome, 'fits' | 'mayFit' | 'notFit'> & {
  readonly fits: readonly VeiviserAdvice[];
  readonly mayFit: readonly VeiviserMayFit[];
  readonly notFit: readonly VeiviserNotFit[];
};

const adviceFor: Record<EvaluatedRoute, (a: Answers) => Advice> = {
  ...routeAdvice,
  ...measureAdvice,
};

/** For each «Vet ikke» answer: what to find out and what each real answer would change. */
function unknownsFor(a: Answers): UnknownAnswer[] {
  return questions.flatMap((q) => {
    const chosen = q.answers.find((x) => x.slug === a[q.id]);
    if (!chosen || !('unknown' in chosen) || !('unknownInfo' in q)) return [];
    const effects: Record<string, string> = q.unknownInfo.effects;
    return [
      {
        questionId: q.id,
        question: q.text,
        findOut: q.unknownInfo.findOut,
        effects: q.answers
          .filter((x) => !('unknown' in x))
          .map((x) => ({ answer: x.slug, label: x.label, effect: effects[x.slug] as string })),
      },
    ];
  });
}

/** Framework notes: others than the state hire under arbeidsmiljøloven, not statsansatteloven. */
function noticesFor(a: Answers): Notice[] {
  if (isState(a)) return transitionNoticesFor(a);
  return [
    {
      text: 'Statsansatteloven og statsansatteforskriften gjelder bare for statlige virksomheter. Dere ansetter etter arbeidsmiljøloven og likestillings- og diskrimineringsloven. Tiltakene fra NAV kan alle arbeidsgivere bruke.',
      legalRefs: ['aml-14-1', 'ldl-22'],
    },
  ];
}

/** The conditions to check before a route can be used on this path, in the rule's order. */
export const openConditions = (id: EvaluatedRoute, a: Answers): Said[] =>
  rules[id].open.filter(([test]) => holds(test, a)).map(([, text]) => textOf(text, a));

/** The result for a complete answer set: each evaluated route lands in exactly one list. */
export function evaluateAnswers(a: Answers): VeiviserOutcome {
  const fits: VeiviserAdvice[] = [];
  const mayFit: VeiviserMayFit[] = [];
  const notFit: VeiviserNotFit[] = [];
  for (const id of evaluatedRoutes) {
    const { kind, page, stateOnly } = route(id);
    const rule = rules[id];
    const advice = adviceFor[id](a);
    // «Gjelder bare staten» is the vocabulary's stateOnly flag, not a row per route.
    const notFitRows = stateOnly
      ? [[() => !isState(a), reasons.stateOnly] as const, ...rule.notFit]
      : rule.notFit;
    const blocked = notFitRows.find(([test]) => holds(test, a));
    if (blocked) {
      const why = textOf(blocked[1], a);
      notFit.push({
        routeId: id,
        kind,
        reason: why.text,
        short: why.short,
        legalRefs: advice.legalRefs,
        page,
      });
      continue;
    }
    const open = openConditions(id, a);
    const entry = { routeId: id, kind, page, ...advice };
    // The first condition that holds is the one the one-line answer names.
    if (open[0])
      mayFit.push({
        ...entry,
        condition: open.map((o) => o.text).join(' '),
        short: open[0].short,
      });
    else fits.push({ ...entry, short: fitReasons[id](a) });
  }
  return {
    answers: { ...a },
    fits,
    mayFit,
    notFit,
    unknowns: unknownsFor(a),
    notices: noticesFor(a),
    rulesDate: RULES_DATE,
  };
}
