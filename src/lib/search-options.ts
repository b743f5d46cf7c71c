// Pagefind's ranking for this site, in one place (the search island and the search test use it).
export const pagefindOptions = {
  excerptLength: 24,
  ranking: {
    // Regelverk pages are long and stories short; the default (0.75) let a story whose title
    // repeats a rule's name beat the rule's own page. Checked with tests/support/search-queries.ts.
    pageLength: 0.5,
    // Pagefind matches the start of a word and stems the query («stillas» becomes «still»). At the
    // default 1 a page with many longer words that start with the query («praksisarbeid») beat a
    // page with the word itself («praksis»); 2 makes the word itself count more.
    termSimilarity: 2,
    // The extra search words from src/lib/search-terms.ts count as much as a title match and
    // more, so «hull i CV» puts the page that defines the group first.
    // The other written form's words (src/lib/nynorsk-terms.ts) count like a word in the text: a
    // query in nynorsk finds the bokmål pages on the term, and the reverse, without putting a page
    // in the other form before the pages that use the reader's own words. The other form's words
    // of a page's title and lead count like its title: a rule page rewritten into nynorsk is found
    // by the bokmål name of its rule as before (issue 20).
    // The readers' questions of a page that has no sections (content/sokesporsmal.yaml,
    // src/integrations/search-questions.mjs): half a word in the text. At 1, «kommune» and
    // «praksis» found the stories whose questions name them before the rule page (tried on the
    // tune half and the 66: 0.3 and 0.5 the same, 1 worse).
    metaWeights: { title: 5, sokeord: 8, skriftform: 1, skriftformtittel: 5, sporsmal: 0.5 },
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

/**
 * Weight of the other pages' text (about the site, privacy, accessibility, «Hva arbeidsgivere
 * forteller», the endringslogg, the wizard's start; issue 19, item 2): as a story's, so a reader
 * who asks for one of them finds it, and a rule page still comes first for a rule.
 */
export const SIDE_WEIGHT = 0.7;

/**
 * Weight of a rule page's lead (its summary: one sentence on what the rule lets you do), as much
 * as an h3 (Pagefind weighs h1 7, h2 6, h3 5, text 1). A reader who paraphrases a rule («NAV
 * dekker lønnen», «høyere utdanning og hull i CV») uses the words of that sentence.
 */
export const LEAD_WEIGHT = 5;

/**
 * Weight of a figure (a rate or a period from content/tall.json) on the rule page that sets it,
 * twice the text around it: «60 prosent i ett år» finds the page with the table of rates before a
 * story that names the same rate. Only on rule pages (src/components/content/RuleFigure.astro), so
 * the FAQ answers and the stories that repeat a rate do not gain from it.
 */
export const FIGURE_WEIGHT = 2;

/**
 * Weight of the questions readers ask of a section (content/sokesporsmal.yaml, in the index only;
 * src/integrations/search-questions.mjs), as much as the text: they are the reader's words for
 * what the section says, and the section's own text and headings still count more where they hold
 * the same words.
 */
export const QUESTION_WEIGHT = 1;
