// Size benchmark: builds the site with 100, 1,000 and 5,000 synthetic stories and reports build
// time per page, the Pagefind index size and the bytes a browser fetches for a first search.
// A measurement, not a test, and not part of CI: `npm run bench:stories [-- 100 1000 5000]`.
//
// The synthetic stories (scripts/lib/synthetic-stories.mjs) are written only into a copy of the
// project under build/bench-stories/ (ignored by git), built there with no real stories, and
// deleted on the next run. Nothing reaches content/ or dist/. Writes «Mange historier» in docs/ytelse.md.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { startNginx } from './serve-local.mjs';
import { projectCopy, useSyntheticStories } from './lib/project-copy.mjs';
import { SYNTHETIC_PREFIX } from './lib/synthetic-stories.mjs';
import { writeSection } from './ytelse-doc.mjs';
import { axeViolations } from '../tests/support/axe.ts';
import { chromiumLaunchOptions } from './lib/chromium.mjs';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const runs = sizes.length > 0 ? sizes : [100, 1000, 5000];
// Each size is built twice and the faster build counts: the first build after a change runs with
// cold caches, and that noise was larger than the differences measured.
const BUILDS = Number(process.env.BENCH_BUILDS ?? 2);
const QUERY = 'lønnstilskudd';
// A first query of several words on /sok/ (one of the 66): it also fetches the readers' questions
// (/pagefind/sporsmal.txt, src/lib/search-neighbours.ts), which a one-word query does not.
const QUESTION = 'ansette uten å lyse ut';
const ROOT = resolve('build/bench-stories');

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (list) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length === 0
    ? 0
    : s.length % 2
      ? s[(s.length - 1) / 2]
      : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mean = (list) => (list.length === 0 ? 0 : list.reduce((a, b) => a + b, 0) / list.length);

function folderBytes(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      const sub = folderBytes(path);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += st.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** A copy of the project with n synthetic stories and none of the real ones. */
function prepare(n) {
  const site = projectCopy(join(ROOT, `site-${n}`));
  useSyntheticStories(site, n);
  return site;
}

function build(site) {
  const start = performance.now();
  const run = spawnSync('npx', ['astro', 'build'], {
    cwd: site,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_LOG_LEVEL: 'info' },
  });
  if (run.status !== 0)
    throw new Error(
      `astro build failed in ${site}:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-4000)}`
    );
  const seconds = (performance.now() - start) / 1000;
  const pages = [...run.stdout.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map((m) => ({
    path: m[1],
    ms: Number(m[2]),
  }));
  return { seconds, pages };
}

/** Records the bytes of every finished response under the phase the page was in when it ran. */
function byteRecorder(page) {
  const responses = [];
  let phase = 'page';
  page.on('requestfinished', async (request) => {
    const at = phase;
    const sizes = await request.sizes();
    responses.push({
      url: new URL(request.url()).pathname,
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      phase: at,
    });
  });
  const of = (name) => responses.filter((r) => r.phase === name);
  return {
    enter: (name) => (phase = name),
    of,
    bytes: (name) => of(name).reduce((s, r) => s + r.bytes, 0),
  };
}

/** Opens the page, waits for its search island, then types the query and presses Enter: the first search, timed. */
async function firstSearch(page, url, island, recorder, query = QUERY) {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(island).waitFor();
  recorder.enter('search');
  const start = performance.now();
  await page.locator('[data-search-input]').fill(query);
  await page.locator('[data-search-input]').press('Enter');
  await page.locator('[data-search-status="done"]').waitFor({ timeout: 60_000 });
  const ms = performance.now() - start;
  await page.waitForLoadState('networkidle');
  await new Promise((r) => setTimeout(r, 200)); // the last sizes() calls
  return { ms, hits: await page.locator('[data-search-status]').textContent() };
}

/** Bytes the browser fetches for the first search on /suksesshistorier/ (cold cache), via nginx. */
async function firstQuery(dist, n) {
  const { base, stop } = await startNginx(join(ROOT, `nginx-${n}`), dist);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const recorder = byteRecorder(page);
    const { ms, hits } = await firstSearch(
      page,
      `${base}/suksesshistorier/`,
      '[data-story-search]',
      recorder
    );
    const shown = await page.locator('[data-result]').count();
    // The reader moves to the filters: now their counts for this search are fetched.
    recorder.enter('counts');
    await page.locator('[data-counts]').hover();
    await page.locator('[data-counts="ready"]').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 200));
    const search = recorder.of('search');
    const pagers = await checkPagers(browser, base, dist);
    const sok = await sokFirstQuery(browser, base);
    const sokQuestion = await sokFirstQuery(browser, base, QUESTION);
    const kind = (url) =>
      url.endsWith('.wasm') || url.includes('wasm')
        ? 'wasm'
        : url.includes('/fragment/')
          ? 'fragment'
          : url.includes('/index/')
            ? 'index'
            : url.includes('/filter/')
              ? 'filter'
              : url.endsWith('.js')
                ? 'js'
                : 'annet';
    const byKind = {};
    for (const r of search) byKind[kind(r.url)] = (byKind[kind(r.url)] ?? 0) + r.bytes;
    return {
      pageBytes: recorder.bytes('page'),
      countBytes: recorder.bytes('counts'),
      searchBytes: recorder.bytes('search'),
      requests: search.length,
      byKind,
      ms,
      hits,
      shown,
      pagers,
      sok,
      sokQuestion,
    };
  } finally {
    await browser.close();
    await stop();
  }
}

