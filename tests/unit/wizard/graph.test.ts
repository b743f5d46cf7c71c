import { describe, expect, it } from 'vitest';
import { evaluate, flow, nextQuestion, progress } from '../../../src/lib/veiviser';
import { allPaths, explicitCount, resultPaths, stepPaths } from './helpers';

const comparable = (answers: object) => {
  const o = evaluate(answers);
  // What the reader sees, minus the echo of the answers and the «Vet ikke» list.
  return JSON.stringify({ ...o, answers: undefined, unknowns: undefined });
};

describe('question graph', () => {
  it('reaches every question on some path', () => {
    const asked = new Set(allPaths.flatMap((p) => Object.keys(p.answers)));
    expect([...asked].sort()).toEqual(flow.questions.map((q) => q.id).sort());
  });

  it('uses every answer of every question on some reachable path (no dead answer)', () => {
    const used = new Set(
      allPaths.flatMap((p) => Object.entries(p.answers).map(([q, s]) => `${q}=${s}`))
    );
    const dead = flow.questions
      .flatMap((q) => q.answers.map((a) => `${q.id}=${a.slug}`))
      .filter((x) => !used.has(x));
    expect(dead).toEqual([]);
  });

  it('ends every path in an outcome: steps have a next question, results an evaluation', () => {
    for (const p of stepPaths) {
      expect(nextQuestion(p.answers), p.path).not.toBeNull();
      expect(evaluate(p.answers), p.path).toBeNull();
    }
    for (const p of resultPaths) {
      expect(nextQuestion(p.answers), p.path).toBeNull();
      expect(evaluate(p.answers), p.path).not.toBeNull();
    }
  });

  it('has no cycles: askIf names only earlier questions and no path asks a question twice', () => {
    flow.questions.forEach((q, i) => {
      const earlier = new Set<string>(flow.questions.slice(0, i).map((x) => x.id));
      for (const id of [
        ...Object.keys(q.askIf?.when ?? {}),
        ...Object.keys(q.askIf?.unless ?? {}),
      ]) {
        expect(earlier.has(id), `${q.id} → ${id}`).toBe(true);
      }
    });
    for (const p of resultPaths) {
      const segments = p.path.split('/').filter(Boolean).slice(1);
      expect(segments.length).toBe(explicitCount(p.answers));
      expect(segments.length).toBeLessThanOrEqual(flow.questions.length);
    }
  });

  // «Vet ikke» always changes the result (it adds what to find out), so only real answers count here.
  it('asks only what changes the outcome: at every step, the real answers do not all lead to the same results', () => {
    const seen = new Map(resultPaths.map((p) => [p.path, comparable(p.answers)]));
    const useless: string[] = [];
    for (const step of stepPaths) {
      const question = nextQuestion(step.answers);
      if (!question) continue;
      const outcomesPerAnswer = question.answers
        .filter((a) => !a.unknown)
        .map((a) => {
          const prefix = `${step.path}${a.slug}/`;
          return [...seen.entries()]
            .filter(([path]) => path.startsWith(prefix))
            .map(([, o]) => o)
            .sort()
            .join('\n');
        });
      if (new Set(outcomesPerAnswer).size === 1) useless.push(`${step.path} → ${question.id}`);
    }
    expect(useless).toEqual([]);
  });

  it('keeps the reachable steps and results within 3,000 static pages', () => {
    expect(allPaths.length).toBeLessThanOrEqual(3000);
  });
});

describe('progress («Spørsmål 2 av inntil 5»)', () => {
  // Memoised: each result asks for every prefix of its path, so the same prefixes recur.
  const longestByPrefix = new Map<string, number>();
  const longest = (prefix: string) => {
    if (!longestByPrefix.has(prefix))
      longestByPrefix.set(
        prefix,
        Math.max(
          ...resultPaths
            .filter((r) => r.path.startsWith(prefix))
            .map((r) => explicitCount(r.answers))
        )
      );
    return longestByPrefix.get(prefix)!;
  };

  it('gives the current index and the longest total still possible on every step', () => {
    for (const p of stepPaths) {
      const answered = explicitCount(p.answers);
      expect(progress(p.answers), p.path).toEqual({
        index: answered + 1,
        maxRemaining: longest(p.path) - answered,
        maxTotal: longest(p.path),
      });
    }
  });

  it('never lets the total grow as the reader answers', () => {
    for (const p of resultPaths) {
      const segments = p.path.split('/').filter(Boolean).slice(1);
      const totals = segments.map((_, i) =>
        longest(
          `/veiviser/${segments
            .slice(0, i)
            .map((s) => `${s}/`)
            .join('')}`
        )
      );
      expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    }
  });

  it('shows all questions answered on a result', () => {
    for (const p of resultPaths) {
      const n = explicitCount(p.answers);
      expect(progress(p.answers)).toEqual({ index: n, maxRemaining: 0, maxTotal: n });
    }
  });
});
