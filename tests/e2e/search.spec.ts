import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { axeViolations } from '../support/axe';
import { contentStories } from '../support/content-stories';
import { frontmatters } from '../support/content-files';
import { searchQueries } from '../support/search-queries';
import { allShown, ordliste, searchAgain, sokResults } from './search-site';
import { counts, facetKeys, filterStories, type Selection } from '../../src/lib/stories';
import { searchStateToQuery } from '../../src/lib/story-search';
import { RESULTS_STEP } from '../../src/lib/search-options';
import { get, goto } from '../support/goto';
import { figureRecords, RECORD_PAGES } from '../../src/integrations/search-records.mjs';
import { SIDE_PAGES } from '../../src/integrations/pagefind.mjs';
import { figures, formatValue } from '../../src/lib/figures';

// The Pagefind search on /suksesshistorier/, through its own search box and checkboxes. It
// searches stories only; /sok/ searches every type (search-page.spec.ts, search-queries.spec.ts).
const stories = contentStories();
const regelverk = frontmatters('regelverk');

test.beforeAll(() => {
  expect(
    existsSync('dist/pagefind/pagefind.js'),
    'dist/pagefind mangler: astro build lager den (scripts/pagefind-index.mjs)'
  ).toBe(true);
});

async function open(page: Page, state: { q?: string; selection?: Selection }) {
  await goto(
    page,
    `/suksesshistorier/${searchStateToQuery({ q: state.q ?? '', selection: state.selection ?? {} })}`
  );
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done');
  // Counts come with a ticked filter; a plain text search leaves them until the filters are used.
  const ticked = Object.values(state.selection ?? {}).some((v) => v.length > 0);
  await expect(page.locator('[data-counts]')).toHaveAttribute(
    'data-counts',
    ticked ? 'ready' : 'later'
  );
}
const resultUrls = (page: Page) =>
  page.locator('[data-result]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result')));
/** Every result, fetching the next batch with «Vis flere treff» until there is none. */
async function allResultUrls(page: Page) {
  const more = page.locator('[data-search-more]');
  while ((await more.count()) > 0) {
    const before = await page.locator('[data-result]').count();
    await more.click();
    await expect(page.locator('[data-result]')).not.toHaveCount(before);
  }
  return resultUrls(page);
}

/** Each filter box as shown: its «key:value», the count beside it and whether it is ticked. */
const filterCounts = (page: Page) =>
  page
    .locator('[data-filter]')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          [
            e.getAttribute('data-filter')!,
            Number(e.parentElement!.querySelector('[data-count]')!.getAttribute('data-count')),
            (e as HTMLInputElement).checked,
          ] as const
      )
    );

const faqAnswers = () =>
  [...readFileSync('content/sider/ofte-stilte-sporsmal.mdx', 'utf8').matchAll(/<H2 id="/g)].length;
/** The figure records (issue 19, item 1; search-records.mjs, unit-tested) from the built rule pages. */
const figureRecordCount = () =>
  figureRecords(
    regelverk.map((r) => ({
      path: `/regelverk/${r.slug}/`,
      html: readFileSync(`dist/regelverk/${r.slug}/index.html`, 'utf8'),
    })),
    figures,
    (f) => formatValue(f as Parameters<typeof formatValue>[0])
  ).length;

test('the index holds the story, regelverk and other pages, one record per ordliste entry and FAQ answer and the figure records, with type and story filters', async ({
  page,
  request,
}) => {
  const entry = (await (await get(request, '/pagefind/pagefind-entry.json')).json()) as {
    languages: Record<string, { page_count: number }>;
  };
  const terms = ordliste().length;
  // The stories, and the page of short examples (issue 19), are of type «historie».
  const storyPages = stories.length + 1;
  const figureSections = figureRecordCount();
  // The other pages, and one record each for the ordliste and the FAQ page as a whole.
  const sidePages = SIDE_PAGES.length + Object.keys(RECORD_PAGES).length;
  expect(figureSections).toBeGreaterThan(5);
  expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0)).toBe(
    storyPages + regelverk.length + figureSections + terms + faqAnswers() + sidePages
  );
  await goto(page, '/suksesshistorier/');
  const filters = await page.evaluate(async () => {
    const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
    return pf.filters() as Promise<Record<string, Record<string, number>>>;
  });
  // `rang`: the search words a page's title or lead carries, and rule pages, for ties on /sok/.
  expect(Object.keys(filters).sort()).toEqual([...facetKeys, 'definerer', 'rang', 'type'].sort());
  expect(filters.type).toEqual({
    historie: storyPages,
    regelverk: regelverk.length + figureSections,
    ordliste: terms,
    sporsmal: faqAnswers(),
    side: sidePages,
  });
  const expected = counts(stories, {});
  for (const key of facetKeys) {
    const nonZero = Object.fromEntries(Object.entries(expected[key]).filter(([, n]) => n > 0));
    expect(filters[key] ?? {}, key).toEqual(nonZero);
  }
});

