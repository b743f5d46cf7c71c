// The wizard's questions and paths without the outcome rules and texts, so the island that
// enhances the steps stays small. Pages use ./index for results.
import { dropAfter, keepValid, nextQuestion, askedQuestions } from '../wizard/graph';
import { parseAnswers, pathFor } from '../wizard/paths';
import { progress } from '../wizard/progress';
import type { AnswerMap, FlowData } from '../wizard/types';
import { aliases } from './aliases';
import { RULES_DATE } from './policy';
import { questions } from './questions';

export const stepFlow: FlowData = { id: 'veiviser', basePath: '/veiviser/', rulesDate: RULES_DATE, questions, aliases };

export const steps = {
  nextQuestion: (answers: AnswerMap) => nextQuestion(stepFlow, answers),
  askedQuestions: (answers: AnswerMap) => askedQuestions(stepFlow, answers),
  pathFor: (answers: AnswerMap) => pathFor(stepFlow, answers),
  parseAnswers: (path: string) => parseAnswers(stepFlow, path),
  progress: (answers: AnswerMap) => progress(stepFlow, answers),
  keepValid: (answers: AnswerMap) => keepValid(stepFlow, answers),
  dropAfter: (answers: AnswerMap, questionId: string) => dropAfter(stepFlow, answers, questionId),
};

/** The label of the answer given to a question, for the summary. */
export function answerLabel(questionId: string, slug: string): string {
  const answer = questions.find((q) => q.id === questionId)?.answers.find((a) => a.slug === slug);
  if (!answer) throw new Error(`ukjent svar «${slug}» på «${questionId}»`);
  return answer.label;
}
