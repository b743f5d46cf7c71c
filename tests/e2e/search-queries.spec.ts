import { expect, test } from '@playwright/test';
import { searchQueries } from '../support/search-queries';
import { sokResults } from './search-site';

// Issue 12's pass marks for the representative queries on /sok/: at least 90 % find the expected
// page first, all of them in the top three. Each query is its own test for the top three; the
// share of first hits is checked over all of them together.
test('the query list is at least 60 queries, each with an expected page', () => {
  expect(searchQueries.length).toBeGreaterThanOrEqual(60);
  expect(new Set(searchQueries.map((q) => q.query)).size).toBe(searchQueries.length);
});

for (const { query, first } of searchQueries) {
  test(`«${query}» has ${first} in the top three`, async ({ page }) => {
    expect((await sokResults(page, query)).slice(0, 3)).toContain(first);
  });
}

test('at least 90 % of the queries find their expected page first', async ({ page }) => {
  test.setTimeout(300_000);
  const misses: string[] = [];
  for (const { query, first } of searchQueries) {
    const urls = await sokResults(page, query);
    if (urls[0] !== first) misses.push(`«${query}»: ${urls[0]} (want ${first})`);
  }
  const share = (searchQueries.length - misses.length) / searchQueries.length;
  expect(share, `first hits ${searchQueries.length - misses.length}/${searchQueries.length}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
});
