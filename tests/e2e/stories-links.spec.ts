import { expect, test } from '../support/reused-page';
import { contentStories } from '../support/content-stories';
import { frontmatters } from '../support/content-files';
import { results } from '../support/wizard-sample';
import {
  featured,
  routesWithStories,
  storiesForRoute,
  storiesForRoutes,
  STORY_LINKS_MAX,
} from '../../src/lib/stories';
import type { RouteId } from '../../src/lib/vocabulary';
import { goto } from '../support/goto';
import { nb } from '../../src/i18n/nb';
import { nn } from '../../src/i18n/nn';

// Links both ways: rule pages and wizard results show the stories that used their routes, and
// nothing at all when none did. A list longer than STORY_LINKS_MAX is cut, with links to the full lists.
const stories = contentStories();
const withStories = (id: RouteId) => storiesForRoute(stories, id).length > 0;

for (const { slug, data } of frontmatters('regelverk')) {
  const routes = (data as unknown as { routes?: RouteId[] }).routes ?? [];
  const all = storiesForRoutes(stories, routes);
  const { shown, more } = featured(all);
  const expected = shown.map((s) => s.slug);
  test(`regelverk/${slug}: ${all.length > 0 ? `«Historier som bruker denne veien» lists ${expected.length} of the ${all.length} stories` : 'shows no story block'}`, async ({
    page,
  }) => {
    await goto(page, `/regelverk/${slug}/`);
    const block = page.locator('[data-related-stories]');
    if (expected.length === 0) {
      await expect(block).toHaveCount(0);
      return;
    }
    // In the page's written form: «Historier som brukar denne vegen» on a nynorsk page (issue 20).
    const related = ((data as { lang?: string }).lang === 'nn' ? nn : nb).story.related;
    await expect(block.locator('h2')).toHaveText(related);
    expect(
      await block
        .locator('[data-story]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-story')))
    ).toEqual(expected);
    for (const s of expected)
      await expect(block.locator(`[data-story="${s}"] a`)).toHaveAttribute(
        'href',
        `/suksesshistorier/${s}/`
      );
    // The rest are one link away: each route's full list, with its count.
    const links = block.locator('[data-route-all]');
    if (more === 0) {
      await expect(links).toHaveCount(0);
      return;
    }
    await expect(block.locator('[data-related-more]')).toHaveAttribute(
      'data-related-more',
      String(more)
    );
    const wanted = routesWithStories(stories, routes);
    expect(await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual(
      wanted.map((r) => `/suksesshistorier/rute/${r.id}/`)
    );
    for (const r of wanted)
      await expect(block.locator(`[data-route-all="${r.id}"] + .meta`)).toHaveText(
        `(${r.count} ${r.count === 1 ? 'historie' : 'historier'})`
      );
  });
}

// One result where a fitting route has stories, one where a fitting route has none.
const fitting = (r: (typeof results)[number]) =>
  [...r.outcome.fits, ...r.outcome.mayFit].map((a) => a.routeId);
const withStory = results.find((r) => fitting(r).includes('lonnstilskudd'))!;
const without = results.find((r) => fitting(r).some((id) => !withStories(id)))!;

test('a wizard result links each fitting route to the stories that used it, with their count', async ({
  page,
}) => {
  await goto(page, withStory.path);
  for (const id of fitting(withStory)) {
    const link = page.locator(`[data-route-all="${id}"]`);
    const count = storiesForRoute(stories, id).length;
    // One link per route, not the titles: on every prebuilt result in two written forms the
    // titles were 28 MB of dist/ (issue 20).
    await expect(link, id).toHaveCount(count === 0 ? 0 : 1);
    if (count === 0) continue;
    await expect(link, id).toHaveAttribute('href', `/suksesshistorier/rute/${id}/`);
    await expect(link, id).toHaveText(
      count === 1
        ? 'Historien fra en arbeidsgiver som har brukt veien'
        : `${count} historier fra arbeidsgivere som har brukt veien`
    );
  }
  // The link sits in the route's «Detaljer» (issue 10, item 2): one click shows it.
  await page.locator('details:has([data-route-all="lonnstilskudd"]) > summary').click();
  await expect(page.locator('[data-route-all="lonnstilskudd"]')).toBeVisible();
});

// arbeidstrening has more stories than STORY_LINKS_MAX (11 in November 2026): the list behind the link has them all.
test('a wizard result’s story link opens the route’s full list', async ({ page }) => {
  const all = storiesForRoute(stories, 'arbeidstrening');
  expect(all.length, 'needs a route with more stories than STORY_LINKS_MAX').toBeGreaterThan(
    STORY_LINKS_MAX
  );
  const result = results.find((r) => fitting(r).includes('arbeidstrening'))!;
  await goto(page, result.path);
  const link = page.locator('[data-route-all="arbeidstrening"]');
  await expect(link).toHaveText(`${all.length} historier fra arbeidsgivere som har brukt veien`);
  // Opened at once, not animated (Designsystemet's 0.4 s): a click mid-opening can miss the link.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.locator('details:has([data-route-all="arbeidstrening"]) > summary').click();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/suksesshistorier\/rute\/arbeidstrening\/$/);
  await expect(page.locator('[data-story-list] > li')).toHaveCount(all.length);
});

test('a wizard result shows no story box for a fitting route no story used', async ({ page }) => {
  const id = fitting(without).find((x) => !withStories(x))!;
  await goto(page, without.path);
  await expect(page.locator(`[id$="-${id}"]`).first()).toBeVisible();
  await expect(page.locator(`[data-route-all="${id}"]`)).toHaveCount(0);
});
