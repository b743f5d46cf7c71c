import { expect, test, type Locator } from '@playwright/test';
import { contentStories } from '../support/content-stories';
import { hydrated, tabTo } from '../support/keyboard';
import { historierText } from '../../src/i18n/historier';
import { filterStories, type Selection } from '../../src/lib/stories';
import { searchStateToQuery } from '../../src/lib/story-search';
import { goto } from '../support/goto';

// The search and filters on /suksesshistorier/ with the keyboard alone: Tab, Space, Enter and
// typing. Nothing is clicked, filled or focused from the test.
const stories = contentStories();
// The story list searches stories only (the whole site is /sok/): the hits are stories.
const query = 'lønnstilskudd';
const storyUrl = /^\/suksesshistorier\/[a-z0-9-]+\/$/;
const filter = { facet: 'sektor', value: 'statlig' } as const;
const selection: Selection = { [filter.facet]: [filter.value] };
const count = historierText.search.count;

/** A visible focus ring: an outline that is drawn, or a box-shadow. */
const focusRing = (el: Locator) =>
  el.evaluate((e) => {
    const s = getComputedStyle(e);
    return {
      outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
      shadow: s.boxShadow !== 'none',
      style: `${s.outlineStyle} ${s.outlineWidth} | ${s.boxShadow}`,
    };
  });

test(`keyboard only: search «${query}», tick ${filter.facet}:${filter.value} with Space, open the first hit with Enter`, async ({
  page,
}) => {
  await goto(page, '/suksesshistorier/');
  await hydrated(page);
  const input = page.locator('[data-search-input]');
  const status = page.locator('[data-search-status]');
  const results = page.locator('[data-result]');
  const resultUrls = () =>
    results.evaluateAll((els) => els.map((e) => e.getAttribute('data-result')!));
  await expect(input).toBeAttached(); // rendered once the island has mounted

  // From the top of the page to the search box.
  expect(
    await page.evaluate(() => document.activeElement === document.body),
    'nothing focused before the first Tab'
  ).toBe(true);
  await tabTo(page, input, { max: 40 });
  const focused = await focusRing(input);
  expect(
    focused.outline || focused.shadow,
    `focus indicator on the search box: ${focused.style}`
  ).toBe(true);

  // Type and submit with Enter.
  await page.keyboard.type(query);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    `/suksesshistorier/${searchStateToQuery({ q: query, selection: {} })}`
  );
  await expect(status).toHaveAttribute('data-search-status', 'done');
  await expect(results.first()).toHaveAttribute('data-result', storyUrl);
  const total = Number(/^(\d+)/.exec(await status.innerText())?.[1]);
  // A plain text search does not fetch the filter counts; Tab through the filters (below) does.
  await expect(page.locator('[data-counts]')).toHaveAttribute('data-counts', 'later');

  // Tab on: the box looks different without focus, so the ring above came from the focus.
  await page.keyboard.press('Tab');
  const blurred = await focusRing(input);
  expect(blurred.style, 'the search box looks different without focus').not.toBe(focused.style);

  // The hits come a batch at a time: «Vis flere treff» with Enter until all are there.
  const more = page.locator('[data-search-more]');
  while ((await more.count()) > 0) {
    const shown = await results.count();
    await tabTo(page, more);
    await page.keyboard.press('Enter');
    await expect(results).not.toHaveCount(shown);
    await expect(results.nth(shown).locator('a'), 'focus on the first new hit').toBeFocused();
  }
  const hits = await resultUrls();
  expect(hits.length).toBe(total);
  await expect(status).toHaveText(count(total));

  // The filter narrows the text hits to the stories filterStories() picks for it.
  const inFilter = new Set(
    filterStories(stories, selection).map((s) => `/suksesshistorier/${s.slug}/`)
  );
  const expected = hits.filter((url) => inFilter.has(url));
  expect(expected.length, 'the filter keeps some hits').toBeGreaterThan(0);
  expect(expected.length, 'the filter drops some hits').toBeLessThan(hits.length);
  const box = page.locator(`[data-filter="${filter.facet}:${filter.value}"]`);
  await expect(box).not.toBeChecked();
  await tabTo(page, box, { backwards: true });
  // The box offers the number of hits it will give.
  await expect(
    page.locator(`label[for="${await box.getAttribute('id')}"] [data-count]`)
  ).toHaveAttribute('data-count', String(expected.length));
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(page).toHaveURL(`/suksesshistorier/${searchStateToQuery({ q: query, selection })}`);
  await expect(status).toHaveText(count(expected.length));
  await expect(status).toHaveAttribute('data-search-status', 'done');
  expect((await resultUrls()).sort()).toEqual([...expected].sort());

  // On to the first hit and open it.
  const link = results.first().locator('a');
  const target = (await results.first().getAttribute('data-result'))!;
  expect(await link.getAttribute('href')).toBe(target);
  await tabTo(page, link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target);
  await expect(page.locator('h1')).toHaveText(
    stories.find((s) => target === `/suksesshistorier/${s.slug}/`)!.title
  );
});
