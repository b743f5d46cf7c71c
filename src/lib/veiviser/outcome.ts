import { route } from '../vocabulary';
import type { MayFitAdvice, Notice, NotFitAdvice, Outcome, RouteAdvice, UnknownAnswer } from '../wizard';
import { measureAdvice } from './advice-measures';
import { routeAdvice } from './advice-routes';
import type { Advice } from './advice-shared';
import { isState } from './facts';
import { RULES_DATE } from './policy';
import { questions, type Answers } from './questions';
import { evaluatedRoutes, rules, type EvaluatedRoute } from './rules';

const adviceFor: Record<EvaluatedRoute, (a: Answers) => Advice> = { ...routeAdvice, ...measureAdvice };

/** For each «Vet ikke» answer: what to find out and what each real answer would change. */
function unknownsFor(a: Answers): UnknownAnswer[] {
  return questions.flatMap((q) => {
    const chosen = q.answers.find((x) => x.slug === a[q.id]);
    if (!chosen || !('unknown' in chosen) || !('unknownInfo' in q)) return [];
    const effects: Record<string, string> = q.unknownInfo.effects;
    return [{
      questionId: q.id,
      question: q.text,
      findOut: q.unknownInfo.findOut,
      effects: q.answers.filter((x) => !('unknown' in x)).map((x) => ({ answer: x.slug, label: x.label, effect: effects[x.slug] as string })),
    }];
  });
}

/** Framework notes: others than the state hire under arbeidsmiljøloven, not statsansatteloven. */
function noticesFor(a: Answers): Notice[] {
  if (isState(a)) return [];
  return [{
    text: 'Statsansatteloven og statsansatteforskriften gjelder bare for statlige virksomheter. Dere ansetter etter arbeidsmiljøloven og likestillings- og diskrimineringsloven. Tiltakene fra NAV kan alle arbeidsgivere bruke.',
    legalRefs: ['aml-14-1', 'ldl-22'],
  }];
}

/** The result for a complete answer set: each evaluated route lands in exactly one list. */
export function evaluateAnswers(a: Answers): Outcome {
  const fits: RouteAdvice[] = [];
  const mayFit: MayFitAdvice[] = [];
  const notFit: NotFitAdvice[] = [];
  for (const id of evaluatedRoutes) {
    const { kind, page } = route(id);
    const rule = rules[id](a);
    const advice = adviceFor[id](a);
    const blocked = rule.notFit.find(([holds]) => holds);
    if (blocked) {
      notFit.push({ routeId: id, kind, reason: blocked[1], legalRefs: advice.legalRefs, page });
      continue;
    }
    const open = rule.open.filter(([holds]) => holds).map(([, text]) => text);
    const entry = { routeId: id, kind, page, ...advice };
    if (open.length > 0) mayFit.push({ ...entry, condition: open.join(' ') });
    else fits.push(entry);
  }
  return { answers: { ...a }, fits, mayFit, notFit, unknowns: unknownsFor(a), notices: noticesFor(a), rulesDate: RULES_DATE };
}
