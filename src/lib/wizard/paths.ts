import {
  children,
  isAsked,
  isDefault,
  isValid,
  keepValid,
  nextQuestion,
  segmentQuestions,
} from './graph';
import type { AnswerMap, FlowData, WizardPath } from './types';

/** One URL segment: lower-case ASCII words joined by single hyphens. */
export const SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The canonical URL of a step or result. Throws on answers that are not a path prefix (a bug in the caller). */
export function pathFor(flow: FlowData, answers: AnswerMap): string {
  if (!isValid(flow, answers)) {
    throw new Error(
      `pathFor: svarene passer ikke i flyten «${flow.id}»: ${JSON.stringify(answers)}`
    );
  }
  const kept = keepValid(flow, answers);
  const slugs = segmentQuestions(flow, kept).map((q) => kept[q.id] as string);
  return flow.basePath + slugs.map((s) => `${s}/`).join('');
}

/**
 * Answers from a URL path, or null for any path the flow cannot reach (the UI shows 404).
 * Segments are read in question order; a renamed slug is found through the alias table.
 * Only the canonical form parses: base path, one segment per asked question, trailing slash; a
 * question with a default answer takes the default when the segment is not one of its answers.
 */
export function parseAnswers(flow: FlowData, path: string): Record<string, string> | null {
  if (!path.startsWith(flow.basePath)) return null;
  const rest = path.slice(flow.basePath.length);
  if (rest === '') return keepValid(flow, {});
  if (!rest.endsWith('/')) return null;
  const answers: Record<string, string> = {};
  const segments = rest.slice(0, -1).split('/');
  for (const [i, segment] of segments.entries()) {
    if (!SEGMENT.test(segment)) return null;
    for (;;) {
      const question = flow.questions.find(
        (q) => answers[q.id] === undefined && isAsked(q.askIf, answers)
      );
      if (!question) return null;
      const slug = flow.aliases[question.id]?.[segment] ?? segment;
      // The default is written out only as the last segment of a step (segmentQuestions).
      if (isDefault(question, slug)) {
        if (i !== segments.length - 1) return null;
        answers[question.id] = slug;
        return nextQuestion(flow, answers) ? keepValid(flow, answers) : null;
      }
      if (question.answers.some((a) => a.slug === slug)) {
        answers[question.id] = slug;
        break;
      }
      // Not an answer here: the default holds and the segment answers a later question.
      if (question.defaultAnswer === undefined) return null;
      answers[question.id] = question.defaultAnswer;
    }
  }
  return keepValid(flow, answers);
}

function toWizardPath(flow: FlowData, answers: Record<string, string>): WizardPath {
  const path = pathFor(flow, answers);
  const param = path.slice(flow.basePath.length, -1) || undefined;
  return { path, param, kind: nextQuestion(flow, answers) ? 'step' : 'result', answers };
}

/** Every reachable step and result, depth first in question and answer order. */
export function reachablePaths(flow: FlowData): WizardPath[] {
  const out: WizardPath[] = [];
  const walk = (answers: Record<string, string>) => {
    out.push(toWizardPath(flow, answers));
    for (const child of children(flow, answers)) walk(child);
  };
  walk({});
  return out;
}

/**
 * Old URLs that the alias table keeps alive, each with the canonical path to redirect to.
 * Every combination of old and new slugs on a reachable path is listed.
 */
export function aliasPaths(flow: FlowData): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const { answers, path } of reachablePaths(flow)) {
    let variants: string[][] = [[]];
    for (const question of segmentQuestions(flow, answers)) {
      const slug = answers[question.id] as string;
      const old = Object.entries(flow.aliases[question.id] ?? {})
        .filter(([, to]) => to === slug)
        .map(([from]) => from);
      variants = variants.flatMap((v) => [slug, ...old].map((s) => [...v, s]));
    }
    for (const segments of variants) {
      const from = flow.basePath + segments.map((s) => `${s}/`).join('');
      if (from !== path) out.push({ from, to: path });
    }
  }
  return out;
}

/**
 * For a wizard URL that does not exist (a rule changed, a link mistyped): the canonical path of
 * its longest valid beginning, so the 404 page can offer to continue there. Case and a missing
 * trailing slash are forgiven; null when not even the first answer is valid (then «Start på nytt»).
 */
export function longestValidPrefix(flow: FlowData, path: string): string | null {
  if (!path.toLowerCase().startsWith(flow.basePath)) return null;
  const segments = path.slice(flow.basePath.length).toLowerCase().split('/').filter(Boolean);
  for (let n = segments.length; n > 0; n--) {
    const answers = parseAnswers(flow, flow.basePath + segments.slice(0, n).join('/') + '/');
    if (answers) return pathFor(flow, answers);
  }
  return null;
}