const storyQueries = searchQueries.filter((q) => q.kind === 'historie');
test(`story list: each of the ${storyQueries.length} story queries finds its story first`, async ({
  page,
}) => {
  // One load; the queries typed one after another into the story list's own search box.
  await goto(page, '/suksesshistorier/');
  await expect(page.locator('[data-story-search] [data-search-input]')).toBeVisible();
  for (const { query, first } of storyQueries)
    expect.soft((await searchAgain(page, query))[0], `«${query}»`).toBe(first);
});

test('the story list finds stories only, where /sok/ also finds the rule pages', async ({
  page,
}) => {
  await open(page, { q: 'tilskudd' });
  const urls = await allResultUrls(page);
  expect(urls).toContain('/suksesshistorier/statens-vegvesen/'); // «lønnstilskudd» only: the synonym table
  for (const url of urls) expect(url).toMatch(/^\/suksesshistorier\/[a-z0-9-]+\/$/);
  await sokResults(page, 'tilskudd');
  const all = (await allShown(page)).map((h) => h.url);
  expect(all).toContain('/regelverk/midlertidig-lonnstilskudd/'); // lønnstilskudd
  expect(all).toContain('/regelverk/arbeidstrening-og-andre-tiltak/'); // tilretteleggingstilskudd
  expect(all).toContain('/suksesshistorier/statens-vegvesen/');
});

test('«hull i CV» on the story list finds every story about the group', async ({ page }) => {
  await open(page, { q: 'hull i CV' });
  const urls = await allResultUrls(page);
  for (const s of stories.filter((x) => x.targetGroups.includes('hull-i-cv')))
    expect(urls, s.slug).toContain(`/suksesshistorier/${s.slug}/`);
});

