import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, useSyntheticStories } from '../../scripts/lib/project-copy.mjs';
import { STORIES_PER_PAGE } from '../../src/lib/pagination';
import { figure, formatValue } from '../../src/lib/figures';
import { STORY_LINKS_MAX } from '../../src/lib/stories';
import { requireDist } from '../support/dist';
import { htmlErrors, validator } from '../support/html-validator';

// The site's stories fit on one list page, and no rule page lists more than STORY_LINKS_MAX. This
// builds a copy with 60 synthetic stories (never in content/) to see the paged list and the cut
// lists as they will be when the collection grows. The same build (a full build takes half a
// minute) has one rule page last reviewed over 12 months ago: the build goes on and names it; and
// one figure changed in content/tall.json: every page that showed it shows the new one (issue 21).
const N = STORIES_PER_PAGE + 10;
// An amount no other text on the site has, so every place it shows can be found by its digits.
const CHANGED_FIGURE = 'inkluderingstilskudd-tak';
const CHANGED_VALUE = 171_717;
/** «160 400»: an amount as a source writes it. */
const spaced = (value: number) =>
  `${Math.floor(value / 1000)} ${String(value % 1000).padStart(3, '0')}`;
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
  // Without the nynorsk wizard's 3,153 pages (half the build): what this copy checks is the same
  // there, and tests/build/wizard-nn.test.ts holds each nynorsk page to the figures of its twin.
  rmSync(join(dir, 'src/pages/nn/veiviser/[...path].astro'));
  useSyntheticStories(dir, N);
  const stale = join(dir, 'content', STALE);
  writeFileSync(
    stale,
    readFileSync(stale, 'utf8').replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-15')
  );
  const tall = join(dir, 'content/tall.json');
  // As an editor changes a figure: the value, and the source's words quoted with it.
  const figures = JSON.parse(readFileSync(tall, 'utf8')) as {
    id: string;
    value: number;
    sources: { passage: string }[];
  }[];
  const changed = figures.find((f) => f.id === CHANGED_FIGURE)!;
  for (const s of changed.sources)
    s.passage = s.passage.replace(spaced(changed.value), spaced(CHANGED_VALUE));
  changed.value = CHANGED_VALUE;
  writeFileSync(tall, `${JSON.stringify(figures, null, 2)}\n`);
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

describe(`a figure changed in content/tall.json (${CHANGED_FIGURE})`, () => {
  // Every text file a reader or the wizard island gets (Pagefind's index is binary).
  const textFiles = (root: string): string[] =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|xml|js|json|txt)$/.test(f) && !f.startsWith('pagefind'))
      .map((f) => join(root, f));
  // The digits as the site writes them: «160 400» with a space or a no-break space, or as a number.
  const shows = (value: number) => {
    const [head, tail] = [String(Math.floor(value / 1000)), String(value % 1000).padStart(3, '0')];
    const pattern = new RegExp(`\\b${head}(?:[ \\u00a0]|&nbsp;|&#160;)?${tail}\\b`);
    return (file: string) => pattern.test(readFileSync(file, 'utf8'));
  };
  const old = figure(CHANGED_FIGURE);

  it('shows the new amount on every page that showed the old one, and the old one nowhere', () => {
    requireDist();
    const before = textFiles('dist')
      .filter((f) => !f.startsWith(join('dist', 'nn', 'veiviser') + '/'))
      .filter(shows(old.value));
    // The ordliste, the rule page, the change log and its feed, the FAQ and the wizard's results.
    expect(before.length).toBeGreaterThan(5);
    const now = formatValue({ ...old, value: CHANGED_VALUE });
    // A script's name carries a hash of its content: find it in the copy by the name before it.
    const inCopy = (file: string) => {
      if (existsSync(join(dist, file))) return join(dist, file);
      const hashed = /^(_astro\/[^/]+?)\.[\w-]{8}\.(js|css)$/.exec(file);
      const match = hashed
        ? readdirSync(join(dist, '_astro')).find(
            (f) =>
              f.startsWith(`${hashed[1]!.slice('_astro/'.length)}.`) && f.endsWith(`.${hashed[2]}`)
          )
        : undefined;
      return match ? join(dist, '_astro', match) : undefined;
    };
    const missing = before
      .map((file) => relative('dist', file))
      .filter((file) => {
        const copy = inCopy(file);
        return !copy || !shows(CHANGED_VALUE)(copy);
      });
    expect(missing, `pages that do not show ${now}`).toEqual([]);
    expect(
      textFiles(dist)
        .filter(shows(old.value))
        .map((file) => relative(dist, file)),
      `pages that still show ${formatValue(old)}`
    ).toEqual([]);
  });
});
