// @ts-check
// The old addresses of stories that moved to /suksesshistorier/korte-eksempler/ (issue 19). Each
// still has a page that sends the reader on to its section there; those pages are noindex and left
// out of the sitemap (astro.config.mjs). Plain JS, because astro.config.mjs imports it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of the short examples, inside the content folder. */
export const SHORT_EXAMPLES_DIR = join('historier', 'korte-eksempler');

/** The old story paths (/suksesshistorier/<slug>/) of every short example. */
export function movedStoryPaths(contentDir = process.env.CONTENT_DIR ?? 'content') {
  const dir = join(contentDir, SHORT_EXAMPLES_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => `/suksesshistorier/${name.slice(0, -'.mdx'.length)}/`)
    .sort();
}
