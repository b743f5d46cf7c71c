// The generic wizard engine: pure TypeScript, no UI. A flow is data (questions, answers, when each
// question is asked, URL aliases) plus one evaluate function; createWizard binds the engine to it.
export { createWizard, type Wizard } from './create';
export { flowDataSchema, outcomeSchema, SENSITIVE_WORDS, type KnownIds } from './schema';
export { SEGMENT } from './paths';
export type * from './types';
