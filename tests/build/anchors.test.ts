import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { sitemapPaths } from '../support/site-pages';

// NAV staff share links to pages and sections. This lists every page and every section id, so
// none disappears unnoticed. After a deliberate change: UPDATE_ANCHORS=1 npx vitest run tests/build/anchors.test.ts
const snapshotFile = 'tests/build/anchors.snapshot.json';

function anchorsOf(path: string): string[] {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  return [...html.matchAll(/<(?:h2|h3|dt)\b[^>]*\sid="([^"]+)"/g)]
    .map((m) => m[1] as string)
    .sort();
}

test('every page URL and section id is still there', () => {
  const current = Object.fromEntries(
    sitemapPaths()
      .filter((p) => !p.startsWith('/veiviser/') || p === '/veiviser/')
      .map((p) => [p, anchorsOf(p)])
  );
  if (process.env.UPDATE_ANCHORS)
    writeFileSync(snapshotFile, `${JSON.stringify(current, null, 2)}\n`);
  expect(existsSync(snapshotFile), `${snapshotFile} mangler: kjør med UPDATE_ANCHORS=1`).toBe(true);
  const saved = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<string, string[]>;
  const missing = Object.entries(saved).flatMap(([path, ids]) =>
    current[path]
      ? ids.filter((id) => !current[path]!.includes(id)).map((id) => `${path}#${id}`)
      : [path]
  );
  expect(missing, 'pages or anchors that disappeared').toEqual([]);
  const added = Object.entries(current).flatMap(([path, ids]) =>
    saved[path]
      ? ids.filter((id) => !saved[path]!.includes(id)).map((id) => `${path}#${id}`)
      : [path]
  );
  expect(added, 'new pages or anchors: update the snapshot with UPDATE_ANCHORS=1').toEqual([]);
});
