import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stillApplies, stillAppliesByRoute } from '../../../src/lib/still-applies';

// The «Dette gjelder fortsatt» texts are shown on the rule pages and in ~1,000 wizard results, so
// the legal review's findings on them (gjennomgang-2026-12 M1, M4, m1, m2, m6) are pinned here.

const legalRefIds = new Set(
  (load(readFileSync('content/lovhenvisninger.yaml', 'utf8')) as { id: string }[]).map((l) => l.id)
);

describe('still-applies texts say what the law says', () => {
  it('m1: ldl § 22 gives a right to «egnet» individuell tilrettelegging, not «rimelig»', () => {
    expect(stillApplies.tilrettelegging.text).toMatch(/egnet individuell tilrettelegging/);
    expect(stillApplies.tilrettelegging.text).not.toMatch(/rimelig/);
  });
  it("M1: the part-timers' fortrinnsrett is told with its history and its conditions", () => {
    const text = stillApplies.fortrinnsrett.text;
    expect(text).toMatch(/siden 2017/);
    expect(text).toMatch(/kvalifisert/);
    expect(text).toMatch(/vesentlige ulemper/);
    expect(text).toMatch(/Midlertidig ansatte har ikke/);
    expect(text).not.toMatch(/^Fra 1\. januar 2026 har deltidsansatte/);
  });
  it('m6: the kvalifikasjonsprinsippet is among the candidates received, not «those you consider»', () => {
    expect(stillApplies.kvalifikasjonsprinsippet.text).toMatch(
      /blant kandidatene dere har fått inn/
    );
  });
  it('every item cites a paragraph that exists in content/lovhenvisninger.yaml', () => {
    expect(
      Object.values(stillApplies)
        .map((i) => i.legalRef)
        .filter((id) => !legalRefIds.has(id))
    ).toEqual([]);
  });
  it('m2: the fortrinnsrett of dismissed state employees is statsansatteloven (dropped for non-state results)', () => {
    expect(stillApplies.fortrinnsrettOppsagte.legalRef).toBe('sal-24');
  });
  it('N16: § 24 is told with its ground and conditions (review 2026-12-06)', () => {
    const text = stillApplies.fortrinnsrettOppsagte.text;
    expect(text).toMatch(/på grunn av forhold hos virksomheten/);
    expect(text).toMatch(/minst tolv måneder til sammen de siste to årene/);
    expect(text).toMatch(/kvalifisert/);
    expect(text).toMatch(/til to år etter at oppsigelsesfristen gikk ut/);
    expect(text).not.toMatch(/sagt opp fordi arbeidet falt bort/);
  });
});

describe('still-applies per route', () => {
  it('M4: aml § 14-1 binds on § 7, on § 3a b and when a trainee is made permanent', () => {
    for (const route of [
      'administrativ-ansettelse',
      'unntak-lonnstilskudd',
      'fast-etter-trainee',
    ] as const) {
      expect(stillAppliesByRoute[route], route).toContain('informasjonsplikt');
    }
  });
  it('M4: the fortrinnsretter bind on § 7 as on the page', () => {
    expect(stillAppliesByRoute['administrativ-ansettelse']).toEqual(
      expect.arrayContaining(['fortrinnsrett', 'fortrinnsrettOppsagte'])
    );
  });
});
