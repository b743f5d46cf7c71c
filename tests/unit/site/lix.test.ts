import { describe, expect, it } from 'vitest';
import { lix, lixStats } from '../../../src/lib/lix';

// Worked by hand: LIX = words / sentences + 100 × long words / words (long: more than 6 letters).
describe('lix', () => {
  it('counts a short plain sentence: 4 words, 1 sentence, no long word → 4', () => {
    expect(lixStats('Katten sitter på matta.')).toEqual({
      words: 4,
      sentences: 1,
      longWords: 0,
      lix: 4,
    });
  });

  it('counts words of exactly 6 letters as short and 7 or more as long', () => {
    // «sitter» 6, «ansetter» 8, «arbeidsgiveren» 14, «kandidaten» 10.
    expect(lixStats('Arbeidsgiveren ansetter kandidaten.')).toEqual({
      words: 3,
      sentences: 1,
      longWords: 3,
      lix: 103,
    });
    expect(lix('Sitter')).toBe(1);
    expect(lix('Sittere')).toBe(101);
  });

  it('averages over sentences: 5 words, 2 sentences, 1 long → 2.5 + 20 = 22.5', () => {
    expect(lix('Vi ansetter. Dere søker jobb!')).toBe(22.5);
  });

  it('ends a sentence at a colon and a question mark, as Björnsson counts them', () => {
    expect(lixStats('Husk dette: ring NAV. Hvem ringer?')).toMatchObject({
      words: 6,
      sentences: 3,
    });
  });

  it('does not end a sentence at an abbreviation or in a date like «23. november»', () => {
    // Sist, gjennomgått (11), november (8), f.eks, i, dag: 6 words, 2 long, 1 sentence.
    const s = lixStats('Sist gjennomgått 23. november 2026, f.eks. i dag.');
    expect(s).toMatchObject({ words: 6, sentences: 1, longWords: 2 });
    expect(s.lix).toBeCloseTo(6 + 200 / 6, 10);
    expect(lixStats('Se kap. 3.3 og jf. § 4 nr. 2 i loven.').sentences).toBe(1);
  });

  it('treats each line (list item, paragraph) as ending a sentence even without a full stop', () => {
    expect(lixStats('Punkt en\nPunkt to\n\n')).toEqual({
      words: 4,
      sentences: 2,
      longWords: 0,
      lix: 2,
    });
  });

  it('does not count numbers and signs as words, but counts hyphenated words once by their letters', () => {
    expect(lixStats('§ 9 e, 40 % og 2017-06-16.').words).toBe(2);
    expect(lixStats('NAV-tiltak og CV-en.')).toMatchObject({ words: 3, longWords: 1 });
  });

  it('gives 0 for a text without words', () => {
    expect(lix('')).toBe(0);
    expect(lix(' 12 – 14 \n')).toBe(0);
  });
});
