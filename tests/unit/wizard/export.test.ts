import { describe, expect, it } from 'vitest';
import { evaluate, flow, parseAnswers, rulesJson } from '../../../src/lib/veiviser';
import { resultPaths } from './helpers';

describe('/veiviser/regler.json', () => {
  const json = rulesJson();
  const outcomes = json.outcomes as {
    path: string;
    fits: string[];
    mayFit: string[];
    notFit: string[];
    maxMonths: Record<string, number>;
    subsidyMaxMonths: Record<string, number>;
  }[];

  it('is plain JSON: serialising and parsing gives the same object', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(json.rulesDate).toBe('2026-12-06');
  });

  it('lists every question with its answers and the rule for when it is asked', () => {
    const questions = json.questions as {
      id: string;
      answers: { slug: string }[];
      askIf: { when: object; unless: object };
    }[];
    expect(questions.map((q) => q.id)).toEqual(flow.questions.map((q) => q.id));
    const personalreglement = questions.find((q) => q.id === 'personalreglement');
    expect(personalreglement?.askIf.when).toMatchObject({
      grunnlag: ['midlertidig-karakter', 'vikariat'],
    });
  });

  it('gives the decision for every result path, matching evaluate()', () => {
    expect(outcomes.map((o) => o.path)).toEqual(resultPaths.map((p) => p.path));
    for (const o of outcomes) {
      const full = evaluate(parseAnswers(o.path)!)!;
      expect(o.fits, o.path).toEqual(full.fits.map((r) => r.routeId));
      expect(o.mayFit, o.path).toEqual(full.mayFit.map((r) => r.routeId));
      expect(o.notFit, o.path).toEqual(full.notFit.map((r) => r.routeId));
      const unntak = [...full.fits, ...full.mayFit].find(
        (r) => r.routeId === 'unntak-lonnstilskudd'
      );
      expect(o.subsidyMaxMonths['unntak-lonnstilskudd'], o.path).toBe(unntak?.subsidy?.maxMonths);
    }
  });

  it('renders each result’s limits and rates from the facts model, and what each answer means (issue 18, item 1)', () => {
    const table = (o: { path: string }) =>
      (o as unknown as { facts: Record<string, string[]> }).facts;
    const e = outcomes.find(
      (o) =>
        o.path.includes('/uforutsett/') &&
        o.path.includes('/inntil-6-mnd/') &&
        o.mayFit.includes('unntak-lonnstilskudd')
    )!;
    expect(table(e)['unntak-lonnstilskudd']?.[0]).toBe('6 mnd.');
    for (const o of outcomes)
      expect(Object.keys(table(o)).sort(), o.path).toEqual([...o.fits, ...o.mayFit].sort());
    const grunnlag = (
      json.questions as { id: string; answers: { slug: string; means?: object }[] }[]
    ).find((q) => q.id === 'grunnlag')!;
    expect(grunnlag.answers.find((a) => a.slug === 'uforutsett')?.means).toEqual({ sal9: 'e' });
  });
});
