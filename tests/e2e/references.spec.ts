import { expect, test } from '../support/reused-page';
import { readFileSync } from 'node:fs';
import { frontmatters, yamlList } from '../support/content-files';
import { allPaths, notFoundPath } from '../support/site-pages';
import { goto } from '../support/goto';

const lov = new Map(
  yamlList<{ id: string; url: string }>('lovhenvisninger.yaml').map((l) => [l.id, l])
);
const kilder = new Map(
  yamlList<{ id: string; title: string; url?: string }>('kilder.yaml').map((k) => [k.id, k])
);

// Every legalRefs/sources id of a page must be rendered as a visible reference.
for (const { slug, data } of frontmatters('regelverk')) {
  test(`regelverk/${slug}: every legal ref and source is listed visibly`, async ({ page }) => {
    await goto(page, `/regelverk/${slug}/`);
    for (const id of data.legalRefs) {
      const item = page.locator(`[data-legal-ref-item="${id}"]`);
      await expect(item, `legal ref ${id}`).toBeVisible();
      await expect(item.locator('a')).toHaveAttribute('href', lov.get(id)!.url);
    }
    for (const source of data.sources) {
      const item = page.locator(`[data-source-item="${source.kilde}"]`);
      await expect(item, `source ${source.kilde}`).toBeVisible();
      await expect(item).toContainText(kilder.get(source.kilde)!.title);
      await expect(item).toContainText(source.passage, { ignoreCase: true });
    }
  });
}

test('internal line ranges of the sources are never shown to readers', () => {
  const leaks = allPaths().flatMap((path) => {
    const file = path === notFoundPath ? 'dist/404.html' : `dist${path}index.html`;
    return /\bL\d{2,5}(–\d{2,5})?\b/.test(readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' '))
      ? [path]
      : [];
  });
  expect(leaks).toEqual([]);
});
