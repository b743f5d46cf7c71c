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

/** True when the answer is the question's default: assumed unless the reader picks another, no URL segment. */
export const isDefault = (question: QuestionDef, slug: string | undefined) =>
  question.defaultAnswer !== undefined && slug === question.defaultAnswer;

/**
 * The answers the path really uses, in question order: a question counts when it is asked given
 * the answers kept before it; an unanswered question with a default answer gets it when a later
 * question is answered (the reader moved past it: an old URL, or the default chosen); the walk
 * stops at the first asked question without a valid answer.
 */
export function keepValid(flow: FlowData, answers: AnswerMap): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [i, question] of flow.questions.entries()) {
    if (!isAsked(question.askIf, kept)) continue;
    const slug = answers[question.id];
    const later = flow.questions.slice(i + 1).some((q) => answers[q.id] !== undefined);
    if (hasAnswer(question, slug)) kept[question.id] = slug as string;
    else if (slug === undefined && question.defaultAnswer !== undefined && later)
      kept[question.id] = question.defaultAnswer;
    else break;
  }
  return kept;
}

/**
 * True when the answers are exactly a path prefix: nothing for skipped questions, no gaps. A
 * default answer may be left out or given.
 */
export function isValid(flow: FlowData, answers: AnswerMap): boolean {
  const kept = keepValid(flow, answers);
  const given = Object.entries(answers).filter(([, slug]) => slug !== undefined);
  if (!given.every(([id, slug]) => kept[id] === slug)) return false;
  return flow.questions.every(
    (q) => kept[q.id] === undefined || answers[q.id] !== undefined || isDefault(q, kept[q.id])
  );
}

/** The next question to ask, or null when the answers are complete (a result). Assumes valid answers. */
export function nextQuestion<Q extends string>(
  flow: FlowData<Q>,
  answers: AnswerMap
): QuestionDef<Q> | null {
  const kept = keepValid(flow, answers);
  for (const question of flow.questions) {
    if (isAsked(question.askIf, kept) && kept[question.id] === undefined) return question;
  }
  return null;
}

/** The questions answered on this path (a default counts), in order. */
export function askedQuestions<Q extends string>(
  flow: FlowData<Q>,
  answers: AnswerMap
): QuestionDef<Q>[] {
  const kept = keepValid(flow, answers);
  return flow.questions.filter((q) => kept[q.id] !== undefined);
}

/**
 * «Endre» (with and without JS): the answers before questionId, its own and every later answer
 * dropped, so the reader lands on that question. A question not on the path leaves the valid answers as they are.
 */
export function dropAfter(
  flow: FlowData,
  answers: AnswerMap,
  questionId: string
): Record<string, string> {
  const kept = keepValid(flow, answers);
  if (kept[questionId] === undefined) return kept;
  const result: Record<string, string> = {};
  for (const question of askedQuestions(flow, kept)) {
    if (question.id === questionId) break;
    result[question.id] = kept[question.id] as string;
  }
  return keepValid(flow, result);
}

/** Every answer extension of the answers by one question, for walking the graph. */
export function children(flow: FlowData, answers: AnswerMap): Record<string, string>[] {
  const kept = keepValid(flow, answers);
  const question = nextQuestion(flow, kept);
  if (!question) return [];
  return question.answers.map((a) => keepValid(flow, { ...kept, [question.id]: a.slug }));
}

/**
 * The questions that give the path a URL segment: every answered one except a default answer,
 * which adds no segment, so URLs from before its question existed keep their meaning. Chosen
 * last, on a step, it is written out: the step after it is then not the question's own page.
 */
export function segmentQuestions<Q extends string>(
  flow: FlowData<Q>,
  answers: AnswerMap
): QuestionDef<Q>[] {
  const kept = keepValid(flow, answers);
  const asked = askedQuestions(flow, kept);
  const last = asked.at(-1);
  const onStep = nextQuestion(flow, kept) !== null;
  return asked.filter((q) => !isDefault(q, kept[q.id]) || (q === last && onStep));
}
