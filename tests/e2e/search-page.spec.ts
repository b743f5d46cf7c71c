import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from '../support/axe';
import { hydrated, tabTo } from '../support/keyboard';
import { allShown, FIRST_QUERY_MS, openSok, searchAgain, sokResults } from './search-site';
import { sokText } from '../../src/i18n/sok';
import { dictionaries } from '../../src/i18n/ui';
import { get, goto } from '../support/goto';
import { load } from 'js-yaml';
import { definingPlace, type OrdEntry } from '../../src/lib/search-terms';

// Search from every page (issue 12): the plain form in the header, and the results page /sok/.
const query = 'lønnstilskudd';

test('1280 px, keyboard only: the header form on a content page takes a query to /sok/ and its results', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await goto(page, '/regelverk/');
  const input = page.getByRole('search').getByLabel(sokText.headerLabel);
  await expect(input).toBeVisible();
  await expect(page.locator('[data-header-search-link]')).toBeHidden();
  await tabTo(page, input, { max: 15 });
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done', {
    timeout: FIRST_QUERY_MS,
  });
  await expect(page.locator('[data-result]').first()).toHaveAttribute(
    'data-result',
    '/regelverk/midlertidig-lonnstilskudd/'
  );
  await expect(page.locator('[data-search-input]')).toHaveValue(query);
});

test('320 px, keyboard only: the «Søk» link in the nav row opens /sok/ with the box focused; typing and Enter search', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await goto(page, '/regelverk/');
  await expect(page.locator('[data-header-search]')).toBeHidden();
  const link = page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: sokText.navLink, exact: true });
  await tabTo(page, link, { max: 15 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/sok/');
  await hydrated(page);
  await expect(page.locator('[data-search-input]')).toBeFocused();
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/sok/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done', {
    timeout: FIRST_QUERY_MS,
  });
  await expect(page.locator('[data-result]').first()).toBeVisible();
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
  ).toBeLessThanOrEqual(0);
});

test('390 px: the «Søk» link does not make the header taller than it is without it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await goto(page, '/regelverk/');
  const header = page.locator('.site-header');
  await expect(page.locator('[data-header-search-link]')).toBeVisible();
  const withLink = await header.evaluate((e) => e.getBoundingClientRect().height);
  await page.locator('.site-nav__search').evaluate((e) => {
    (e as HTMLElement).style.display = 'none';
  });
  const without = await header.evaluate((e) => e.getBoundingClientRect().height);
  expect(withLink).toBe(without);
});

test('the header search is a <search> landmark with a visible label, a GET form to /sok/, and no suggestions', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await goto(page, '/');
  const landmark = page.getByRole('search', { name: sokText.headerLabel });
  await expect(landmark).toHaveCount(1);
  expect(await landmark.evaluate((e) => e.tagName)).toBe('SEARCH');
  await expect(landmark.locator('label')).toBeVisible();
  const form = landmark.locator('form');
  await expect(form).toHaveAttribute('action', '/sok/');
  await expect(form).toHaveAttribute('method', 'get');
  await expect(landmark.locator('input')).toHaveAttribute('autocomplete', 'off');
  await expect(landmark.locator('input')).not.toHaveAttribute('list');
  await expect(landmark.locator('[role="listbox"], datalist')).toHaveCount(0);
});

