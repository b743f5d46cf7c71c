import { askedQuestions, children, keepValid, nextQuestion } from './graph';
import type { AnswerMap, FlowData, Progress } from './types';

const memo = new WeakMap<FlowData, Map<string, number>>();

/** Questions still to ask on the longest branch from these answers (0 on a result). */
function longestRemaining(flow: FlowData, answers: Record<string, string>): number {
  let cache = memo.get(flow);
  if (!cache) memo.set(flow, (cache = new Map()));
  const key = JSON.stringify(answers);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const next = children(flow, answers);
  const value =
    next.length === 0 ? 0 : 1 + Math.max(...next.map((child) => longestRemaining(flow, child)));
  cache.set(key, value);
  return value;
}

/** «Spørsmål 2 av inntil 5»: branches differ in length, so the total is the longest still possible. */
export function progress(flow: FlowData, answers: AnswerMap): Progress {
  const kept = keepValid(flow, answers);
  // A default answer counts: its question is asked as a step of its own.
  const answered = askedQuestions(flow, kept).length;
  const maxRemaining = longestRemaining(flow, kept);
  const index = nextQuestion(flow, kept) ? answered + 1 : answered;
  return { index, maxRemaining, maxTotal: answered + maxRemaining };
}
