// The same flow in nynorsk (språklova § 14): the same questions, slugs and conditions under
// /nn/veiviser/, with the texts of src/i18n/veiviser-sporsmal-nn.ts. The nynorsk island imports this.
import { questionTextsNn } from '../../i18n/veiviser-sporsmal-nn';
import { localizeQuestions } from '../wizard/localize';
import { createSteps } from '../wizard/steps';
import type { FlowData } from '../wizard/types';
import { flowData } from './flow';
import { questions, type Answers, type QuestionId } from './questions';

export const flowDataNn: FlowData<QuestionId> = {
  ...flowData,
  basePath: '/nn/veiviser/',
  questions: localizeQuestions(questions, questionTextsNn),
  // Old addresses are bokmål only: the nynorsk wizard has none.
  aliases: {},
};

export const stepsNn = createSteps<Answers>(flowDataNn);
