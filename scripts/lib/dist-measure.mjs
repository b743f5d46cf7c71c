// Measurements of a built site (issue 20): the size of dist/ as `du -sb` counts it (files and
// directories, apparent size), the wizard's pages per written form, and the JavaScript a wizard
// step loads (gzip), following static and dynamic imports from the page's module scripts.
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes under dir as `du -sb` gives them: every file's and every directory's apparent size. */
export function apparentBytes(dir) {
  let total = lstatSync(dir).size;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    total += stat.isDirectory() ? apparentBytes(path) : stat.size;
  }
  return total;
}

/** index.html files under dir, with their sizes. */
export function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => String(f).endsWith('index.html'))
    .map((f) => lstatSync(join(dir, String(f))).size);
}

/** gzip bytes of every script a page loads: module scripts, inline scripts and what they import. */
export function pageScriptBytes(dist, path) {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const files = new Set();
  const follow = (src) => {
    if (files.has(src)) return;
    files.add(src);
    const code = readFileSync(join(dist, src), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*"\.\/([^"]+\.js)"/g))
      follow(`/_astro/${m[1]}`);
  };
  for (const m of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) follow(m[1]);
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) follow(m[1]);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)];
  return (
    [...files].reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0) +
    inline.reduce((sum, m) => sum + gzipSync(Buffer.from(m[1])).length, 0)
  );
}
