import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect } from 'vitest';
import { evaluate, flow, reachablePaths, type Answers } from '../../../src/lib/veiviser';
import type {
  VeiviserAdvice as RouteAdvice,
  VeiviserMayFit as MayFitAdvice,
  VeiviserNotFit as NotFitAdvice,
  VeiviserOutcome as Outcome,
} from '../../../src/lib/veiviser';
import type { RouteId } from '../../../src/lib/vocabulary';
export { random } from '../../../scripts/lib/random.mjs';

/** The YAML files read directly, so the tests do not trust the code they check. */
const yamlList = (file: string) =>
  load(readFileSync(`content/${file}`, 'utf8')) as { id: string; confidence?: string }[];
export const legalRefIds = new Set(yamlList('lovhenvisninger.yaml').map((x) => x.id));
const kilder = yamlList('kilder.yaml');
export const kildeIds = new Set(kilder.map((x) => x.id));
export const likelyKildeIds = new Set(
  kilder.filter((x) => x.confidence === 'likely').map((x) => x.id)
);

export const allPaths = reachablePaths();

/** Answers the reader chose: a default answer (no URL segment) does not count. */
export const explicitCount = (answers: object) =>
  Object.entries(answers).filter(
    ([id, slug]) => flow.questions.find((q) => q.id === id)?.defaultAnswer !== slug
  ).length;
export const resultPaths = allPaths.filter((p) => p.kind === 'result');
export const stepPaths = allPaths.filter((p) => p.kind === 'step');

/** The outcome for answers that must form a result. */
export function result(answers: Answers): Outcome {
  const outcome = evaluate(answers);
  expect(outcome, `no result for ${JSON.stringify(answers)}`).not.toBeNull();
  return outcome as Outcome;
}

type Verdict =
  | { list: 'fits'; entry: RouteAdvice }
  | { list: 'mayFit'; entry: MayFitAdvice }
  | { list: 'notFit'; entry: NotFitAdvice };

/** Which list a route landed in, with its entry. */
export function verdict(outcome: Outcome, id: RouteId): Verdict {
  const fit = outcome.fits.find((r) => r.routeId === id);
  if (fit) return { list: 'fits', entry: fit };
  const may = outcome.mayFit.find((r) => r.routeId === id);
  if (may) return { list: 'mayFit', entry: may };
  const not = outcome.notFit.find((r) => r.routeId === id);
  if (not) return { list: 'notFit', entry: not };
  throw new Error(`${id} is in no list`);
}

export const fits = (o: Outcome, id: RouteId) => {
  const v = verdict(o, id);
  expect(v.list, `${id}`).toBe('fits');
  return v.entry as RouteAdvice;
};
export const mayFit = (o: Outcome, id: RouteId) => {
  const v = verdict(o, id);
  expect(v.list, `${id}`).toBe('mayFit');
  return v.entry as MayFitAdvice;
};
export const notFit = (o: Outcome, id: RouteId) => {
  const v = verdict(o, id);
  expect(v.list, `${id}`).toBe('notFit');
  return v.entry as NotFitAdvice;
};
