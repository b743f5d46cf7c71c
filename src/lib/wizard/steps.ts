import { askedQuestions, dropAfter, isDefault, keepValid, nextQuestion } from './graph';
import { longestValidPrefix, parseAnswers, pathFor } from './paths';
import { progress } from './progress';
import type { AnswerMap, FlowData, QuestionIdOf } from './types';

/**
 * The engine without outcomes: what a step page and the island need. Small, so the island that
 * imports it carries no advice texts. A is the flow's answer type: question ids are its keys.
 */
export function createSteps<A extends AnswerMap>(flow: FlowData<QuestionIdOf<A>>) {
  type Q = QuestionIdOf<A>;
  const steps = {
    flow,
    /** The next question, or null on a result (and for invalid answers). */
    nextQuestion: (answers: A) => nextQuestion(flow, answers),
    /** The questions answered on this path, in order. */
    askedQuestions: (answers: A) => askedQuestions(flow, answers),
    /** Canonical URL of a step or result; throws on answers that are not a path prefix. */
    pathFor: (answers: A) => pathFor(flow, answers),
    /** Answers from a URL path, or null (→ 404) for anything the flow cannot reach. */
    parseAnswers: (path: string) => parseAnswers(flow, path) as A | null,
    /** The canonical path of the longest valid beginning of a wizard URL, or null (404 page). */
    longestValidPrefix: (path: string) => longestValidPrefix(flow, path),
    /** «Spørsmål 2 av inntil 5». */
    progress: (answers: A) => progress(flow, answers),
    /** The answers still valid after a change, in path order. */
    keepValid: (answers: A) => keepValid(flow, answers) as A,
    /** «Endre» without JS: the answers before questionId. */
    dropAfter: (answers: A, questionId: Q) => dropAfter(flow, answers, questionId) as A,
    /** The label of the answer given to a question, for the summary. */
    answerLabel(questionId: Q, slug: string): string {
      const answer = flow.questions
        .find((q) => q.id === questionId)
        ?.answers.find((a) => a.slug === slug);
      if (!answer) throw new Error(`ukjent svar «${slug}» på «${questionId}»`);
      return answer.label;
    },
    /** True when the given answer is the question's default (no URL segment after its own step). */
    isDefault: (questionId: Q, slug: string | undefined) => {
      const question = flow.questions.find((q) => q.id === questionId);
      return question !== undefined && isDefault(question, slug);
    },
    /** The answers after picking `slug` for `questionId`: later answers go. */
    choose: (answers: A, questionId: Q, slug: string) =>
      keepValid(flow, { ...dropAfter(flow, answers, questionId), [questionId]: slug }) as A,
    /** «Endre» on questionId, the same with and without JavaScript: that answer and every later one go. */
    change: (answers: A, questionId: Q) => dropAfter(flow, answers, questionId) as A,
  };
  return steps;
}

export type Steps<A extends AnswerMap> = ReturnType<typeof createSteps<A>>;