/**
 * The same first search on /sok/ (the whole-site search) in a fresh context (cold cache): the
 * page's own bytes, then what Pagefind fetches for the query. «lønnstilskudd» is an ordliste alias,
 * so this includes the best-bet search and its small filter index.
 */
async function sokFirstQuery(browser, base, query = QUERY) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = byteRecorder(page);
  const { ms, hits } = await firstSearch(
    page,
    `${base}/sok/`,
    '[data-site-search]',
    recorder,
    query
  );
  const first = await page.locator('[data-result]').first().getAttribute('data-result');
  await context.close();
  return {
    pageBytes: recorder.bytes('page'),
    searchBytes: recorder.bytes('search'),
    questionBytes: recorder
      .of('search')
      .filter((r) => r.url.endsWith('/sporsmal.txt'))
      .reduce((sum, r) => sum + r.bytes, 0),
    requests: recorder.of('search').length,
    ms,
    hits,
    first,
  };
}

/**
 * The paged lists exist only with more than 50 stories, so the real site never shows them: check
 * them here. Page 2 of the list and of the largest filter page must list the right number of
 * stories, mark the current page in the pager and pass axe. Returns the addresses checked.
 */
async function checkPagers(browser, base, dist) {
  const filterPages = readdirSync(join(dist, 'suksesshistorier/rute')).map(
    (v) => `/suksesshistorier/rute/${v}/side/2/`
  );
  const paths = ['/suksesshistorier/side/2/', ...filterPages].filter((p) =>
    existsSync(join(dist, p, 'index.html'))
  );
  // axe needs a page from an explicit context.
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const path of paths.slice(0, 3)) {
    await page.goto(`${base}${path}`);
    const stories = await page.locator('[data-story-list] [data-story]').count();
    if (stories < 1 || stories > 50) throw new Error(`${path}: ${stories} historier på siden`);
    const current = await page.locator('[data-pager] [aria-current="page"]').innerText();
    if (current.trim() !== '2')
      throw new Error(`${path}: sidevelgeren markerer «${current}», ikke 2`);
    const violations = await axeViolations(page);
    if (violations.length > 0) throw new Error(`${path}: axe\n${violations.join('\n')}`);
  }
  await context.close();
  return paths.slice(0, 3);
}

