// The flow of «Veiviseren», defined once: the questions, the URL base and the alias table. The
// island imports this (and the engine's steps), not the outcome rules and texts; ./index adds them.
import { createSteps } from '../wizard/steps';
import type { FlowData } from '../wizard/types';
import { aliases } from './aliases';
import { RULES_DATE } from './policy';
import { questions, type Answers, type QuestionId } from './questions';

export const flowData: FlowData<QuestionId> = {
  id: 'veiviser',
  basePath: '/veiviser/',
  rulesDate: RULES_DATE,
  questions,
  aliases,
};

/** Step logic for step pages and the island: next question, URLs, progress, «Endre». */
export const steps = createSteps<Answers>(flowData);
