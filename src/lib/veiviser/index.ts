// «Veiviseren» for Inkluderingsguiden: the flow (./flow) bound to the generic engine with the
// outcome rules. Pages import from here; the island imports ./flow. Nothing here knows Astro or React.
//
// Use from a page (src/pages/veiviser/[...path].astro):
//   getStaticPaths: checkFlow({ legalRefIds: idsIn('lovhenvisninger.yaml'), kildeIds: idsIn('kilder.yaml') });
//                   return reachablePaths().map((p) => ({ params: { path: p.param }, props: p }));
//   result: evaluate(answers). Old URLs: aliasPaths() → redirect pages. /veiviser/regler.json: rulesJson().
import { stillAppliesIds } from '../still-applies';
import { route, routeIds } from '../vocabulary';
import { createWizard } from '../wizard';
import { aliases } from './aliases';
import { outcomeExportIn } from './export';
import { flowData } from './flow';
import { evaluateAnswers } from './outcome';
import { outcomeSchema, slugRule, type KnownIds } from './schema';

export type { Answers, QuestionId } from './questions';
export type { VeiviserAdvice, VeiviserMayFit, VeiviserNotFit, VeiviserOutcome } from './outcome';
export type { KnownIds, RouteInfo } from './schema';
export { evaluatedRoutes } from './rules';
export { aliases, flowData };

// The answer and outcome types come from the flow and the rules: nothing is cast here.
export const veiviser = createWizard(flowData, evaluateAnswers);
export const flow = veiviser.flow;

/** The next question, or null on a result (and for invalid answers). */
export const nextQuestion = veiviser.nextQuestion;
/** The result for complete answers; null for a step or an impossible answer set. */
export const evaluate = veiviser.evaluate;
/**
 * Canonical URL of a step or result; throws on answers that are not a path prefix. Stable in name
 * and behaviour: stories link to wizard steps through it.
 */
export const pathFor = veiviser.pathFor;
/** Answers from a URL path, or null (→ 404) for anything the flow cannot reach. */
export const parseAnswers = veiviser.parseAnswers;
/** Every step and result path, for getStaticPaths and the tests. */
export const reachablePaths = veiviser.reachablePaths;
/** Old URLs kept alive by the alias table, each with its canonical target. */
export const aliasPaths = veiviser.aliasPaths;
/** «Endre» without JS: the answers before questionId. */
export const dropAfter = veiviser.dropAfter;
/** The answers still valid after a change, in path order. */
export const keepValid = veiviser.keepValid;
/** «Spørsmål 2 av inntil 5». */
export const progress = veiviser.progress;
/**
 * Machine-readable rules for /veiviser/regler.json; with another form's flow data and translator,
 * the same rules in that form (/nn/veiviser/regler.json).
 */
export const rulesJson = (
  data: typeof flowData = flowData,
  tr: (text: string) => string = (text) => text
) =>
  (data === flowData ? veiviser : createWizard(data, evaluateAnswers)).rulesJson(
    outcomeExportIn(tr)
  );
/** The ids an outcome may use: those from content/ plus the site's routes and shared texts. */
export const siteKnownIds = (known: Pick<KnownIds, 'legalRefIds' | 'kildeIds'>): KnownIds => ({
  ...known,
  routes: Object.fromEntries(routeIds.map((id) => [id, route(id)])),
  stillAppliesIds,
});
/** Throws with every problem in the flow or any outcome; pass the ids from content/. */
export const checkFlow = (known: Pick<KnownIds, 'legalRefIds' | 'kildeIds'>) =>
  veiviser.check({ outcome: outcomeSchema(siteKnownIds(known)), slug: slugRule });