const results = [];
const loadBefore = loadavg()[0].toFixed(1);
for (const n of runs) {
  console.log(`\n== ${n} syntetiske historier ==`);
  const site = prepare(n);
  const { seconds, pages } = Array.from({ length: BUILDS }, () => build(site)).reduce((best, b) =>
    b.seconds < best.seconds ? b : best
  );
  const dist = join(site, 'dist');
  const storyPages = pages.filter((p) =>
    p.path.startsWith(`/suksesshistorier/${SYNTHETIC_PREFIX}`)
  );
  const listPages = pages.filter(
    (p) =>
      p.path.startsWith('/suksesshistorier/') &&
      !p.path.startsWith(`/suksesshistorier/${SYNTHETIC_PREFIX}`)
  );
  // The pages on disk are the count; Astro's log can lose a line under load (4 999 of 5 000 once),
  // so the per-page times are the mean over the lines it printed.
  const built = readdirSync(join(site, 'dist/suksesshistorier')).filter((name) =>
    name.startsWith(SYNTHETIC_PREFIX)
  ).length;
  if (built !== n) throw new Error(`expected ${n} story pages in dist/, found ${built}`);
  if (storyPages.length < n * 0.99)
    throw new Error(`only ${storyPages.length} of ${n} story pages in Astro's log`);
  const index = folderBytes(join(dist, 'pagefind'));
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'));
  const indexed = Object.values(entry.languages).reduce((s, l) => s + l.page_count, 0);
  const listHtml = readFileSync(join(dist, 'suksesshistorier/index.html'));
  const query = await firstQuery(dist, n);
  const row = {
    n,
    seconds,
    pages: pages.length,
    msPerPage: (seconds * 1000) / pages.length,
    storyMean: mean(storyPages.map((p) => p.ms)),
    storyMedian: median(storyPages.map((p) => p.ms)),
    listPages: listPages.length,
    listMean: mean(listPages.map((p) => p.ms)),
    indexed,
    indexBytes: index.bytes,
    indexFiles: index.files,
    listHtmlGz: gzipSync(listHtml).length,
    ...query,
  };
  results.push(row);
  console.log(JSON.stringify(row, null, 2));
}
mkdirSync(ROOT, { recursive: true });
writeFileSync(join(ROOT, 'results.json'), JSON.stringify(results, null, 2));

const first = results[0];
const last = results[results.length - 1];
const ratio = (key) => (last[key] / first[key]).toFixed(2);
/** Whole-build milliseconds each extra story cost, from row i-1 to row i. */
const marginal = (i) =>
  ((results[i].seconds - results[i - 1].seconds) * 1000) / (results[i].n - results[i - 1].n);
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const body = `Målt med \`npm run bench:stories\` (scripts/bench-stories.mjs) ${new Date().toISOString().slice(0, 10)} på commit ${commit}.
Skriptet lager ${runs.join(', ')} **syntetiske** historier (om lag 270 tilfeldige ord fra regelverksidene hver,
som de ekte historiene i snitt; filterverdiene kopiert fra en tilfeldig ekte historie; hver tittel sier
«Syntetisk testhistorie») i en kopi av prosjektet under \`build/bench-stories/\`, uten de ekte historiene,
og bygger kopien med \`astro build\` (${BUILDS} ganger, det raskeste bygget teller; alle sider, også veiviserens ${'~'}1 500). De syntetiske historiene publiseres
aldri: de skrives bare i kopien, og kilden de viser til finnes bare der. Første søk: Chromium mot nginx
med produksjonsoppsettet på 127.0.0.1, tomt hurtiglager, søk etter «${QUERY}» på /suksesshistorier/;
byte er det som går over nettet (gzip der nginx komprimerer, Pagefinds egne filer er komprimert fra før).
Maskinens belastning (load average, 1 min) før målingen: ${loadBefore}.

| Historier | Sider i bygget | Hele bygget | ms per side (hele bygget) | ms per ny historie (hele bygget) | ms per historieside (snitt / median) | Listesider (snitt ms) | Sider i søkeindeksen | Søkeindeks (filer, kB) | Første søk: forespørsler | Første søk: kB | Filtertall etterpå: kB | Treff (vist) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
${results.map((r, i) => `| ${r.n} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.msPerPage.toFixed(1)} | ${i === 0 ? '–' : marginal(i).toFixed(1)} | ${r.storyMean.toFixed(1)} / ${r.storyMedian} | ${r.listPages} (${r.listMean.toFixed(1)}) | ${r.indexed} | ${r.indexFiles}, ${kb(r.indexBytes)} | ${r.requests} | ${kb(r.searchBytes)} | ${kb(r.countBytes)} | ${r.hits} (${r.shown}) |`).join('\n')}

«ms per ny historie» er hva hver historie mer enn i raden over la til hele bygget (MDX-kompilering,
siden, listesidene og søkeindeksen). «ms per side (hele bygget)» stiger fordi blandingen endrer seg:
ved 100 historier er de fleste sidene veiviserens enkle sider, ved 5 000 er de fleste MDX-historier.
«Filtertall etterpå» er det som hentes når leseren går til filtrene (tellingene for søket); et rent
tekstsøk henter dem ikke.

Første søk fordelt på filtyper (kB): ${results
  .map(
    (r) =>
      `${r.n}: ${Object.entries(r.byKind)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')}`
  )
  .join('; ')}.
