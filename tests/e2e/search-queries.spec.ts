import { expect, test } from '@playwright/test';
import { searchQueries } from '../support/search-queries';
import { openSok, searchAgain } from './search-site';

// Issue 12's pass marks for the representative queries on /sok/: at least 90 % find the expected
// page first, all of them in the top three. The queries run one after another in one loaded /sok/,
// through its search box (one page load and one Pagefind start, not one per query); each query has
// its own soft check, so every miss is named. FIRST_HITS_MEASURED is the measured share of first
// hits (64 of 66, 97 %, docs/ytelse.md «Søk: treff først») so it cannot fall.
test('the query list is at least 60 queries, each with an expected page', () => {
  expect(searchQueries.length).toBeGreaterThanOrEqual(60);
  expect(new Set(searchQueries.map((q) => q.query)).size).toBe(searchQueries.length);
});

// The measured count (at least the 90 %): raise it when the ranking gets better; never lower it.
const FIRST_HITS_MEASURED = 64;

test(`every query has its expected page in the top three, and at least ${FIRST_HITS_MEASURED} have it first (issue 12 asks 90 %)`, async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openSok(page);
  const misses: string[] = [];
  for (const { query, first } of searchQueries) {
    // A rule page's figure record is that page opened at the section that sets the figure
    // (/regelverk/x/#sats, issue 19 item 1): it counts as the page. Records at an anchor of their
    // own (ordliste, FAQ) are compared whole.
    const urls = (await searchAgain(page, query)).map((u) =>
      first.includes('#') ? u : u.split('#')[0]!
    );
    expect.soft(urls.slice(0, 3), `«${query}»: top three`).toContain(first);
    if (urls[0] !== first) misses.push(`«${query}»: ${urls[0]} (want ${first})`);
  }
  const firstHits = searchQueries.length - misses.length;
  expect(
    firstHits,
    `first hits ${firstHits}/${searchQueries.length}; misses:\n${misses.join('\n')}`
  ).toBeGreaterThanOrEqual(FIRST_HITS_MEASURED);
});