test('no wizard step, filter page or list page is in the results, on the story list or on /sok/', async ({
  page,
}) => {
  // Five queries on two pages, each paged to the end: 35 s once on a loaded machine.
  test.setTimeout(120_000);
  for (const q of ['veiviser', 'suksesshistorier', 'sektor', 'lønnstilskudd', 'NAV']) {
    await open(page, { q });
    for (const url of await allResultUrls(page))
      expect(url, q).toMatch(/^\/suksesshistorier\/(?!sektor\/|rute\/|malgruppe\/)[a-z0-9-]+\/$/);
    await sokResults(page, q);
    for (const { url } of await allShown(page)) {
      expect(url, q).toMatch(
        // A rule page's figure record is at a section of it; the wizard is found by its start only;
        // the ordliste and the FAQ by an entry or as a whole.
        /^\/(regelverk\/[a-z0-9-]+\/(#[a-z0-9-]+)?|suksesshistorier\/(?!sektor\/|rute\/|malgruppe\/)[a-z0-9-]+\/|ordliste\/(#[a-z0-9-]+)?|ofte-stilte-sporsmal\/(#[a-z0-9-]+)?|(om|personvern|tilgjengelighetserklaering|hva-arbeidsgivere-forteller|endringslogg|veiviser)\/)$/
      );
    }
  }
});

test('a result shows its title, type and an excerpt', async ({ page }) => {
  await open(page, { q: 'Statens vegvesen' });
  const hit = page.locator('[data-result="/suksesshistorier/statens-vegvesen/"]');
  await expect(hit.locator('h3 a')).toHaveText(
    stories.find((s) => s.slug === 'statens-vegvesen')!.title
  );
  await expect(hit.locator('[data-result-type]')).toHaveText('Historie');
  await expect(hit.locator('p.ds-paragraph')).toContainText('Statens vegvesen');
  await sokResults(page, 'intervjuplikt');
  await expect(
    page.locator('[data-result="/regelverk/intervjuplikt-og-saerbehandling/"] [data-result-type]')
  ).toHaveText('Regelverk');
});

const selections: Selection[] = [
  { sektor: ['statlig'] },
  { sektor: ['kommune', 'privat'] },
  { sektor: ['statlig', 'privat'], rute: ['lonnstilskudd', 'arbeidstrening'] },
  { rute: ['arbeidstrening'], malgruppe: ['innvandrerbakgrunn'] },
  { malgruppe: ['hull-i-cv', 'innvandrerbakgrunn'], region: ['oslo', 'vestland'] },
];
for (const selection of selections) {
  test(`filters ${JSON.stringify(selection)}: OR within a group, AND across, counts as counts()`, async ({
    page,
  }) => {
    await open(page, { selection });
    const expected = filterStories(stories, selection)
      .map((s) => `/suksesshistorier/${s.slug}/`)
      .sort();
    expect((await allResultUrls(page)).sort()).toEqual(expected);
    await expect(page.locator('[data-search-status]')).toHaveText(
      expected.length === 1 ? '1 treff' : `${expected.length} treff`
    );
    const want = counts(stories, selection);
    const shown = await filterCounts(page);
    for (const [filter, n, checked] of shown) {
      const [key, value] = filter.split(':') as [keyof typeof want, string];
      expect(n, filter).toBe(want[key][value]);
      expect(checked, filter).toBe((selection[key] ?? []).includes(value));
    }
  });
}

test('ticking boxes and typing put the state in the URL, and the URL reproduces the view after reload and in a new browser', async ({
  page,
  browser,
}) => {
  await goto(page, '/suksesshistorier/');
  await page.locator('[data-filter="sektor:statlig"]').check();
  await page.locator('[data-filter="rute:arbeidstrening"]').check();
  await page.locator('[data-search-input]').fill('NAV');
  await page.locator('[data-search-input]').press('Enter');
  await expect(page).toHaveURL(/\?q=NAV&sektor=statlig&rute=arbeidstrening$/);
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done');
  const before = await resultUrls(page);
  expect(before.length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done');
  expect(await resultUrls(page)).toEqual(before);
  await expect(page.locator('[data-filter="sektor:statlig"]')).toBeChecked();
  await expect(page.locator('[data-search-input]')).toHaveValue('NAV');
  // A copied link, opened by someone else: a fresh context with no history or storage.
  const context = await browser.newContext();
  const other = await context.newPage();
  await goto(other, page.url());
  await expect(other.locator('[data-search-status]')).toHaveAttribute('data-search-status', 'done');
  expect(await resultUrls(other)).toEqual(before);
  await expect(other.locator('[data-filter="sektor:statlig"]')).toBeChecked();
  await expect(other.locator('[data-filter="rute:arbeidstrening"]')).toBeChecked();
  await expect(other.locator('[data-search-status]')).toHaveText(
    await page.locator('[data-search-status]').innerText()
  );
  await context.close();
});

test('a text search fetches only the type filter (stories only) until the reader reaches the filters; then the counts follow the query', async ({
  page,
  browser,
}) => {
  // The chunk of the `type` filter: what /sok/ fetches when the reader picks one type (own context: a cold cache).
  const context = await browser.newContext();
  const sok = await context.newPage();
  const typeChunk: string[] = [];
  sok.on('request', (r) => {
    if (r.url().includes('/pagefind/filter/')) typeChunk.push(r.url());
  });
  await sokResults(sok, 'Statens vegvesen', 'historie');
  expect(typeChunk.length).toBe(1);
  await context.close();
  const filterRequests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/pagefind/filter/')) filterRequests.push(r.url());
  });
  await open(page, { q: 'Statens vegvesen' });
  expect(filterRequests).toEqual(typeChunk);
  await expect(page.locator('[data-count]')).toHaveCount(0);
  await page.locator('[data-counts]').hover();
  await expect(page.locator('[data-counts]')).toHaveAttribute('data-counts', 'ready');
  expect(filterRequests.length).toBeGreaterThan(0);
  // Over the hits for «Statens vegvesen», not over all stories.
  const resultSet = new Set(await allResultUrls(page));
  const want = counts(
    stories.filter((s) => resultSet.has(`/suksesshistorier/${s.slug}/`)),
    {}
  );
  const shown = await filterCounts(page);
  expect(shown.length).toBeGreaterThan(0);
  for (const [filter, n] of shown) {
    const [key, value] = filter.split(':') as [keyof typeof want, string];
    expect(n, filter).toBe(want[key][value]);
  }
});

test(`a broad query shows ${RESULTS_STEP} results at a time; «Vis flere treff» adds more and moves focus to the first new one`, async ({
  page,
}) => {
  await open(page, { q: 'NAV' });
  const total = Number(
    /^(\d+) treff$/.exec((await page.locator('[data-search-status]').innerText()).trim())?.[1]
  );
  expect(total, '«NAV» should match more pages than one batch').toBeGreaterThan(RESULTS_STEP);
  await expect(page.locator('[data-result]')).toHaveCount(RESULTS_STEP);
  await expect(page.locator('[data-search-shown]')).toHaveText(
    `Viser ${RESULTS_STEP} av ${total} treff.`
  );
  await page.locator('[data-search-more]').press('Enter');
  const next = Math.min(2 * RESULTS_STEP, total);
  await expect(page.locator('[data-result]')).toHaveCount(next);
  await expect(page.locator('[data-result] a').nth(RESULTS_STEP)).toBeFocused();
  const urls = await resultUrls(page);
  expect(new Set(urls).size).toBe(urls.length);
  if (next === total) await expect(page.locator('[data-search-more]')).toHaveCount(0);
});

test('the result count is in a live region, and clearing brings the plain list back', async ({
  page,
}) => {
  await open(page, { q: 'mentor' });
  const status = page.locator('[data-search-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText(/^\d+ treff$/);
  await expect(page.locator('[data-story-static]')).toBeHidden();
  await page.getByRole('button', { name: 'Fjern søk og filtre' }).click();
  await expect(page).toHaveURL(/\/suksesshistorier\/$/);
  await expect(page.locator('[data-story-static]')).toBeVisible();
  await expect(page.locator('[data-story-browse]')).toBeHidden(); // the checkboxes replace the links
});

test('typing searches by itself after a short pause', async ({ page }) => {
  await goto(page, '/suksesshistorier/');
  await page.locator('[data-search-input]').pressSequentially('kantine');
  await expect(page.locator('[data-result]').first()).toHaveAttribute(
    'data-result',
    '/suksesshistorier/kantine/'
  );
  await expect(page).toHaveURL(/\?q=kantine$/);
});

test('with results and ticked filters the page still passes axe', async ({ page }) => {
  await open(page, { q: 'lønnstilskudd', selection: { sektor: ['statlig'] } });
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
  ).toBeLessThanOrEqual(0);
});