Siden /suksesshistorier/ selv (HTML, CSS, JS og fonter før søket): ${results.map((r) => `${r.n}: ${kb(r.pageBytes)} kB`).join('; ')}; HTML-en alene gzip: ${results.map((r) => `${r.n}: ${kb(r.listHtmlGz)} kB`).join('; ')}.

Forhold ${last.n} mot ${first.n} historier: ms per historieside (snitt) ${ratio('storyMean')}${results.length >= 3 ? `, ms per ny historie i hele bygget ${(marginal(results.length - 1) / marginal(1)).toFixed(2)} (${results[results.length - 2].n}→${last.n} mot ${first.n}→${results[1].n})` : ''} (mål: høyst 1,5); ms per side for hele bygget ${ratio('msPerPage')} (se over).
Første søk ved ${last.n}: ${kb(last.searchBytes)} kB på /suksesshistorier/ (bare historier: søket henter også filteret \`type\`).

Det samme første søket på **/sok/** (hele nettstedet, ny nettleserkontekst; «${QUERY}» er et alias i ordlisten, så
også søket etter stedet som definerer ordet og den lille filterindeksen \`definerer\` hentes):

| Historier | /sok/ selv (før søket): kB | Første søk: forespørsler | Første søk: kB | Treff | Første treff |
|---:|---:|---:|---:|---|---|
${results.map((r) => `| ${r.n} | ${kb(r.sok.pageBytes)} | ${r.sok.requests} | ${kb(r.sok.searchBytes)} | ${r.sok.hits} | \`${r.sok.first}\` |`).join('\n')}

Første søk på /sok/ ved ${last.n}: ${kb(last.sok.searchBytes)} kB (mål: høyst 150 kB).

Et første søk med flere ord på /sok/ («${QUESTION}», ny nettleserkontekst) søker hvert ord for seg og
henter også lesernes spørsmål (\`/pagefind/sporsmal.txt\`, én gang per side):

| Historier | Første søk: forespørsler | Første søk: kB | Av det lesernes spørsmål: kB | Første treff |
|---:|---:|---:|---:|---|
${results.map((r) => `| ${r.n} | ${r.sokQuestion.requests} | ${kb(r.sokQuestion.searchBytes)} | ${kb(r.sokQuestion.questionBytes)} | \`${r.sokQuestion.first}\` |`).join('\n')}

Første søk med flere ord på /sok/ ved ${last.n}: ${kb(last.sokQuestion.searchBytes)} kB (mål: høyst 150 kB).
Sidedelte lister (finnes bare med over 50 historier) sjekket med axe, antall og sidevelger: ${[...new Set(results.flatMap((r) => r.pagers))].map((p) => `\`${p}\``).join(', ') || 'ingen'}.
`;
writeSection('Mange historier', body);
console.log(`\n${body}`);
