import { describe, expect, it } from 'vitest';
import {
  parseSiteSearch,
  pinFirst,
  siteSearchFilters,
  placeAtLeast,
  siteSearchResults,
  siteSearchToQuery,
  titleWithQuery,
} from '../../../src/lib/site-search';
import { toHit } from '../../../src/lib/search-hit';
import {
  bokmaalForm,
  byScore,
  OWN_SCORE_SHARE,
  rankByWords,
  shorterStarts,
  subjectWords,
} from '../../../src/lib/search-fallback';

describe('/sok/ state in the URL', () => {
  it('reads the query and a known type, and drops an unknown type', () => {
    expect(parseSiteSearch('?q=+mentor+&type=ordliste')).toEqual({ q: 'mentor', type: 'ordliste' });
    expect(parseSiteSearch('?q=mentor&type=romfart')).toEqual({ q: 'mentor', type: null });
    expect(parseSiteSearch('')).toEqual({ q: '', type: null });
  });
  it('writes a link that reproduces the view', () => {
    expect(siteSearchToQuery({ q: 'hull i CV', type: 'sporsmal' })).toBe(
      '?q=hull+i+CV&type=sporsmal'
    );
    expect(siteSearchToQuery({ q: ' ', type: null })).toBe('');
    expect(parseSiteSearch(siteSearchToQuery({ q: 'a b', type: 'historie' }))).toEqual({
      q: 'a b',
      type: 'historie',
    });
  });
  it('filters on type only when one is chosen, so a plain query fetches no filter index', () => {
    expect(siteSearchFilters({ q: 'x', type: null })).toEqual({});
    expect(siteSearchFilters({ q: 'x', type: 'regelverk' })).toEqual({
      type: { any: ['regelverk'] },
    });
  });
});

