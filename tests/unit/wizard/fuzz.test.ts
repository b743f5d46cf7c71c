import { describe, expect, it } from 'vitest';
import {
  dropAfter,
  evaluate,
  flow,
  keepValid,
  nextQuestion,
  parseAnswers,
  pathFor,
  progress,
  type Answers,
  type QuestionId,
} from '../../../src/lib/veiviser';
import { allPaths, random, resultPaths } from './helpers';

// paths.test.ts fuzzes URL paths built from slugs. This fuzzes what it does not: answer SETS (the
// objects the island and the pages pass in), tampered from real results or drawn at random, and
// paths mutated character by character. The oracle is the list of reachable paths, not the engine.
const key = (answers: Record<string, unknown>) =>
  JSON.stringify(
    Object.entries(answers)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
  );
const reachableKeys = new Set(allPaths.map((p) => key(p.answers)));
const resultKeys = new Set(resultPaths.map((p) => key(p.answers)));
// A default answer may be left out (it adds no URL segment): the set then means the same as with it.
const defaults = flow.questions.flatMap((q) =>
  'defaultAnswer' in q ? [[q.id, q.defaultAnswer] as const] : []
);
const withDefaults = (set: Record<string, unknown>) =>
  defaults.reduce<Record<string, unknown>[]>(
    (sets, [id, slug]) =>
      sets.flatMap((x) => (x[id] !== undefined ? [x] : [x, { ...x, [id]: slug }])),
    [set]
  );
const inSet = (keys: Set<string>) => ({
  has: (k: string) =>
    withDefaults(
      JSON.parse(k).reduce(
        (o: Record<string, unknown>, [a, b]: [string, unknown]) => ({ ...o, [a]: b }),
        {}
      )
    ).some((x) => keys.has(key(x))),
});
const reachable = inSet(reachableKeys);
const results = inSet(resultKeys);
const canonical = new Set(allPaths.map((p) => p.path));

const questionIds = flow.questions.map((q) => q.id);
const slugs = flow.questions.flatMap((q) => q.answers.map((a) => a.slug));
const bogusKeys = ['ukjent', '__proto__', 'constructor', 'toString', 'Sektor', ''];
const bogusValues: unknown[] = [
  undefined,
  '',
  'ukjent',
  'Statlig',
  'vet-ikke',
  null,
  0,
  1,
  true,
  {},
  [],
  ['statlig'],
  ' statlig',
  'statlig/',
];

type Draw = () => number;
const pick = <T>(next: Draw, list: readonly T[]) => list[Math.floor(next() * list.length)] as T;

/** A random answer set: mostly real question ids and slugs, sometimes junk keys and values. */
function randomSet(next: Draw): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  const size = Math.floor(next() * (questionIds.length + 2));
  for (let i = 0; i < size; i++) {
    const id = next() < 0.9 ? pick(next, questionIds) : pick(next, bogusKeys);
    const value = next() < 0.85 ? pick(next, slugs) : pick(next, bogusValues);
    Object.defineProperty(set, id, { value, enumerable: true, writable: true, configurable: true });
  }
  return set;
}

/** A reachable answer set with one tampering: changed, moved, dropped or added answer. */
function tamperedSet(next: Draw): Record<string, unknown> {
  const base = { ...(pick(next, allPaths).answers as Record<string, unknown>) };
  const ids = Object.keys(base);
  const kind = Math.floor(next() * 6);
  if (kind === 0 && ids.length) base[pick(next, ids)] = pick(next, slugs); // any slug, maybe another question's
  if (kind === 1 && ids.length) delete base[pick(next, ids)]; // a gap in the path
  if (kind === 2) base[pick(next, questionIds)] = pick(next, slugs); // answer to a skipped or later question
  if (kind === 3 && ids.length) base[pick(next, ids)] = pick(next, bogusValues);
  if (kind === 4)
    Object.defineProperty(base, pick(next, bogusKeys), {
      value: pick(next, slugs),
      enumerable: true,
    });
  if (kind === 5) {
    const q = pick(next, flow.questions);
    base[q.id] = pick(next, q.answers).slug; // a real answer to a real question, valid only if asked here
  }
  return base;
}

