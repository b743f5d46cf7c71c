import type { AnswerMap, AskIf, Condition, FlowData, QuestionDef } from './types';

/** True when every entry of the condition holds: the answer to each question is one of its slugs. */
export const matches = (condition: Condition, answers: AnswerMap) =>
  Object.entries(condition).every(([id, slugs]) => slugs.includes(answers[id] ?? ''));

const matchesAny = (condition: Condition, answers: AnswerMap) =>
  Object.entries(condition).some(([id, slugs]) => slugs.includes(answers[id] ?? ''));

export function isAsked(askIf: AskIf | undefined, answers: AnswerMap): boolean {
  if (!askIf) return true;
  if (askIf.when && !matches(askIf.when, answers)) return false;
  return !(askIf.unless && matchesAny(askIf.unless, answers));
}

const hasAnswer = (question: QuestionDef, slug: string | undefined) =>
  slug !== undefined && question.answers.some((a) => a.slug === slug);

/**
 * The answers the path really uses, in question order: a question counts when it is asked given
 * the answers kept before it; the walk stops at the first asked question without a valid answer.
 */
export function keepValid(flow: FlowData, answers: AnswerMap): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const question of flow.questions) {
    if (!isAsked(question.askIf, kept)) continue;
    const slug = answers[question.id];
    if (!hasAnswer(question, slug)) break;
    kept[question.id] = slug as string;
  }
  return kept;
}

/** True when the answers are exactly a path prefix: nothing for skipped questions, no gaps. */
export function isValid(flow: FlowData, answers: AnswerMap): boolean {
  const kept = keepValid(flow, answers);
  const given = Object.entries(answers).filter(([, slug]) => slug !== undefined);
  return given.length === Object.keys(kept).length && given.every(([id, slug]) => kept[id] === slug);
}

/** The next question to ask, or null when the answers are complete (a result). Assumes valid answers. */
export function nextQuestion(flow: FlowData, answers: AnswerMap): QuestionDef | null {
  for (const question of flow.questions) {
    if (isAsked(question.askIf, answers) && answers[question.id] === undefined) return question;
  }
  return null;
}

/** The questions answered on this path, in order. */
export function askedQuestions(flow: FlowData, answers: AnswerMap): QuestionDef[] {
  const kept = keepValid(flow, answers);
  return flow.questions.filter((q) => kept[q.id] !== undefined);
}

/**
 * «Endre» without JS: the answers before questionId (its own and later answers dropped), so the
 * reader lands on that question. A question not on the path leaves the valid answers as they are.
 */
export function dropAfter(flow: FlowData, answers: AnswerMap, questionId: string): Record<string, string> {
  const kept = keepValid(flow, answers);
  if (kept[questionId] === undefined) return kept;
  const result: Record<string, string> = {};
  for (const question of askedQuestions(flow, kept)) {
    if (question.id === questionId) break;
    result[question.id] = kept[question.id] as string;
  }
  return result;
}

/** Every answer extension of the answers by one question, for walking the graph. */
export function children(flow: FlowData, answers: AnswerMap): Record<string, string>[] {
  const question = nextQuestion(flow, answers);
  if (!question) return [];
  return question.answers.map((a) => ({ ...(answers as Record<string, string>), [question.id]: a.slug }));
}