describe('best bet: the defining place first', () => {
  const r = (id: string) => ({ id });
  it('puts the pinned results first and keeps the rest in order, each once', () => {
    expect(pinFirst([r('a'), r('b'), r('c')], [r('c')]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(pinFirst([r('a')], []).map((x) => x.id)).toEqual(['a']);
  });

  /** A fake Pagefind: pages with words and filters; AND across filter keys. */
  const pages = [
    { id: 'story', words: ['mentor'], filters: { type: ['historie'] } },
    {
      id: 'rule',
      words: ['mentor', 'tiltak'],
      filters: { type: ['regelverk'], definerer: ['mentor'] },
    },
    { id: 'term', words: ['tiltak'], filters: { type: ['ordliste'], definerer: ['tiltak'] } },
  ];
  const calls: unknown[] = [];
  const fake = {
    async search(term: string | null, { filters }: { filters: Record<string, { any: string[] }> }) {
      calls.push(filters);
      const results = pages.filter(
        (p) =>
          (term === null || p.words.includes(term)) &&
          Object.entries(filters).every(([k, { any }]) =>
            any.some((v) => (p.filters as Record<string, string[]>)[k]?.includes(v))
          )
      );
      // Pagefind's order, with falling scores (equal scores are broken apart: see below).
      return { results: results.map((p, i) => ({ id: p.id, score: 10 - i })) };
    },
  };

  it('moves the defining place to the top when Pagefind finds it for the query', async () => {
    const out = await siteSearchResults(fake, { q: 'mentor', type: null }, 'mentor');
    expect(out.map((x) => x.id)).toEqual(['rule', 'story']);
  });
  it('adds nothing Pagefind does not find for the query, and respects the type filter', async () => {
    expect(
      (await siteSearchResults(fake, { q: 'mentor', type: null }, 'tiltak')).map((x) => x.id)
    ).toEqual(['story', 'rule']);
    expect(
      (await siteSearchResults(fake, { q: 'mentor', type: 'historie' }, 'mentor')).map((x) => x.id)
    ).toEqual(['story']);
  });
  it('a term named with a typo is searched as the table spells it, so its defining place comes first', async () => {
    calls.length = 0;
    const typo = { id: 'mentor', term: 'mentor', at: 0 };
    const out = await siteSearchResults(fake, { q: 'mentorr', type: null }, typo);
    expect(out.map((x) => x.id)).toEqual(['rule', 'story']);
    expect(calls).toContainEqual({ definerer: { any: ['mentor'] } });
    // Searched as typed, the typo finds no defining place.
    expect(
      (await siteSearchResults(fake, { q: 'mentorr', type: null }, 'mentor')).map((x) => x.id)
    ).toEqual(['story', 'rule']);
  });
  it('a term inside a longer query: its defining place among the first three, never first in place of another', async () => {
    const many = {
      async search(
        term: string | null,
        { filters }: { filters: Record<string, { any: string[] }> }
      ) {
        if (filters.definerer)
          return { results: term === 'mentor' ? [{ id: 'def', score: 1 }] : [] };
        return { results: ['a', 'b', 'c', 'd', 'def'].map((id, i) => ({ id, score: 10 - i })) };
      },
    };
    const bet = { id: 'mentor', term: 'mentor', at: 2 };
    const ids = async (b: typeof bet) =>
      (await siteSearchResults(many, { q: 'x', type: null }, b)).map((r) => r.id);
    expect(await ids(bet)).toEqual(['a', 'b', 'def', 'c', 'd']);
    expect(await ids({ ...bet, at: 0 })).toEqual(['def', 'a', 'b', 'c', 'd']);
    // The term finds no defining place: the results as they were.
    expect(await ids({ ...bet, term: 'tiltak' })).toEqual(['a', 'b', 'c', 'd', 'def']);
  });
  it('placeAtLeast: leaves a place already high enough, else puts it at the index, each result once', () => {
    const r = (id: string) => ({ id });
    const list = ['a', 'b', 'c', 'd'].map(r);
    const ids = (x: { id: string }[]) => x.map((y) => y.id);
    expect(ids(placeAtLeast(list, [r('b')], 2))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(placeAtLeast(list, [r('c')], 2))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(placeAtLeast(list, [r('d')], 2))).toEqual(['a', 'b', 'd', 'c']);
    expect(ids(placeAtLeast(list, [r('x')], 2))).toEqual(['a', 'b', 'x', 'c', 'd']);
    expect(ids(placeAtLeast(list, [r('x')], 9))).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect(ids(placeAtLeast(list, [], 2))).toEqual(['a', 'b', 'c', 'd']);
  });
  it('searches once without a bet, and nothing for an empty query', async () => {
    calls.length = 0;
    await siteSearchResults(fake, { q: 'mentor', type: null }, null);
    // The word and its shorter start («mento»), never with the filter `definerer`.
    expect(calls).toEqual([{}, {}]);
    expect(await siteSearchResults(fake, { q: '  ', type: null }, 'mentor')).toEqual([]);
  });
});

describe('the title of /sok/', () => {
  it('names the query first, and is the page title without one', () => {
    expect(titleWithQuery('Søk – Inkluderingsguiden', ' hull i CV ')).toBe(
      '«hull i CV» – Søk – Inkluderingsguiden'
    );
    expect(titleWithQuery('Søk – Inkluderingsguiden', '  ')).toBe('Søk – Inkluderingsguiden');
  });
});

describe('a hit from Pagefind’s data', () => {
  it('takes title, type and scope from the metadata; an unknown type shows no tag', () => {
    expect(toHit({ url: '/x/', excerpt: 'e', meta: { title: 'T', type: 'ordliste' } })).toEqual({
      url: '/x/',
      href: '/x/',
      title: 'T',
      excerpt: 'e',
      type: 'ordliste',
      scope: undefined,
    });
    expect(toHit({ url: '/x/', excerpt: '', meta: { type: 'annet' } })).toMatchObject({
      title: '/x/',
      type: '',
    });
  });

  // Issue 19, item 1: a hit opens at the section that matches best, with its heading and excerpt.
  const sub = (url: string, scores: number[], title = url) => ({
    url,
    title,
    excerpt: `i ${title}`,
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });
  const page = { url: '/r/', excerpt: 'side', meta: { title: 'Side', type: 'regelverk' } };

  it('links the best-matching section and shows its heading and excerpt', () => {
    const hit = toHit({
      ...page,
      sub_results: [sub('/r/#a', [1, 1], 'A'), sub('/r/#b', [3], 'B'), sub('/r/#c', [0.5], 'C')],
    });
    expect(hit).toMatchObject({ url: '/r/', href: '/r/#b', section: 'B', excerpt: 'i B' });
  });

  it('links the page when the best match is above the first heading, or nothing has a heading', () => {
    const top = toHit({ ...page, sub_results: [sub('/r/', [5]), sub('/r/#a', [1])] });
    expect(top).toMatchObject({ href: '/r/', excerpt: 'side' });
    expect(top).not.toHaveProperty('section');
    expect(toHit({ ...page, sub_results: [] })).toMatchObject({ href: '/r/' });
    expect(toHit(page)).toMatchObject({ href: '/r/' });
  });

  it('a record at an anchor keeps its own address', () => {
    const record = { url: '/ordliste/#mentor', excerpt: 'e', meta: { type: 'ordliste' } };
    expect(toHit({ ...record, sub_results: [sub('/ordliste/#mentor', [2])] })).toMatchObject({
      href: '/ordliste/#mentor',
    });
  });
});

// Issue 19, item 2: a question in a reader's own words found nothing, or a long page that happens to
// hold every word, because Pagefind needs every word on the page. Each subject word is searched on its
// own as well, and the results are ranked together.
describe('a query of several words', () => {
  it('keeps the words that say what the question is about', () => {
    expect(subjectWords('Hvorfor må vi velge den best kvalifiserte?')).toEqual([
      'velge',
      'best',
      'kvalifiserte',
    ]);
    expect(subjectWords('kva er lønstilskot, § 3a?')).toEqual(['lønstilskot', '§', '3a']);
    // A light verb says nothing of the subject, and «kommer» would find «kommune».
    expect(subjectWords('hvordan kommer vi med i traineeprogrammet')).toEqual([
      'med',
      'traineeprogrammet',
    ]);
    expect(subjectWords('kva får vi når det blir slutt')).toEqual(['slutt']);
  });
  it('keeps each word once', () => {
    expect(subjectWords('veileder steg for steg')).toEqual(['veileder', 'steg', 'for']);
  });

  const r = (id: string, score: number) => ({ id, score });
  it('ranks a result with more of the words above one with a higher score for fewer', () => {
    // «long» holds one word with the best score; «rule» holds both with lower scores.
    const each = [
      [r('long', 10), r('rule', 5)],
      [r('rule', 4), r('other', 8)],
    ];
    expect(rankByWords([], each).map((x) => x.id)).toEqual(['rule', 'long', 'other']);
  });
  it('scales each word to its best result, so a rare word does not outweigh the others', () => {
    // Raw sums would put «x» first (100.1 against 51); scaled, «x» has 1 + 0.1 and «y» 0.5 + 1.
    const each = [
      [r('x', 100), r('y', 50)],
      [r('y', 1), r('x', 0.1)],
    ];
    expect(rankByWords([], each).map((x) => x.id)).toEqual(['y', 'x']);
  });
  it('counts a word a result holds only weakly as half a word', () => {
    // «long» holds both words, «b» at 10 % of its best; «rule» holds «a» only, at its best.
    // Share 1.5/2 squared: «long» 1.1 × 0.5625 = 0.62; «rule» 1 × 0.25. With «b» at 20 %
    // «long» keeps the full share: 1.2 × 1. «long» also has the highest own scores (11 and 12),
    // so it gains OWN_SCORE_SHARE for each of the two words on top.
    const each = [
      [r('rule', 10), r('long', 10)],
      [r('best', 10), r('long', 1)],
    ];
    const own = 2 * OWN_SCORE_SHARE;
    const out = rankByWords([], each);
    expect(out.find((x) => x.id === 'long')!.score).toBeCloseTo(1.1 * 0.5625 + own);
    const strong = rankByWords(
      [],
      [
        [r('rule', 10), r('long', 10)],
        [r('best', 10), r('long', 2)],
      ]
    );
    expect(strong.find((x) => x.id === 'long')!.score).toBeCloseTo(1.2 + own);
  });
  it('puts the result that holds the words more strongly first when the scaled sums tie', () => {
    // Scaled, both have 1 + 0.5. «title» holds «a» in its title (40) and «text» holds «b» in its
    // text (4): own scores 42 and 24. Without them the tie goes by id, to «text».
    const each = [
      [r('title', 40), r('text', 20)],
      [r('text', 4), r('title', 2)],
    ];
    const out = rankByWords([], each);
    expect(out.map((x) => x.id)).toEqual(['title', 'text']);
    expect(out[0]!.score - out[1]!.score).toBeCloseTo(2 * OWN_SCORE_SHARE * (1 - 24 / 42));
  });
  it('lifts a result of the whole query, and keeps results only the whole query found', () => {
    const each = [
      [r('a', 2), r('b', 2)],
      [r('a', 2), r('b', 2)],
    ];
    expect(rankByWords([r('b', 1)], each).map((x) => x.id)).toEqual(['b', 'a']);
    expect(rankByWords([r('c', 1)], [[], []]).map((x) => x.id)).toEqual(['c']);
  });

  const pages = [
    { id: 'rule', words: ['velge', 'best', 'kvalifiserte'], score: 2 },
    { id: 'story', words: ['best'], score: 1 },
  ];
  const asked: string[] = [];
  const fake = {
    async search(term: string | null) {
      asked.push(term ?? '');
      const words = (term ?? '').split(' ');
      return {
        results: pages
          .filter((p) => words.every((w) => p.words.includes(w)))
          .map(({ id, score }) => ({ id, score })),
      };
    },
  };

  it('searches the whole query and each subject word', async () => {
    asked.length = 0;
    const out = await siteSearchResults(
      fake,
      { q: 'hvorfor må vi velge best kvalifiserte', type: null },
      null
    );
    expect(out.map((x) => x.id)).toEqual(['rule', 'story']);
    expect(asked).toEqual([
      'hvorfor må vi velge best kvalifiserte',
      'velge',
      'best',
      'kvalifiserte',
      // Its starts, to see whether one finds much more (a typo); none does here.
      ...shorterStarts('kvalifiserte'),
    ]);
  });

  it('tries shorter starts of a word down to five letters and half of it', () => {
    expect(shorterStarts('arbeidstrenning')).toEqual([
      'arbeidstrennin',
      'arbeidstrenni',
      'arbeidstrenn',
      'arbeidstren',
      'arbeidstre',
      'arbeidstr',
      'arbeidst',
    ]);
    // A typo in the middle of the word: the start before it is among them.
    expect(shorterStarts('særbehndling')).toContain('særbeh');
    expect(shorterStarts('lønnen')).toEqual(['lønne']);
    expect(shorterStarts('best')).toEqual([]);
  });

  it('spells a nynorsk word the bokmål way, and leaves other words alone', () => {
    expect(bokmaalForm('arbeidsgjevar')).toBe('arbeidsgiver');
    expect(bokmaalForm('vegvisar')).toBe('veiviser');
    expect(bokmaalForm('hovudregel')).toBe('hovedregel');
    expect(bokmaalForm('statleg')).toBe('statlig');
    expect(bokmaalForm('statlege')).toBe('statlige');
    expect(bokmaalForm('tryggheit')).toBe('trygghet');
    expect(bokmaalForm('tenesta')).toBe('tjenesta');
    expect(bokmaalForm('ordninga')).toBe('ordningen');
    expect(bokmaalForm('arbeidsgjevarane')).toBe('arbeidsgiverne');
    expect(bokmaalForm('arbeidsgjevarar')).toBe('arbeidsgivere');
    expect(bokmaalForm('sakene')).toBe('sakene');
    expect(bokmaalForm('lukkast')).toBe('lukkes');
    expect(bokmaalForm('veg')).toBe('vei');
    for (const w of ['lønnstilskudd', 'veiviser', 'har', 'bar', 'regel', 'egg'])
      expect(bokmaalForm(w)).toBe(w);
  });
  it('searches a nynorsk word in both spellings, each page once with its better score', async () => {
    const spelled = {
      async search(term: string | null) {
        const scores: Record<string, { id: string; score: number }[]> = {
          arbeidsgjevar: [
            { id: 'nn', score: 4 },
            { id: 'both', score: 1 },
          ],
          arbeidsgiver: [
            { id: 'nb', score: 6 },
            { id: 'both', score: 2 },
          ],
        };
        return { results: scores[term ?? ''] ?? [] };
      },
    };
    const out = await siteSearchResults(spelled, { q: 'arbeidsgjevar', type: null }, null);
    expect(out.map((x) => [x.id, x.score])).toEqual([
      ['nb', 6],
      ['nn', 4],
      ['both', 2],
    ]);
  });

  // Pagefind matches the start of a word; a word it does not have falls back to a short start
  // with a low score («arbeidstrenning» finds «arbeid» on many pages).
  const typoFake = {
    async search(term: string | null) {
      const t = term ?? '';
      const hit = ['arbeidstrening'].some((w) => w.startsWith(t));
      return {
        results: hit
          ? [{ id: 'arbeidstrening', score: 19 }]
          : t.startsWith('arbeid')
            ? [{ id: 'arbeid', score: 1.7 }]
            : [],
      };
    },
  };
  it('searches the longest start that finds much more when a word is found only weakly', async () => {
    const one = await siteSearchResults(typoFake, { q: 'arbeidstrenning', type: null }, null);
    expect(one.map((x) => x.id)).toEqual(['arbeidstrening']);
    const many = await siteSearchResults(
      typoFake,
      { q: 'hvor lenge varer arbeidstrenning', type: null },
      null
    );
    expect(many[0]?.id).toEqual('arbeidstrening');
  });
  it('keeps a word whose starts find about as much', async () => {
    const out = await siteSearchResults(
      typoFake,
      { q: 'arbeidsgiverforeningen', type: null },
      null
    );
    expect(out.map((x) => x.id)).toEqual(['arbeid']);
  });

  it('finds pages with some of the words when no page has them all', async () => {
    const out = await siteSearchResults(fake, { q: 'best lønnstilskudd', type: null }, null);
    expect(out.map((x) => x.id)).toEqual(['rule', 'story']);
  });

  it('asks once for one word, and for the subject word when a one-word question finds nothing', async () => {
    asked.length = 0;
    await siteSearchResults(fake, { q: 'best', type: null }, null);
    expect(asked).toEqual(['best']);
    asked.length = 0;
    expect(
      (await siteSearchResults(fake, { q: 'hva er velge', type: null }, null)).map((x) => x.id)
    ).toEqual(['rule']);
    expect(asked).toEqual(['hva er velge', 'velge']);
  });
});

// Pagefind scores pages equal when a word is found only in their search words («tilskudd» on 54
// pages), and returns them in no fixed order: the first hit changed from one search to the next.
describe('equal scores', () => {
  const r = (id: string, score: number) => ({ id, score });
  it('counts scores equal to five significant digits (Pagefind’s differ in the seventh)', () => {
    expect(byScore([r('b', 11.166256), r('a', 11.166257)]).map((x) => x.id)).toEqual(['a', 'b']);
    expect(byScore([r('b', 11.17), r('a', 11.16)]).map((x) => x.id)).toEqual(['b', 'a']);
  });
  it('puts a result in both preferred sets before one in the first only', () => {
    const list = [r('navn', 1), r('both', 1), r('rule', 1)];
    const prefer = [new Set(['navn', 'both']), new Set(['both', 'rule'])];
    expect(byScore(list, prefer).map((x) => x.id)).toEqual(['both', 'navn', 'rule']);
  });
  it('puts a result of an earlier preferred set first, then orders by id', () => {
    const list = [r('c', 1), r('b', 1), r('a', 1), r('top', 2)];
    expect(byScore(list).map((x) => x.id)).toEqual(['top', 'a', 'b', 'c']);
    expect(byScore(list, [new Set(['c']), new Set(['b', 'c'])]).map((x) => x.id)).toEqual([
      'top',
      'c',
      'b',
      'a',
    ]);
  });

  const pages = [
    { id: 'faq', filters: { type: ['sporsmal'], rang: [] as string[] } },
    { id: 'rule', filters: { type: ['regelverk'], rang: ['regelverk'], definerer: ['tilskudd'] } },
    { id: 'story', filters: { type: ['historie'], rang: ['navn:statsforvalteren'] } },
  ];
  const asked: unknown[] = [];
  const fake = (score: (id: string) => number) => ({
    async search(term: string | null, { filters }: { filters: Record<string, { any: string[] }> }) {
      asked.push(term ?? filters);
      const hits = pages.filter((p) =>
        Object.entries(filters).every(([k, { any }]) =>
          any.some((v) => (p.filters as Record<string, string[]>)[k]?.includes(v))
        )
      );
      return { results: hits.map((p) => ({ id: p.id, score: term === null ? 0 : score(p.id) })) };
    },
  });

  it('a tie for first: the page whose title carries the word, then a rule page', async () => {
    const tied = fake(() => 5);
    const q = { q: 'Statsforvalteren', type: null };
    expect((await siteSearchResults(tied, q, null)).map((x) => x.id)).toEqual([
      'story',
      'rule',
      'faq',
    ]);
    expect(
      (await siteSearchResults(tied, { q: 'tilskudd', type: null }, null)).map((x) => x.id)
    ).toEqual(['rule', 'faq', 'story']);
  });

  it('a best bet found: its defining place first, and no filter index fetched for the ties', async () => {
    asked.length = 0;
    const out = await siteSearchResults(
      fake(() => 5),
      { q: 'tilskudd', type: null },
      'tilskudd'
    );
    expect(out[0]!.id).toBe('rule');
    // The word, its shorter starts (a typo would find much more with one), the bet; no filter index.
    expect(asked).toEqual(['tilskudd', ...shorterStarts('tilskudd'), 'tilskudd']);
  });
  it('no tie for first: Pagefind’s order, and no filter index fetched', async () => {
    asked.length = 0;
    const ranked = fake((id) => ({ faq: 3, rule: 2, story: 2 })[id]!);
    expect(
      (await siteSearchResults(ranked, { q: 'tilskudd', type: null }, null)).map((x) => x.id)
    ).toEqual(['faq', 'rule', 'story']);
    expect(asked).toEqual(['tilskudd', ...shorterStarts('tilskudd')]);
  });
});