/** Every engine function on one answer set. Only pathFor may throw, and only on invalid answers. */
function check(set: Record<string, unknown>, next: Draw) {
  const answers = set as Answers;
  const label = JSON.stringify(set);
  const valid = reachable.has(key(set));
  expect(() => nextQuestion(answers), label).not.toThrow();
  expect(() => progress(answers), label).not.toThrow();
  const outcome = evaluate(answers);
  // No result for an impossible combination, and a result for every complete reachable one.
  expect(outcome !== null, label).toBe(results.has(key(set)));
  if (!valid) {
    expect(nextQuestion(answers), label).toBeNull();
    expect(() => pathFor(answers), label).toThrow(/passer ikke/);
  } else {
    const path = pathFor(answers);
    expect(canonical.has(path), label).toBe(true);
    expect(withDefaults(set).map(key), label).toContain(key(parseAnswers(path)!));
  }
  // «Endre» with and without JS always lands on a reachable path.
  const kept = keepValid(answers);
  expect(reachable.has(key(kept)), `keepValid ${label}`).toBe(true);
  // A bogus key is no QuestionId and would not compile: cast, so the engine is fuzzed with it anyway.
  const dropped = dropAfter(
    answers,
    next() < 0.9 ? pick(next, questionIds) : (pick(next, bogusKeys) as QuestionId)
  );
  expect(reachable.has(key(dropped)), `dropAfter ${label}`).toBe(true);
  expect(canonical.has(pathFor(kept)) && canonical.has(pathFor(dropped)), label).toBe(true);
  return { valid, result: outcome !== null };
}

describe('fuzz: answer sets into the engine (seeded; replay with the seed)', () => {
  it('10,000 random sets: no crash, no result for an impossible set', () => {
    const next = random(424242);
    const seen = { valid: 0, result: 0 };
    for (let i = 0; i < 10_000; i++) {
      const r = check(randomSet(next), next);
      if (r.valid) seen.valid++;
      if (r.result) seen.result++;
    }
    // The generator must also hit valid sets and results, or it tests only the rejection path.
    expect(seen.valid).toBeGreaterThan(50);
  });

  it('10,000 tampered reachable sets: no crash, a result only when the set is still a complete path', () => {
    const next = random(20261123);
    const seen = { valid: 0, invalid: 0, result: 0 };
    for (let i = 0; i < 10_000; i++) {
      const r = check(tamperedSet(next), next);
      seen[r.valid ? 'valid' : 'invalid']++;
      if (r.result) seen.result++;
    }
    expect(seen.valid).toBeGreaterThan(500);
    expect(seen.invalid).toBeGreaterThan(5_000);
    expect(seen.result).toBeGreaterThan(100);
  });
});

describe('fuzz: paths mutated character by character into parseAnswers', () => {
  const chars = [
    'a',
    'z',
    '0',
    '-',
    '/',
    '.',
    '%',
    '%2F',
    '%00',
    'Æ',
    'ø',
    ' ',
    '?',
    '#',
    '\\',
    '\u0000',
    '\u202e',
    'A',
    '//',
  ];
  it('20,000 mutations: parseAnswers never throws and accepts only a canonical path', () => {
    const next = random(7);
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      let path = pick(next, allPaths).path;
      const edits = 1 + Math.floor(next() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(next() * (path.length + 1));
        const op = Math.floor(next() * 3);
        if (op === 0) path = path.slice(0, at) + pick(next, chars) + path.slice(at);
        if (op === 1) path = path.slice(0, at) + path.slice(at + 1);
        if (op === 2) path = path.slice(0, at) + pick(next, chars) + path.slice(at + 1);
      }
      let parsed: ReturnType<typeof parseAnswers> = null;
      expect(() => (parsed = parseAnswers(path)), path).not.toThrow();
      expect(parsed !== null, path).toBe(canonical.has(path));
      if (parsed) {
        accepted++;
        expect(pathFor(parsed)).toBe(path);
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('odd inputs: very long, unicode, and not a path at all', () => {
    for (const bad of [
      '/veiviser/' + 'statlig/'.repeat(10_000),
      '/veiviser/\u0000/',
      '/veiviser/statlig\n/',
      '/veiviser/ﬆatlig/',
      ' /veiviser/',
      '/VEIVISER/',
    ]) {
      expect(parseAnswers(bad), bad.slice(0, 40)).toBeNull();
    }
    for (const junk of [undefined, null, 42, {}, []] as unknown[])
      expect(() => parseAnswers(junk as string)).toThrow(TypeError);
  });
});
