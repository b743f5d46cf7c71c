// Height benchmark of the wizard's results: opens every prebuilt result in Debian Chromium at
// 390 × 844 and measures the page height and the words in <main> with every <details> closed.
// A measurement, not a test: `npm run bench:wizard -- before|after` after `npx astro build`.
// Writes its half («Før» or «Etter») of «Veiviserens resultater» in docs/ytelse.md, keeping the other.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { startNginx } from './serve-local.mjs';
import { YTELSE, sections, writeSection } from './ytelse-doc.mjs';
import { chromiumLaunchOptions } from './lib/chromium.mjs';

const TITLE = 'Veiviserens resultater';
const label = process.argv[2] === 'before' ? 'Før' : 'Etter';
const commit = process.env.BENCH_COMMIT ?? '';
const WIDTH = 390;
const HEIGHT = 844;

const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Every prebuilt result page in dist/veiviser/ (a result page carries class="wizard-result"). */
function resultPaths(dir = 'dist/veiviser') {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sub = join(dir, entry.name);
    const file = join(sub, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes('class="wizard-result'))
      out.push(`/${sub.slice('dist/'.length)}/`);
    out.push(...resultPaths(sub));
  }
  return out;
}

/** Words in the static HTML of a result's <main>: cheap, to pick the pages to open in the browser. */
const staticWords = (path) => {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return main
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
};

// Opening all ~1,000 results takes 15 minutes on the shared machine, so the browser opens the 30
// longest by static word count (where the maximum is) and every 8th of the rest (for the median).
const LONGEST = 30;
const STRIDE = Number(process.env.BENCH_STRIDE ?? 8);
function sample(paths) {
  const byWords = [...paths].sort((a, b) => staticWords(b) - staticWords(a));
  const longest = byWords.slice(0, LONGEST);
  const rest = paths.filter((p) => !longest.includes(p)).filter((_, i) => i % STRIDE === 0);
  return [...longest, ...rest];
}

const browser = await chromium.launch(chromiumLaunchOptions());
const server = await startNginx('build/bench-wizard');
const version = browser.version();
const rows = [];
let total;
try {
  const all = resultPaths();
  const paths = sample(all);
  total = all.length;
  const worker = async (queue) => {
    const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
    for (let path = queue.shift(); path; path = queue.shift()) {
      // One retry: under load a navigation is now and then aborted.
      await page.goto(server.base + path).catch(() => page.goto(server.base + path));
      rows.push({
        path,
        ...(await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = false;
          const main = document.querySelector('main');
          const words = (main?.innerText ?? '').split(/\s+/).filter(Boolean).length;
          return { height: document.documentElement.scrollHeight, words };
        })),
      });
    }
    await page.close();
  };
  const queue = [...paths];
  await Promise.all([worker(queue), worker(queue)]);
} finally {
  await browser.close();
  await server.stop();
}

rows.sort((a, b) => b.height - a.height);
const heights = rows.map((r) => r.height);
const words = rows.map((r) => r.words);
const body = [
  `### ${label}${commit ? ` (${commit})` : ''}`,
  '',
  `${rows.length} av ${total} resultatsider (de ${LONGEST} med flest ord i HTML-en og hver ${STRIDE}. av resten), Chromium ${version}, ${WIDTH} × ${HEIGHT} CSS px, alle \`<details>\` lukket.`,
  '',
  '| | Høyde (CSS px) | Ord i `<main>` |',
  '|---|---:|---:|',
  `| Største | ${Math.max(...heights)} | ${Math.max(...words)} |`,
  `| Median | ${median(heights)} | ${median(words)} |`,
  '',
  'De tre lengste:',
  '',
  ...rows.slice(0, 3).map((r) => `- \`${r.path}\`: ${r.height} px, ${r.words} ord`),
].join('\n');

// Keep the other half of the section as it is.
const old = existsSync(YTELSE)
  ? sections(readFileSync(YTELSE, 'utf8')).find((s) => s.title === TITLE)
  : undefined;
const halves = Object.fromEntries(
  (old?.text ?? '')
    .split(/^(?=### )/m)
    .slice(1)
    .map((part) => [part.startsWith('### Før') ? 'Før' : 'Etter', part.trim()])
);
halves[label] = body;
const intro =
  'Målt med `npm run bench:wizard -- before|after` (scripts/bench-wizard-height.mjs) mot nginx og dist/. Mål: høyst 7 000 px og 800 ord.';
writeSection(TITLE, [intro, halves['Før'], halves['Etter']].filter(Boolean).join('\n\n'));
console.log(body);
