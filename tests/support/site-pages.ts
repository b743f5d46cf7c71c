import { readFileSync, existsSync } from 'node:fs';
import { NOINDEX_PAGES } from '../../src/config/site.mjs';

/** Every page of the built site: the sitemap, plus pages kept out of it on purpose. */
export function sitemapPaths(): string[] {
  const file = 'dist/sitemap-0.xml';
  if (!existsSync(file))
    throw new Error('dist/ is missing: run «npm run build» before the browser tests');
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1] as string).pathname)
    .sort();
}

/** Not in the sitemap: the 404 page, reached through an address that does not exist. */
export const notFoundPath = '/denne-siden-finnes-ikke/';

/** Built, but noindex and out of the sitemap: the reviewers' page. */
export const unlistedPaths = NOINDEX_PAGES;

export const allPaths = () => [...sitemapPaths(), ...unlistedPaths, notFoundPath];
