// Pagefind's ranking for this site, in one place (the search island and the search test use it).
export const pagefindOptions = {
  excerptLength: 24,
  ranking: {
    // Regelverk pages are long and stories short; the default (0.75) let a story whose title
    // repeats a rule's name beat the rule's own page. Checked with tests/support/search-queries.ts.
    pageLength: 0.5,
    // The extra search words from src/lib/search-terms.ts count as much as a title match and
    // more, so «hull i CV» puts the page that defines the group first.
    metaWeights: { title: 5, sokeord: 8 },
  },
} as const;

/** Results whose text the search fetches at a time: each is one request, so a broad query stays cheap. */
export const RESULTS_STEP = 5;

/**
 * Weight of a story's text in the index, below the rule pages' 1: a reader who types a rate, a
 * period or a legal term should meet the rule page that explains it before a story that mentions
 * it (issue 12). A story's own words (an employer's name, «stillas») still find the story.
 */
export const STORY_WEIGHT = 0.7;
