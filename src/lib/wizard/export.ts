import { reachablePaths } from './paths';
import type { RouteInfo } from './schema';
import type { AnswerMap, Condition, FlowDefinition, RouteAdvice } from './types';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const conditionJson = (c: Condition | undefined): { [key: string]: Json } =>
  Object.fromEntries(Object.entries(c ?? {}).map(([id, slugs]) => [id, [...slugs]]));

/**
 * The flow as machine-readable data for /veiviser/regler.json: every question with its answers
 * and the rule for when it is asked, the routes, and the decision for every result path.
 */
export function rulesJson(
  flow: FlowDefinition,
  routeInfo: (id: string) => RouteInfo,
  /** The flow's own facts per result (limits, rates), where it keeps them apart from the texts. */
  factsJson?: (answers: AnswerMap) => Json
): { [key: string]: Json } {
  const questions = flow.questions.map((q) => ({
    id: q.id,
    text: q.text,
    ...(q.help ? { help: q.help } : {}),
    answers: q.answers.map((a) => ({
      slug: a.slug,
      label: a.label,
      ...(a.unknown ? { unknown: true } : {}),
      ...(a.means ? { means: { ...a.means } } : {}),
    })),
    askIf: { when: conditionJson(q.askIf?.when), unless: conditionJson(q.askIf?.unless) },
  }));
  // Compact: route ids per list, the limits in months, and the kilder behind «må sjekkes».
  const outcomes = reachablePaths(flow)
    .filter((p) => p.kind === 'result')
    .map((p) => {
      const o = flow.evaluate(p.answers);
      const advised = [...o.fits, ...o.mayFit];
      const months = (pick: (r: RouteAdvice) => number | undefined) =>
        Object.fromEntries(
          advised.flatMap((r) => (pick(r) === undefined ? [] : [[r.routeId, pick(r) as number]]))
        );
      return {
        path: p.path,
        fits: o.fits.map((r) => r.routeId),
        mayFit: o.mayFit.map((r) => r.routeId),
        notFit: o.notFit.map((r) => r.routeId),
        maxMonths: months((r) => r.maxMonths),
        subsidyMaxMonths: months((r) => r.subsidy?.maxMonths),
        mustCheck: [...new Set(advised.flatMap((r) => r.mustCheck.map((m) => m.kilde)))],
        unknowns: o.unknowns.map((u) => u.questionId),
        ...(factsJson ? { facts: factsJson(p.answers) } : {}),
      };
    });
  const routeIds = [...new Set(outcomes.flatMap((o) => [...o.fits, ...o.mayFit, ...o.notFit]))];
  const routes = routeIds.map((id) => {
    const { label, kind, page, stateOnly } = routeInfo(id);
    return { id, label, kind, page, stateOnly };
  });
  return {
    id: flow.id,
    rulesDate: flow.rulesDate,
    basePath: flow.basePath,
    questions,
    routes,
    aliases: Object.fromEntries(
      Object.entries(flow.aliases).map(([id, table]) => [id, { ...table }])
    ),
    outcomes,
  };
}
