import type { z } from 'zod';
import { isValid, nextQuestion } from './graph';
import { rulesJson, type OutcomeExport } from './export';
import { aliasPaths, reachablePaths } from './paths';
import { flowDataSchema, type SlugRule } from './schema';
import { createSteps } from './steps';
import type { AnswerMap, FlowData, FlowDefinition, QuestionIdOf, WizardPath } from './types';

/** What the flow checks beyond the engine's graph rules: its outcome schema and its slug rule. */
export interface FlowSchemas {
  /** Every reachable result must parse. */
  readonly outcome: z.ZodType;
  /** Applied to every answer slug (e.g. no sensitive words). */
  readonly slug?: SlugRule;
}

/**
 * Binds the engine to one flow: its data (shared with the island's steps) plus its evaluate
 * function. A is the flow's answer type (question id → slug), O its outcome type: both are the
 * flow's own, so the flow's façade needs no casts, and a mistyped question id does not compile.
 */
export function createWizard<A extends AnswerMap, O>(
  data: FlowData<QuestionIdOf<A>>,
  evaluate: (answers: A) => O
) {
  const flow: FlowDefinition<A, O> = { ...data, evaluate };
  return {
    ...createSteps<A>(data),
    flow,
    /** The next question, or null when the answers are complete. Null also for invalid answers. */
    nextQuestion: (answers: A) => (isValid(flow, answers) ? nextQuestion(flow, answers) : null),
    /** The result for complete, valid answers; null for a step or an impossible answer set. */
    evaluate: (answers: A): O | null =>
      isValid(flow, answers) && !nextQuestion(flow, answers) ? evaluate(answers) : null,
    /** Every step and result path, for getStaticPaths and the tests. */
    reachablePaths: () => reachablePaths(flow) as WizardPath<A>[],
    /** Old URLs kept alive by the alias table, each with its canonical target. */
    aliasPaths: () => aliasPaths(flow),
    /** Machine-readable rules for a JSON export; the flow says what of each outcome to show. */
    rulesJson: (describe: OutcomeExport<A, O>) => rulesJson(flow, describe),
    /**
     * Throws with every problem (file, field, what was expected) when the flow data or any
     * reachable outcome is invalid. Run at build time and in the tests.
     */
    check(schemas: FlowSchemas): void {
      const problems: string[] = [];
      const parsed = flowDataSchema(schemas.slug).safeParse(data);
      if (!parsed.success)
        problems.push(...parsed.error.issues.map((i) => `flyt: ${i.path.join('.')}: ${i.message}`));
      for (const p of reachablePaths(flow)) {
        if (p.kind !== 'result') continue;
        const result = schemas.outcome.safeParse(evaluate(p.answers as A));
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

export type Wizard<A extends AnswerMap, O> = ReturnType<typeof createWizard<A, O>>;
