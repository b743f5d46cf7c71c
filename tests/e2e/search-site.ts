import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import type { OrdEntry } from '../../src/lib/search-terms';

/** The first query loads Pagefind's WebAssembly: a few seconds on a busy two-core machine. */
export const FIRST_QUERY_MS = 20_000;

/** Opens /sok/ with a query and waits for the results; returns the result URLs shown (first batch). */
export async function sokResults(page: Page, q: string, type?: string) {
  const params = new URLSearchParams({ q, ...(type ? { type } : {}) });
  await page.goto(`/sok/?${params}`);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done', {
    timeout: FIRST_QUERY_MS,
  });
  return page
    .locator('[data-result]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-result')!));
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
