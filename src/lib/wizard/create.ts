import { dropAfter, isValid, keepValid, nextQuestion } from './graph';
import { rulesJson } from './export';
import { aliasPaths, parseAnswers, pathFor, reachablePaths } from './paths';
import { progress } from './progress';
import { flowDataSchema, outcomeSchema, type KnownIds } from './schema';
import type { AnswerMap, FlowDefinition, Outcome } from './types';

/** Binds the engine to one flow. `A` is the flow's typed answer record. */
export function createWizard<A extends AnswerMap>(flow: FlowDefinition) {
  return {
    flow,
    /** The next question, or null when the answers are complete. Null also for invalid answers. */
    nextQuestion: (answers: A) => (isValid(flow, answers) ? nextQuestion(flow, answers) : null),
    /** The result for complete, valid answers; null for a step or an impossible answer set. */
    evaluate: (answers: A): Outcome | null =>
      isValid(flow, answers) && !nextQuestion(flow, answers) ? flow.evaluate(answers) : null,
    pathFor: (answers: A) => pathFor(flow, answers),
    parseAnswers: (path: string) => parseAnswers(flow, path) as A | null,
    reachablePaths: () => reachablePaths(flow),
    aliasPaths: () => aliasPaths(flow),
    dropAfter: (answers: A, questionId: string) => dropAfter(flow, answers, questionId) as A,
    keepValid: (answers: A) => keepValid(flow, answers) as A,
    progress: (answers: A) => progress(flow, answers),
    rulesJson: () => rulesJson(flow),
    /**
     * Throws with every problem (file, field, what was expected) when the flow data or any
     * reachable outcome is invalid. Run at build time and in the tests.
     */
    check(known: KnownIds): void {
      const problems: string[] = [];
      const data = flowDataSchema.safeParse(flow);
      if (!data.success) problems.push(...data.error.issues.map((i) => `flyt: ${i.path.join('.')}: ${i.message}`));
      const schema = outcomeSchema(known);
      for (const p of reachablePaths(flow)) {
        if (p.kind !== 'result') continue;
        const result = schema.safeParse(flow.evaluate(p.answers));
        if (!result.success) problems.push(...result.error.issues.map((i) => `${p.path}: ${i.path.join('.')}: ${i.message}`));
      }
      if (problems.length > 0) throw new Error(`Feil i veiviseren «${flow.id}»:\n${problems.slice(0, 50).join('\n')}`);
    },
  };
}

export type Wizard<A extends AnswerMap> = ReturnType<typeof createWizard<A>>;
