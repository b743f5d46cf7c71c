import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { OrdEntry } from '../../src/lib/search-terms';
import { goto } from '../support/goto';

/** The first query loads Pagefind's WebAssembly: a few seconds on a busy two-core machine. */
export const FIRST_QUERY_MS = 20_000;

/** Opens /sok/ with a query and waits for the results; returns the result URLs shown (first batch). */
export async function sokResults(page: Page, q: string, type?: string) {
  const params = new URLSearchParams({ q, ...(type ? { type } : {}) });
  await goto(page, `/sok/?${params}`);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done', {
    timeout: FIRST_QUERY_MS,
  });
  return shownUrls(page);
}

/** The result URLs shown now (first batch, unless «Vis flere treff» was used). */
export function shownUrls(page: Page) {
  return page
    .locator('[data-result]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-result')!));
}

/**
 * Searches again on the search page already open (/sok/ or the story list), as a reader does:
 * types the query and presses Enter. Waits until the status line is «done» for this query's URL
 * (`data-search-for`), so the hits read are never the previous query's. Pagefind stays loaded, so
 * a list of queries costs one page load, not one each.
 */
export async function searchAgain(page: Page, q: string) {
  const input = page.locator('[data-search-input]');
  await input.fill(q);
  await input.press('Enter');
  await expect
    .poll(() => page.evaluate(() => new URLSearchParams(location.search).get('q')))
    .toBe(q.trim());
  const key = await page.evaluate(() => location.search);
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('data-search-for', key, { timeout: FIRST_QUERY_MS });
  await expect(status).toHaveAttribute('data-search-status', 'done');
  return shownUrls(page);
}

/** Opens /sok/ without a query and waits for its search box (the island has hydrated). */
export async function openSok(page: Page) {
  await goto(page, '/sok/');
  await expect(page.locator('[data-site-search] [data-search-input]')).toBeVisible();
}

/** Every result of the current search, fetching the next batch with «Vis flere treff» until there is none. */
export async function allShown(page: Page) {
  const more = page.locator('[data-search-more]');
  while ((await more.count()) > 0) {
    const before = await page.locator('[data-result]').count();
    await more.click();
    await expect(page.locator('[data-result]')).not.toHaveCount(before);
  }
  return page.locator('[data-result]').evaluateAll((els) =>
    els.map((e) => ({
      url: e.getAttribute('data-result')!,
      type: e.querySelector('[data-result-type]')?.getAttribute('data-result-type') ?? '',
    }))
  );
}

/** The ordliste as the site reads it (content/ordliste.yaml). */
export const ordliste = () => load(readFileSync('content/ordliste.yaml', 'utf8')) as OrdEntry[];
