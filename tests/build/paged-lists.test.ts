import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, useSyntheticStories } from '../../scripts/lib/project-copy.mjs';
import { STORIES_PER_PAGE } from '../../src/lib/pagination';
import { STORY_LINKS_MAX } from '../../src/lib/stories';
import { htmlErrors, validator } from '../support/html-validator';

// The site's stories fit on one list page, and no rule page lists more than STORY_LINKS_MAX. This
// builds a copy with 60 synthetic stories (never in content/) to see the paged list and the cut
// lists as they will be when the collection grows. The same build (a full build takes half a
// minute) has one rule page last reviewed over 12 months ago: the build goes on and names it.
const N = STORIES_PER_PAGE + 10;
const STALE = 'regelverk/unntak-fra-utlysning.mdx';
let dir = '';
let dist = '';
let log = '';
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const storiesOn = (page: string) =>
  [...page.matchAll(/<div class="ds-card story-card"[^>]*data-story="([^"]+)"/g)].map((m) => m[1]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ig-paged-'));
  projectCopy(dir);
  useSyntheticStories(dir, N);
  const stale = join(dir, 'content', STALE);
  writeFileSync(
    stale,
    readFileSync(stale, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-15')
  );
  const run = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  if (run.status !== 0)
    throw new Error(`astro build failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  dist = join(dir, 'dist');
  log = `${run.stdout}\n${run.stderr}`;
}, 300_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe(`the story list with ${N} stories`, () => {
  it(`puts ${STORIES_PER_PAGE} on /suksesshistorier/ and the rest on /suksesshistorier/side/2/, each story once`, () => {
    const first = storiesOn(html('suksesshistorier'));
    const second = storiesOn(html('suksesshistorier/side/2'));
    expect(first.length).toBe(STORIES_PER_PAGE);
    expect(second.length).toBe(N - STORIES_PER_PAGE);
    expect(new Set([...first, ...second]).size).toBe(N);
    expect(existsSync(join(dist, 'suksesshistorier/side/3/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'suksesshistorier/side/1/index.html'))).toBe(false);
  });
  it('links the pages both ways, marks the current one, and names the page in the title', () => {
    const first = html('suksesshistorier');
    const second = html('suksesshistorier/side/2');
    expect(first).toMatch(/<nav class="ds-pagination pager" aria-label="Sider i listen"/);
    expect(first).toMatch(/href="\/suksesshistorier\/side\/2\/" rel="next"/);
    expect(first).toMatch(/href="\/suksesshistorier\/" aria-current="page" aria-label="Side 1"/);
    expect(second).toMatch(/href="\/suksesshistorier\/" rel="prev"/);
    expect(second).toMatch(
      /href="\/suksesshistorier\/side\/2\/" aria-current="page" aria-label="Side 2"/
    );
    expect(second).toMatch(/<title>Suksesshistorier – side 2 av 2 /);
    expect(second).toContain(`Viser ${STORIES_PER_PAGE + 1}–${N} av ${N}.`);
    // Only page 1 has the search island.
    expect(first).toContain('<astro-island');
    expect(second).not.toContain('<astro-island');
  });
  it('validates with html-validate, pager included', async () => {
    const v = validator();
    for (const path of ['suksesshistorier', 'suksesshistorier/side/2'])
      expect(await htmlErrors(v, join(dist, path, 'index.html'))).toEqual([]);
  });
});

describe('a rule page whose routes many stories used', () => {
  it(`lists ${STORY_LINKS_MAX} and links each route's full list with its count`, () => {
    const page = html('regelverk/arbeidstrening-og-andre-tiltak');
    const block = /<section class="related-stories"[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect([...block.matchAll(/<li data-story="/g)].length).toBe(STORY_LINKS_MAX);
    expect(block).toMatch(/data-related-more="\d+"/);
    expect(block).toContain(
      'href="/suksesshistorier/rute/arbeidstrening/" data-route-all="arbeidstrening"'
    );
  });
});

describe('content not reviewed for 12 months', () => {
  it('builds, but prints a warning naming the file', () => {
    expect(log).toMatch(
      /unntak-fra-utlysning\.mdx: lastReviewed 2024-01-15 er eldre enn 12 måneder/
    );
    expect(existsSync(join(dist, 'regelverk/unntak-fra-utlysning/index.html'))).toBe(true);
  });
});
