// «Veiviseren» for Inkluderingsguiden: the flow data bound to the generic engine.
// Pages and the island import from here; nothing here knows about Astro, React or the DOM.
//
// Use from a page (src/pages/veiviser/[...path].astro):
//   getStaticPaths: checkFlow({ legalRefIds: idsIn('lovhenvisninger.yaml'), kildeIds: idsIn('kilder.yaml') });
//                   return reachablePaths().map((p) => ({ params: { path: p.param }, props: p }));
//   result: evaluate(answers). Steps use ./steps (no outcome texts, for a small island).
//   Old URLs: aliasPaths() → redirect pages. /veiviser/regler.json: rulesJson().
import { createWizard, type FlowDefinition } from '../wizard';
import { aliases } from './aliases';
import { evaluateAnswers } from './outcome';
import { RULES_DATE } from './policy';
import { questions, type Answers } from './questions';

export type { Answers, QuestionId } from './questions';
export { evaluatedRoutes } from './rules';

export { aliases };

export const flow: FlowDefinition = {
  id: 'veiviser',
  basePath: '/veiviser/',
  rulesDate: RULES_DATE,
  questions,
  aliases,
  evaluate: (answers) => evaluateAnswers(answers as Answers),
};

export const veiviser = createWizard<Answers>(flow);

/** The next question, or null on a result (and for invalid answers). */
export const nextQuestion = veiviser.nextQuestion;
/** The result for complete answers; null for a step or an impossible answer set. */
export const evaluate = veiviser.evaluate;
/** Canonical URL of a step or result; throws on answers that are not a path prefix. */
export const pathFor = veiviser.pathFor;
/** Answers from a URL path, or null (→ 404) for anything the flow cannot reach. */
export const parseAnswers = veiviser.parseAnswers;
/** Every step and result path, for getStaticPaths and the tests. */
export const reachablePaths = veiviser.reachablePaths;
/** Old URLs kept alive by the alias table, each with its canonical target. */
export const aliasPaths = veiviser.aliasPaths;
/** «Endre» without JS: the answers before questionId. */
export const dropAfter = veiviser.dropAfter;
/** «Endre» with JS: the answers still valid after a change, in path order. */
export const keepValid = veiviser.keepValid;
/** «Spørsmål 2 av inntil 5». */
export const progress = veiviser.progress;
/** Machine-readable rules for /veiviser/regler.json. */
export const rulesJson = veiviser.rulesJson;
/** Throws with every problem in the flow or any outcome; pass the ids from content/. */
export const checkFlow = veiviser.check;
