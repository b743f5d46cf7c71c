import { expect, test } from '@playwright/test';
import { searchQueries } from '../support/search-queries';
import { sokResults } from './search-site';

// Issue 12's pass marks for the representative queries on /sok/: at least 90 % find the expected
// page first, all of them in the top three. Each query is its own test for the top three. The
// last test holds the measured share of first hits (63 of 66, 95 %, docs/ytelse.md «Søk: treff
// først») so it cannot fall.
test('the query list is at least 60 queries, each with an expected page', () => {
  expect(searchQueries.length).toBeGreaterThanOrEqual(60);
  expect(new Set(searchQueries.map((q) => q.query)).size).toBe(searchQueries.length);
});

for (const { query, first } of searchQueries) {
  test(`«${query}» has ${first} in the top three`, async ({ page }) => {
    expect((await sokResults(page, query)).slice(0, 3)).toContain(first);
  });
}

// The measured count (at least the 90 %): raise it when the ranking gets better; never lower it.
const FIRST_HITS_MEASURED = 63;

test(`at least ${FIRST_HITS_MEASURED} of the queries find their expected page first (issue 12 asks 90 %)`, async ({
  page,
}) => {
  test.setTimeout(300_000);
  const misses: string[] = [];
  for (const { query, first } of searchQueries) {
    const urls = await sokResults(page, query);
    if (urls[0] !== first) misses.push(`«${query}»: ${urls[0]} (want ${first})`);
  }
  const firstHits = searchQueries.length - misses.length;
  expect(
    firstHits,
    `first hits ${firstHits}/${searchQueries.length}; misses:\n${misses.join('\n')}`
  ).toBeGreaterThanOrEqual(FIRST_HITS_MEASURED);
});
