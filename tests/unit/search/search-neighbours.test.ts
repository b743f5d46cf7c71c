import { describe, expect, it } from 'vitest';
import {
  BLEND_DEPTH,
  blendQuestions,
  NEIGHBOURS,
  parseQuestions,
  QUESTION_BLEND,
  questionScores,
  questionTerms,
} from '../../../src/lib/search-neighbours';
import { siteSearchResults } from '../../../src/lib/site-search';
import { questionFile } from '../../../src/integrations/search-questions.mjs';

// Issue 19, item 2: the readers' questions as a second opinion on a query of several words.

const file = [
  'rule rule-fig\tkan vi ansette uten å lyse ut|slippe utlysning av stillingen',
  'story\tarbeidstrening i en bensinstasjon|fast jobb etter arbeidstrening',
  'faq\thvor lenge varer lønnstilskudd',
].join('\n');
const model = parseQuestions(file);
const ids = (list: { id: string }[]) => list.map((r) => r.id);

describe('the questions file', () => {
  it('lists each page once with all its ids, its questions in lower case without punctuation', () => {
    const text = questionFile(
      [
        { side: '/a/', sporsmal: ['Kan vi ansette?', 'Slippe «utlysning»'] },
        { side: '/b/', sporsmal: ['Gone'] },
        { side: '/a/', sporsmal: ['§ 7, hva nå'] },
      ],
      new Map([['/a/', ['x1', 'x2']]])
    );
    expect(text).toBe('x1 x2\tkan vi ansette|slippe utlysning|§ 7 hva nå');
    expect(parseQuestions(text).pageOf).toEqual(
      new Map([
        ['x1', 0],
        ['x2', 0],
      ])
    );
  });

  it('skips empty and broken lines', () => {
    expect(parseQuestions('\nno-tab\n\t\na\tb').pageOf).toEqual(new Map([['a', 0]]));
  });

  it('makes a term of each word and of the start of a longer word', () => {
    expect(questionTerms('Utlysningen, § 3a!')).toEqual(['=utlysningen', 'utlys', '=§', '=3a']);
  });
});

describe('which page readers meant', () => {
  it('scores the page whose questions are most like the query highest', () => {
    const scores = questionScores(model, 'ansette uten utlysning');
    expect(scores.get(0)).toBeGreaterThan(scores.get(1) ?? 0);
    expect(scores.has(2)).toBe(false);
  });

  it('meets an inflected word by its start', () => {
    expect(questionScores(model, 'utlysningen').get(0)).toBeGreaterThan(0);
  });

  it('counts only the most alike questions', () => {
    const alike = (n: number) => Array.from({ length: n }, () => 'mentor i staten').join('|');
    const other = 'b\tmentor i kommunen\nc\tarbeidstrening og lønn';
    // Page a's questions fill the places; page b's is less alike, so it counts only when one is free.
    expect([
      ...questionScores(
        parseQuestions(`a\t${alike(NEIGHBOURS)}\n${other}`),
        'mentor i staten'
      ).keys(),
    ]).toEqual([0]);
    expect([
      ...questionScores(
        parseQuestions(`a\t${alike(NEIGHBOURS - 1)}\n${other}`),
        'mentor i staten'
      ).keys(),
    ]).toEqual([0, 1]);
  });
});

describe('blending the questions into the ranking', () => {
  const r = (id: string, score: number) => ({ id, score });

  it('lifts the page readers meant above a slightly better Pagefind score', () => {
    const scores = questionScores(model, 'arbeidstrening bensinstasjon');
    const found = [r('faq', 1), r('story', 0.9)];
    expect(ids(blendQuestions(found, model, scores))).toEqual(['story', 'faq']);
    // Without the questions' opinion the order stays.
    expect(ids(blendQuestions(found, model, new Map()))).toEqual(['faq', 'story']);
  });

  it('gives way to a clearly better Pagefind score', () => {
    const scores = questionScores(model, 'arbeidstrening bensinstasjon');
    const found = [r('faq', 1), r('story', 1 - QUESTION_BLEND * 1.5)];
    expect(ids(blendQuestions(found, model, scores))).toEqual(['faq', 'story']);
  });

  it('lifts only the first result of a page, not its other records', () => {
    const scores = questionScores(model, 'ansette uten å lyse ut');
    const found = [r('rule', 1), r('story', 0.9), r('rule-fig', 0.85)];
    expect(ids(blendQuestions(found, model, scores))).toEqual(['rule', 'story', 'rule-fig']);
  });

  it('reorders only the first results and never adds one', () => {
    const scores = questionScores(model, 'lønnstilskudd hvor lenge');
    const found = [...Array.from({ length: BLEND_DEPTH }, (_, i) => r(`p${i}`, 1)), r('faq', 1)];
    const out = blendQuestions(found, model, scores);
    expect(out.at(-1)?.id).toBe('faq');
    expect(out).toHaveLength(found.length);
  });
});

describe('/sok/ with the questions', () => {
  const pages = [
    { id: 'faq', words: ['lyse', 'ut', 'ansette', 'hvor'], score: 1 },
    { id: 'rule', words: ['lyse', 'ut', 'ansette'], score: 0.95 },
  ];
  const fake = {
    async search(term: string | null) {
      const words = (term ?? '').split(' ');
      return {
        results: pages
          .filter((p) => words.every((w) => p.words.includes(w)))
          .map(({ id, score }) => ({ id, score })),
      };
    },
  };
  const twoPages = parseQuestions('rule\tkan vi ansette uten å lyse ut\nfaq\thvor lenge');

  it('asks for the questions only for a query of several words, and ranks by them', async () => {
    let asked = 0;
    const questions = async () => {
      asked += 1;
      return twoPages;
    };
    const q = { q: 'ansette lyse ut', type: null };
    expect(ids(await siteSearchResults(fake, q, null, questions))).toEqual(['rule', 'faq']);
    expect(ids(await siteSearchResults(fake, q, null))).toEqual(['faq', 'rule']);
    expect(ids(await siteSearchResults(fake, q, null, async () => null))).toEqual(['faq', 'rule']);
    expect(asked).toBe(1);
    await siteSearchResults(fake, { q: 'ansette', type: null }, null, questions);
    expect(asked).toBe(1);
  });
});
