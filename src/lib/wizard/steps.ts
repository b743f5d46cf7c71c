import { askedQuestions, dropAfter, keepValid, nextQuestion } from './graph';
import { parseAnswers, pathFor } from './paths';
import { progress } from './progress';
import type { AnswerMap, FlowData } from './types';

/** What the island holds between steps: the answers in the URL. */
export interface StepState {
  readonly answers: AnswerMap;
  /** Answers given before an «Endre», reused where they still fit. */
  readonly earlier: AnswerMap;
}

/**
 * The engine without outcomes: what a step page and the island need. Small, so the island that
 * imports it carries no advice texts.
 */
export function createSteps<A extends AnswerMap>(flow: FlowData) {
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
    /** «Spørsmål 2 av inntil 5». */
    progress: (answers: A) => progress(flow, answers),
    /** The answers still valid after a change, in path order. */
    keepValid: (answers: A) => keepValid(flow, answers) as A,
    /** «Endre» without JS: the answers before questionId. */
    dropAfter: (answers: A, questionId: string) => dropAfter(flow, answers, questionId) as A,
    /** The label of the answer given to a question, for the summary. */
    answerLabel(questionId: string, slug: string): string {
      const answer = flow.questions.find((q) => q.id === questionId)?.answers.find((a) => a.slug === slug);
      if (!answer) throw new Error(`ukjent svar «${slug}» på «${questionId}»`);
      return answer.label;
    },
    /** The island's next state when the reader picks an answer to the current question. */
    choose(state: StepState, slug: string): StepState {
      const question = nextQuestion(flow, keepValid(flow, state.answers));
      if (!question) return state;
      return { answers: keepValid(flow, { ...state.earlier, ...state.answers, [question.id]: slug }), earlier: state.earlier };
    },
    /** The island's next state after «Endre» on questionId. */
    change(state: StepState, questionId: string): StepState {
      return { answers: dropAfter(flow, state.answers, questionId), earlier: { ...state.earlier, ...state.answers } };
    },
  };
  return steps;
}

export type Steps<A extends AnswerMap> = ReturnType<typeof createSteps<A>>;
