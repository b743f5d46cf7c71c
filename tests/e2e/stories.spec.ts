import { expect, test } from '@playwright/test';
import { contentStories } from '../support/content-stories';
import { yamlList } from '../support/content-files';
import { filterStories, groupByScope, staticFilterPages, storyScope } from '../../src/lib/stories';
import { route } from '../../src/lib/vocabulary';

// The story pages, the list and the static filter pages, checked against the content files
// through the same pure functions the pages use. Without JavaScript: these must work as plain HTML.
test.use({ javaScriptEnabled: false });

const stories = contentStories();
const kilder = new Map(
  yamlList<{ id: string; title: string; kind: string; year?: string; publisher: string }>(
    'kilder.yaml'
  ).map((k) => [k.id, k])
);
const listed = (page: import('@playwright/test').Page) =>
  page
    .locator('[data-story-list] [data-story]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-story')));

for (const p of staticFilterPages(stories)) {
  test(`/suksesshistorier/${p.facet}/${p.value}/ lists exactly the stories filterStories gives`, async ({
    page,
  }) => {
    await page.goto(`/suksesshistorier/${p.facet}/${p.value}/`);
    const expected = filterStories(stories, { [p.facet]: [p.value] })
      .map((s) => s.slug)
      .sort();
    expect((await listed(page)).sort()).toEqual(expected);
    await expect(page.locator('[data-filter-count]')).toHaveText(
      expected.length === 1 ? '1 historie' : `${expected.length} historier`
    );
    // Each story is marked with its scope.
    for (const slug of expected) {
      const s = stories.find((x) => x.slug === slug)!;
      await expect(page.locator(`[data-story="${slug}"] [data-scope]`)).toHaveAttribute(
        'data-scope',
        storyScope(s)
      );
    }
  });
}

test('the list page shows every story once, the state-only ones first under their own heading', async ({
  page,
}) => {
  await page.goto('/suksesshistorier/');
  expect((await listed(page)).sort()).toEqual(stories.map((s) => s.slug).sort());
  const groups = groupByScope(stories);
  const sections = page.locator('[data-scope-group]');
  expect(
    await sections.evaluateAll((els) => els.map((e) => e.getAttribute('data-scope-group')))
  ).toEqual(['state', 'open']);
  for (const g of groups) {
    const inGroup = await page
      .locator(`[data-scope-group="${g.scope}"] [data-story]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-story')));
    expect(inGroup.sort()).toEqual(g.stories.map((s) => s.slug).sort());
  }
  await expect(page.locator('a[href="/hva-arbeidsgivere-forteller/"]')).toBeVisible();
});

test('the list page links every static filter page, with its count', async ({ page }) => {
  await page.goto('/suksesshistorier/');
  for (const p of staticFilterPages(stories)) {
    const link = page.locator(`[data-filter-link="${p.facet}/${p.value}"]`);
    await expect(link).toHaveAttribute('href', `/suksesshistorier/${p.facet}/${p.value}/`);
    await expect(link.locator('xpath=..')).toContainText(`(${p.stories.length})`);
  }
});

for (const s of stories) {
  test(`/suksesshistorier/${s.slug}/ shows its facts, badge, linked measures and sources`, async ({
    page,
  }) => {
    await page.goto(`/suksesshistorier/${s.slug}/`);
    await expect(page.locator('h1')).toHaveText(s.title);
    await expect(page.locator('[data-fact="employer"]')).toHaveText(
      s.employer.name ?? s.employer.anonymousDescription!
    );
    await expect(page.locator('.story-scope-line [data-scope]')).toHaveText(
      storyScope(s) === 'state' ? 'Bare for staten' : 'Åpent for alle'
    );
    for (const id of s.routes) {
      await expect(page.locator(`[data-fact="routes"] [data-route="${id}"] a`)).toHaveAttribute(
        'href',
        `/regelverk/${route(id).page}/`
      );
    }
    // Outcomes exactly as in the data: figure, text and year.
    const outcomes = page.locator('[data-fact="outcomes"] [data-outcome]');
    await expect(outcomes).toHaveCount(s.outcomes.length);
    for (const [i, o] of s.outcomes.entries()) {
      await expect(outcomes.nth(i)).toHaveText(
        [o.figure, o.text, o.year && `(${o.year})`].filter(Boolean).join(' ')
      );
    }
    for (const source of s.sources) {
      const k = kilder.get(source.kilde)!;
      const item = page.locator(`[data-source-item="${source.kilde}"]`);
      await expect(item, source.kilde).toBeVisible();
      await expect(item).toContainText(k.title);
      if (k.kind === 'rapport') await expect(item).toContainText(`${k.publisher}, ${k.year}`);
      await expect(item).toContainText(source.passage, { ignoreCase: true });
    }
    await expect(page.locator('[data-last-reviewed] time')).toHaveAttribute(
      'datetime',
      s.lastReviewed.toISOString().slice(0, 10)
    );
    await expect(page.locator('.crumbs a[aria-current="page"]')).toHaveText(s.title);
  });
}
