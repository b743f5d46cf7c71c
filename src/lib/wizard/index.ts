// The generic wizard engine: pure TypeScript, no UI, nothing of the site. A flow is data
// (questions, answers, when each question is asked, URL aliases) plus one evaluate function;
// createWizard binds the engine to it, createSteps gives the island the part without outcomes.
export { createWizard, type Wizard } from './create';
export { createSteps, type Steps } from './steps';
export { matches } from './graph';
export {
  flowDataSchema,
  outcomeSchema,
  SENSITIVE_WORDS,
  type KnownIds,
  type RouteInfo,
} from './schema';
export { SEGMENT } from './paths';
export type * from './types';