test(`«${query}» on /sok/ finds rules, stories, ordliste terms, FAQ answers and other pages, each with its type`, async ({
  page,
}) => {
  await sokResults(page, query);
  const hits = await allShown(page);
  const types = new Set(hits.map((h) => h.type));
  expect([...types].sort()).toEqual(['historie', 'ordliste', 'regelverk', 'side', 'sporsmal']);
  for (const h of hits) {
    const want = h.url.startsWith('/regelverk/')
      ? 'regelverk'
      : h.url.startsWith('/suksesshistorier/')
        ? 'historie'
        : h.url.startsWith('/ordliste/#')
          ? 'ordliste'
          : h.url.startsWith('/ofte-stilte-sporsmal/#')
            ? 'sporsmal'
            : 'side';
    expect(h.type, h.url).toBe(want);
  }
  expect(hits.some((h) => /^\/ordliste\/#[a-z0-9-]+$/.test(h.url))).toBe(true);
  expect(hits.some((h) => /^\/ofte-stilte-sporsmal\/#[a-z0-9-]+$/.test(h.url))).toBe(true);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('role', 'status');
  await expect(page.locator('[data-search-status]')).toHaveText(`${hits.length} treff`);
});

test('/sok/ has one search box, its own, and its title names the query', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await goto(page, '/sok/');
  await expect(page.getByRole('search')).toHaveCount(1);
  await expect(page.locator('[data-header-search]')).toHaveCount(0);
  await expect(page.locator('[data-header-search-link]')).toBeVisible();
  const title = await page.title();
  await searchAgain(page, 'hull i CV');
  await expect(page).toHaveTitle(`«hull i CV» – ${title}`);
  await searchAgain(page, 'mentor');
  await expect(page).toHaveTitle(`«mentor» – ${title}`);
});

test('«Søker …» is shown while a slow search runs, but a screen reader hears only the count', async ({
  page,
}) => {
  await openSok(page);
  // Hold the index back, so the search stays in its loading state long enough to look at.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/pagefind/index/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('[data-search-input]').fill('mentor');
  await page.locator('[data-search-input]').press('Enter');
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('data-search-status', 'loading');
  await expect(status).toHaveText(/Søker/);
  expect(await status.ariaSnapshot()).not.toMatch(/Søker/);
  release();
  await expect(status).toHaveAttribute('data-search-status', 'done', { timeout: FIRST_QUERY_MS });
  expect(await status.ariaSnapshot()).toMatch(/\d+ treff/);
});

test('the type filter narrows the hits to one type and goes in the URL', async ({ page }) => {
  await sokResults(page, query);
  await page.locator('[data-type="ordliste"]').check();
  await expect(page).toHaveURL(/[?&]type=ordliste/);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done', {
    timeout: FIRST_QUERY_MS,
  });
  const hits = await allShown(page);
  expect(hits.length).toBeGreaterThan(0);
  for (const h of hits) expect(h.type, h.url).toBe('ordliste');
  await page.reload();
  await expect(page.locator('[data-type="ordliste"]')).toBeChecked();
});

test('an ordliste anchor and a FAQ anchor from the results exist on their pages', async ({
  page,
  request,
}) => {
  const hits = await (async () => {
    await sokResults(page, query);
    return allShown(page);
  })();
  for (const url of hits.map((h) => h.url).filter((u) => u.includes('#'))) {
    const [path, id] = url.split('#') as [string, string];
    expect(await (await get(request, path)).text(), url).toContain(`id="${id}"`);
  }
});

test('no hits: says so in the live region, with help: spelling, the ordliste, the rule list and the wizard', async ({
  page,
}) => {
  await sokResults(page, 'qzxwvjkq');
  await expect(page.locator('[data-search-status]')).toHaveText('0 treff');
  const help = page.locator('[data-no-hits]');
  await expect(help).toContainText('qzxwvjkq');
  await expect(help).toContainText(sokText.noneSpelling);
  for (const href of ['/ordliste/', '/regelverk/', '/veiviser/'])
    await expect(help.locator(`a[href="${href}"]`)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('axe: /sok/ with hits, with the type filter, and before a search', async ({ page }) => {
  test.setTimeout(120_000); // three axe runs
  await sokResults(page, query);
  expect(await axeViolations(page)).toEqual([]);
  await sokResults(page, query, 'sporsmal');
  expect(await axeViolations(page)).toEqual([]);
  await goto(page, '/sok/');
  await hydrated(page);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header form still reaches /sok/, which says search needs JavaScript and offers the lists', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await goto(page, '/regelverk/hovedreglene/');
    await page.getByRole('search').getByLabel(sokText.headerLabel).fill(query);
    await page.getByRole('search').getByRole('button', { name: sokText.submit }).click();
    await expect(page).toHaveURL(`/sok/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-nojs]')).toHaveText(sokText.noJs);
    for (const href of [
      '/ordliste/',
      '/regelverk/',
      '/veiviser/',
      '/suksesshistorier/',
      '/ofte-stilte-sporsmal/',
    ]) {
      await expect(
        page.locator(`main [data-browse-links] a[href="${href}"]`).first()
      ).toBeVisible();
    }
  });
});

test('content pages load no search JavaScript; only /sok/ and the story list do', async ({
  page,
}) => {
  for (const path of [
    '/',
    '/regelverk/hovedreglene/',
    '/ordliste/',
    '/ofte-stilte-sporsmal/',
    '/suksesshistorier/statens-vegvesen/',
  ]) {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    await goto(page, path, { waitUntil: 'networkidle' });
    // Use the header form's field: a plain form fetches nothing until it is sent. Its label is in
    // the page's written form (the story is in nynorsk).
    const lang = (await page.locator('html').getAttribute('lang')) === 'nn' ? 'nn' : 'nb';
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('search').getByLabel(dictionaries[lang].search.headerLabel).fill('mentor');
    expect(
      scripts.filter((u) => /pagefind|SiteSearch|StorySearch|useSearch|react|client\./.test(u)),
      path
    ).toEqual([]);
    await expect(page.locator('astro-island')).toHaveCount(0);
    page.removeAllListeners('request');
  }
});

test('/sok/ is noindex and not in the sitemap or the search index', async ({ page, request }) => {
  await goto(page, '/sok/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/sok/');
  const urls = await sokResults(page, 'søk');
  expect(urls.every((u) => !u.startsWith('/sok/'))).toBe(true);
  expect((await request.get('/sok/')).status()).toBe(200);
});

// Issue 19, item 1: a hit on a long rule page opens at the section that matches (Pagefind's
// sub-results by heading anchor), named under the title, not at the top of the page.
test('«prøvetid»: the rule page hit opens at its «Prøvetid» section', async ({ page }) => {
  const path = '/regelverk/midlertidig-ansettelse/';
  const urls = await sokResults(page, 'prøvetid');
  expect(urls).toContain(path);
  const hit = page.locator(`[data-result="${path}"]`);
  const link = hit.locator('h3 a');
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`^${path}#[a-z0-9-]+$`));
  await expect(hit.locator('[data-result-section]')).toHaveText(/prøvetid/i);
  await link.click();
  await expect(page.locator(href.slice(href.indexOf('#')))).toBeInViewport();
});

test('the readers’ questions are fetched once, on the first query of several words, and move the page readers meant up', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/pagefind/sporsmal.txt') fetched.push(r.url());
  });
  await openSok(page);
  await searchAgain(page, 'lønnstilskudd');
  expect(fetched, 'a one-word query does not fetch them').toEqual([]);
  // One of the 66: Pagefind alone puts the FAQ answer first (docs/ytelse.md «Runde 6»).
  const urls = await searchAgain(page, 'ansette uten å lyse ut');
  expect(urls[0]).toBe('/regelverk/unntak-fra-utlysning/');
  await searchAgain(page, 'hvor lenge varer arbeidstrening');
  expect(fetched).toHaveLength(1);
});

test('a term written with a typo («inkluderingstilsudd», «hul i CV») puts the place that defines it first', async ({
  page,
}) => {
  // The defining places as the ordliste says, not as the search happens to rank them.
  const entries = load(readFileSync('content/ordliste.yaml', 'utf8')) as OrdEntry[];
  const place = (id: string) => definingPlace(entries.find((e) => e.id === id)!);
  const typo = await sokResults(page, 'inkluderingstilsudd');
  expect(typo[0]?.split('#')[0]).toBe(place('inkluderingstilskudd'));
  const cv = await sokResults(page, 'hul i CV');
  expect(cv[0]?.split('#')[0]).toBe(place('hull-i-cv'));
});

test('a term named inside a longer query puts the place that defines it among the first three', async ({
  page,
}) => {
  const entries = load(readFileSync('content/ordliste.yaml', 'utf8')) as OrdEntry[];
  const place = definingPlace(entries.find((e) => e.id === 'malgruppen')!);
  // From the tune half of the second blind set: without the rule the page came fourth.
  const urls = await sokResults(
    page,
    'må kandidaten ha et vedtak fra NAV for å være i målgruppen?'
  );
  expect(urls.slice(0, 3).map((u) => u.split('#')[0])).toContain(place);
});
