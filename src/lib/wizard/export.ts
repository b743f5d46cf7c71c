import { reachablePaths } from './paths';
import type { AnswerMap, Condition, FlowDefinition } from './types';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** How a flow describes its own outcomes in the export; the engine knows only questions and paths. */
export interface OutcomeExport<A extends AnswerMap, O> {
  /** One result's entry, after its path (e.g. the verdicts and limits). */
  readonly outcome: (outcome: O, answers: A) => JsonObject;
  /** Entries over all results (e.g. the routes they name), placed after the questions. */
  readonly summary?: (outcomes: readonly O[]) => JsonObject;
}

const conditionJson = (c: Condition | undefined): { [key: string]: Json } =>
  Object.fromEntries(Object.entries(c ?? {}).map(([id, slugs]) => [id, [...slugs]]));

/**
 * The flow as machine-readable data (e.g. /veiviser/regler.json): every question with its answers
 * and the rule for when it is asked, the aliases, and for every result path what the flow says.
 */
export function rulesJson<A extends AnswerMap, O>(
  flow: FlowDefinition<A, O>,
  describe: OutcomeExport<A, O>
): JsonObject {
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
  const results = reachablePaths(flow)
    .filter((p) => p.kind === 'result')
    .map((p) => ({
      path: p.path,
      answers: p.answers as A,
      outcome: flow.evaluate(p.answers as A),
    }));
  const outcomes = results.map((r) => ({
    path: r.path,
    ...describe.outcome(r.outcome, r.answers),
  }));
  return {
    id: flow.id,
    rulesDate: flow.rulesDate,
    basePath: flow.basePath,
    questions,
    ...describe.summary?.(results.map((r) => r.outcome)),
    aliases: Object.fromEntries(
      Object.entries(flow.aliases).map(([id, table]) => [id, { ...table }])
    ),
    outcomes,
  };
}
