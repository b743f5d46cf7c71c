import { isValid, nextQuestion } from './graph';
import { rulesJson } from './export';
import { aliasPaths, reachablePaths } from './paths';
import { flowDataSchema, outcomeSchema, type KnownIds, type RouteInfo } from './schema';
import { createSteps } from './steps';
import type { AnswerMap, FlowData, FlowDefinition, Outcome } from './types';

/** Binds the engine to one flow: its data (shared with the island's steps) plus its evaluate function. */
export function createWizard<A extends AnswerMap, O extends Outcome = Outcome>(
  data: FlowData,
  evaluate: (answers: A) => O
) {
  const flow: FlowDefinition = { ...data, evaluate: (answers) => evaluate(answers as A) };
  return {
    ...createSteps<A>(data),
    flow,
    /** The next question, or null when the answers are complete. Null also for invalid answers. */
    nextQuestion: (answers: A) => (isValid(flow, answers) ? nextQuestion(flow, answers) : null),
    /** The result for complete, valid answers; null for a step or an impossible answer set. */
    evaluate: (answers: A): O | null =>
      isValid(flow, answers) && !nextQuestion(flow, answers) ? evaluate(answers) : null,
    /** Every step and result path, for getStaticPaths and the tests. */
    reachablePaths: () => reachablePaths(flow),
    /** Old URLs kept alive by the alias table, each with its canonical target. */
    aliasPaths: () => aliasPaths(flow),
    /** Machine-readable rules for a JSON export. */
    rulesJson: (
      routeInfo: (id: string) => RouteInfo,
      factsJson?: Parameters<typeof rulesJson>[2]
    ) => rulesJson(flow, routeInfo, factsJson),
    /**
     * Throws with every problem (file, field, what was expected) when the flow data or any
     * reachable outcome is invalid. Run at build time and in the tests.
     */
    check(known: KnownIds): void {
      const problems: string[] = [];
      const parsed = flowDataSchema.safeParse(data);
      if (!parsed.success)
        problems.push(...parsed.error.issues.map((i) => `flyt: ${i.path.join('.')}: ${i.message}`));
      const schema = outcomeSchema(known);
      for (const p of reachablePaths(flow)) {
        if (p.kind !== 'result') continue;
        const result = schema.safeParse(evaluate(p.answers as A));
        if (!result.success)
          problems.push(
            ...result.error.issues.map((i) => `${p.path}: ${i.path.join('.')}: ${i.message}`)
          );
      }
      if (problems.length > 0)
        throw new Error(`Feil i veiviseren «${flow.id}»:\n${problems.slice(0, 50).join('\n')}`);
    },
  };
}

export type Wizard<A extends AnswerMap, O extends Outcome = Outcome> = ReturnType<
  typeof createWizard<A, O>
>;
