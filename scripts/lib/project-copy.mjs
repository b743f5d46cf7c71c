// A copy of the project to build in another folder: the build-failure tests, the paged-list test,
// the served-site test and the size benchmark use it. src/ and content/ are copied, not linked (Astro resolves a linked
// src/ to its real path and loses its compile cache). node_modules gets one link per package, not
// one link for the folder, so the copy keeps its own node_modules/.astro: Astro's content cache,
// which a shared folder would mix up between the copy and the real project.
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import {
  facetCombos,
  syntheticKildeYaml,
  syntheticStories,
  wordPool,
} from './synthetic-stories.mjs';

const ITEMS = [
  'src',
  'public',
  'content',
  'kilder',
  'nginx',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];
const CACHES = new Set(['.astro', '.vite']);

/** What a copy needs to run the browser tests too (tests/build/served-site.test.ts). */
export const TEST_ITEMS = ['scripts', 'tests', 'playwright.config.ts'];

/**
 * Copies the project from `root` into `dir` (which must not exist or is emptied first), with the
 * `extra` files and folders besides what a build needs (TEST_ITEMS to run the tests).
 */
export function projectCopy(dir, root = '.', extra = []) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const item of [...ITEMS, ...extra])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHES.has(name))
      symlinkSync(resolve(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/**
 * Replaces the copy's stories with n synthetic ones (scripts/lib/synthetic-stories.mjs) and adds
 * their source to the copy's kilder.yaml. Only ever call this on a copy.
 */
export function useSyntheticStories(dir, n, root = '.') {
  if (resolve(dir) === resolve(root))
    throw new Error('useSyntheticStories: only on a copy, never on the project itself');
  const stories = join(dir, 'content/historier');
  // The story files only: the short examples' folder (korte-eksempler/) stays as it is.
  const files = readdirSync(stories).filter((name) => name.endsWith('.mdx'));
  const combos = facetCombos(files.map((name) => readFileSync(join(stories, name), 'utf8')));
  for (const name of files) rmSync(join(stories, name));
  appendFileSync(join(dir, 'content/kilder.yaml'), syntheticKildeYaml);
  const rules = join(root, 'content/regelverk');
  const pool = wordPool(readdirSync(rules).map((f) => readFileSync(join(rules, f), 'utf8')));
  for (const { name, text } of syntheticStories(n, pool, combos))
    writeFileSync(join(stories, name), text);
}
