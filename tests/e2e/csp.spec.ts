import { expect, test, type Page } from '@playwright/test';
import { contentStories } from '../support/content-stories';
import { expectStrictCsp } from '../support/csp';
import { hydrated } from '../support/keyboard';
import { filterStories, type Selection } from '../../src/lib/stories';
import { searchStateToQuery } from '../../src/lib/story-search';
import { goto } from '../support/goto';

// The Content-Security-Policy nginx sends, and proof that the scripts the site runs keep within
// it: Pagefind (WebAssembly in a worker), the wizard island and «Kopier lenke». server.spec.ts
// checks the same policy on the other responses (expectSecure).
const stories = contentStories();

test('the CSP of the search page, the wizard and the Pagefind worker: hashes, wasm and workers, no unsafe-inline or eval, no framing', async ({
  request,
}) => {
  for (const path of ['/suksesshistorier/', '/veiviser/', '/pagefind/pagefind-worker.js']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(
      response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy'),
      `${path}: one policy`
    ).toHaveLength(1);
    expectStrictCsp(response.headers()['content-security-policy']);
  }
});

type Probed = Window & { cspViolations?: string[] };

/**
 * Collects what the browser reports: 'securitypolicyviolation' events in the document (kept in
 * window by an init script, so read them with `collect()` before leaving a page), console errors
 * and uncaught errors, Pagefind's warning when its worker fails, and the workers started. A
 * violation inside the worker (its WebAssembly) fires no event in the document; Chromium logs it
 * as a console error, which `errors` holds.
 */
async function probe(page: Page) {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as Probed).cspViolations = found;
    document.addEventListener('securitypolicyviolation', (e) =>
      found.push(
        `${e.effectiveDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile || document.URL}:${e.lineNumber})`
      )
    );
  });
  const violations: string[] = [];
  const errors: string[] = [];
  const workers: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || (m.type() === 'warning' && /pagefind/i.test(m.text())))
      errors.push(`${m.type()}: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  const current = () => page.evaluate(() => (window as Probed).cspViolations ?? ['probe missing']);
  return {
    violations,
    errors,
    workers,
    current,
    collect: async () => void violations.push(...(await current())),
  };
}

test('a search with a filter, a wizard step and «Kopier lenke» run with no CSP violation and no console error', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const seen = await probe(page);

  // Pagefind: the index in WebAssembly, searched in its worker.
  const selection: Selection = { sektor: ['statlig'] };
  let response = await goto(page, '/suksesshistorier/');
  expectStrictCsp(response!.headers()['content-security-policy']); // the policy this page runs under
  await hydrated(page);
  await page.locator('[data-search-input]').fill('arbeidstrening');
  await page.locator('[data-search-input]').press('Enter');
  await page.locator('[data-filter="sektor:statlig"]').check();
  await expect(page).toHaveURL(
    `/suksesshistorier/${searchStateToQuery({ q: 'arbeidstrening', selection })}`
  );
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done');
  const urls = await page
    .locator('[data-result]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-result')));
  expect(urls.length, 'results came back').toBeGreaterThan(0);
  const allowed = filterStories(stories, selection).map((s) => `/suksesshistorier/${s.slug}/`);
  for (const url of urls) expect(allowed, 'every hit passes the filter').toContain(url);
  expect(seen.workers, 'Pagefind ran in its worker').toContain('/pagefind/pagefind-worker.js');
  await seen.collect();

  // The wizard island: one answer, handled in the page (no reload).
  response = await goto(page, '/veiviser/');
  expectStrictCsp(response!.headers()['content-security-policy']);
  await hydrated(page);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.locator('.wizard-answers a[href$="/statlig/"]').click();
  await expect(page).toHaveURL('/veiviser/statlig/');
  await expect(page.locator('#sporsmal')).toHaveText('Hva slags behov har dere?');
  await expect(page.locator('#sporsmal')).toBeFocused();
  expect(
    await page.evaluate(() => (window as unknown as { marker?: number }).marker),
    'the island answered, not a page load'
  ).toBe(1);
  await seen.collect();

  // «Kopier lenke» on a regelverk page.
  const regelverk = '/regelverk/unntak-fra-utlysning/';
  response = await goto(page, regelverk);
  expectStrictCsp(response!.headers()['content-security-policy']);
  const link = page.locator('a[data-copy-link][href="#lonnstilskudd"]');
  await link.click();
  await expect(link.locator('xpath=following-sibling::*[@role="status"][1]')).toHaveText(
    'Lenken er kopiert'
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}${regelverk}#lonnstilskudd`
  );
  await seen.collect();

  expect(seen.violations, 'CSP violations').toEqual([]);
  expect(seen.errors, 'console errors').toEqual([]);
});

test('the probe works: an injected inline script is blocked, reported and logged', async ({
  page,
}) => {
  const seen = await probe(page);
  await goto(page, '/suksesshistorier/');
  expect(await seen.current()).toEqual([]);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
  });
  await expect.poll(seen.current).toEqual([expect.stringMatching(/^script-src-elem: inline /)]);
  expect(
    await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)
  ).toBeUndefined();
  await expect.poll(() => seen.errors).toEqual([expect.stringMatching(/Content Security Policy/)]);
});
