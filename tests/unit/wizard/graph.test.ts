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
  // Results are matched by their answers: a default answer («Ny hos oss») has no URL segment.
  it('asks only what changes the outcome: at every step, the real answers do not all lead to the same results', () => {
    const seen = resultPaths.map((p) => ({
      answers: p.answers as Record<string, string>,
      o: comparable(p.answers),
    }));
    const useless: string[] = [];
    for (const step of stepPaths) {
      const question = nextQuestion(step.answers);
      if (!question) continue;
      const given = Object.entries(step.answers);
      const under = seen.filter((r) => given.every(([q, slug]) => r.answers[q] === slug));
      const outcomesPerAnswer = question.answers
        .filter((a) => !a.unknown)
        .map((a) =>
          under
            .filter((r) => r.answers[question.id] === a.slug)
            .map((r) => r.o)
            .sort()
            .join('\n')
        );
      if (new Set(outcomesPerAnswer).size === 1) useless.push(`${step.path} → ${question.id}`);
    }
    expect(useless).toEqual([]);
  });

  // The limit of issue 18 (docs/veiviser.md shows the arithmetic); each page gets a nynorsk twin.
  it('keeps the reachable steps and results within 3,200 static pages', () => {
    expect(allPaths.length).toBeLessThanOrEqual(3200);
  });
});

describe('progress («Spørsmål 2 av inntil 5»)', () => {
  // Every question answered counts, a default one too: it is asked as a step (issue 18, item 5).
  const answered = (answers: object) => Object.keys(answers).length;
  const results = resultPaths.map((r) => r.answers as Record<string, string>);
  const longestByStep = new Map<string, number>();
  /** The most questions on any result reached from these answers. */
  const longest = (answers: Record<string, string>) => {
    const key = JSON.stringify(answers);
    if (!longestByStep.has(key)) {
      const given = Object.entries(answers);
      longestByStep.set(
        key,
        Math.max(
          ...results.filter((r) => given.every(([q, s]) => r[q] === s)).map((r) => answered(r))
        )
      );
    }
    return longestByStep.get(key)!;
  };

  it('gives the current index and the longest total still possible on every step', () => {
    for (const p of stepPaths) {
      const n = answered(p.answers);
      const total = longest(p.answers as Record<string, string>);
      expect(progress(p.answers), p.path).toEqual({
        index: n + 1,
        maxRemaining: total - n,
        maxTotal: total,
      });
    }
  });

  it('never lets the total grow as the reader answers', () => {
    for (const p of resultPaths) {
      const a = p.answers as Record<string, string>;
      const ids = Object.keys(a);
      const totals = ids.map((_, i) =>
        longest(Object.fromEntries(ids.slice(0, i).map((id) => [id, a[id]!])))
      );
      expect(
        [...totals].sort((x, y) => y - x),
        p.path
      ).toEqual(totals);
    }
  });

  it('shows all questions answered on a result', () => {
    for (const p of resultPaths) {
      const n = answered(p.answers);
      expect(progress(p.answers)).toEqual({ index: n, maxRemaining: 0, maxTotal: n });
    }
  });
});
