// The generic wizard engine: pure TypeScript, no UI, nothing of the site. A flow is data
// (questions, answers, when each question is asked, URL aliases) plus one evaluate function;
// createWizard binds the engine to it, createSteps gives the island the part without outcomes.
// The outcome type, its schema and the flow's slug rule are the flow's own, passed in.
export { createWizard, type FlowSchemas, type Wizard } from './create';
export { createSteps, type Steps } from './steps';
export { matches } from './graph';
export { flowDataSchema, type SlugRule } from './schema';
export type { Json, JsonObject, OutcomeExport } from './export';
export { SEGMENT } from './paths';
export type * from './types';
