import { expect, test } from '@playwright/test';
import { contentStories } from '../fixtures/content-stories';
import { frontmatters } from './content-files';
import { results } from './wizard-sample';
import { storiesForRoute, storiesForRoutes } from '../../src/lib/stories';
import type { RouteId } from '../../src/lib/vocabulary';

// Links both ways: rule pages and wizard results show the stories that used their routes, and
// nothing at all when none did.
const stories = contentStories();
const withStories = (id: RouteId) => storiesForRoute(stories, id).length > 0;

for (const { slug, data } of frontmatters('regelverk')) {
  const routes = ((data as unknown as { routes?: RouteId[] }).routes ?? []);
  const expected = storiesForRoutes(stories, routes).map((s) => s.slug);
  test(`regelverk/${slug}: ${expected.length > 0 ? `«Historier som bruker denne veien» lists the ${expected.length} stories` : 'shows no story block'}`, async ({ page }) => {
    await page.goto(`/regelverk/${slug}/`);
    const block = page.locator('[data-related-stories]');
    if (expected.length === 0) {
      await expect(block).toHaveCount(0);
      return;
    }
    await expect(block.locator('h2')).toHaveText('Historier som bruker denne veien');
    expect(await block.locator('[data-story]').evaluateAll((els) => els.map((e) => e.getAttribute('data-story')))).toEqual(expected);
    for (const s of expected) await expect(block.locator(`[data-story="${s}"] a`)).toHaveAttribute('href', `/suksesshistorier/${s}/`);
  });
}

// One result where a fitting route has stories, one where a fitting route has none.
const fitting = (r: (typeof results)[number]) => [...r.outcome.fits, ...r.outcome.mayFit].map((a) => a.routeId);
const withStory = results.find((r) => fitting(r).includes('lonnstilskudd'))!;
const without = results.find((r) => fitting(r).some((id) => !withStories(id)))!;

test('a wizard result shows the stories that used a fitting route', async ({ page }) => {
  await page.goto(withStory.path);
  for (const id of fitting(withStory)) {
    const box = page.locator(`[data-route-stories="${id}"]`);
    const expected = storiesForRoute(stories, id).map((s) => `/suksesshistorier/${s.slug}/`);
    if (expected.length === 0) { await expect(box, id).toHaveCount(0); continue; }
    await expect(box, id).toHaveCount(1);
    expect(await box.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual(expected);
  }
  await expect(page.locator('[data-route-stories="lonnstilskudd"]')).toBeVisible();
});

test('a wizard result shows no story box for a fitting route no story used', async ({ page }) => {
  const id = fitting(without).find((x) => !withStories(x))!;
  await page.goto(without.path);
  await expect(page.locator(`[id$="-${id}"]`).first()).toBeVisible();
  await expect(page.locator(`[data-route-stories="${id}"]`)).toHaveCount(0);
});
