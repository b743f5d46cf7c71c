// Measures the built site and writes docs/ytelse.md: bytes per template (gzip), the wizard's
// prebuilt pages and the build time they add, and (lix-report.mjs) LIX per regelverk page.
// A measurement, not a test: `npm run bench`.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeLixSection } from './lix-report.mjs';
import { withOtherSections } from './ytelse-doc.mjs';

const gz = (text) => gzipSync(Buffer.from(text)).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);

function build() {
  const start = performance.now();
  const run = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
  const seconds = (performance.now() - start) / 1000;
  // Astro logs each page with the time it took: «├─ /veiviser/…/index.html (+5ms)».
  const pages = [...run.stdout.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)].map((m) => ({
    path: m[1],
    ms: Number(m[2]),
  }));
  return { seconds, pages };
}

function pageBytes(path) {
  const file = join('dist', path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const assets = (re) =>
    [...html.matchAll(re)].map((m) => m[1]).filter((src) => src.startsWith('/'));
  const css = assets(/<link rel="stylesheet" href="([^"]+)"/g).reduce(
    (sum, href) => sum + gz(readFileSync(join('dist', href))),
    0
  );
  const scriptFiles = new Set(assets(/<script[^>]+src="([^"]+)"/g));
  // Island runtime imported by the entry (client + renderer chunks).
  for (const m of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) scriptFiles.add(m[1]);
  const imported = new Set();
  const follow = (src) => {
    if (imported.has(src)) return;
    imported.add(src);
    const code = readFileSync(join('dist', src), 'utf8');
    for (const m of code.matchAll(/from"\.\/([^"]+\.js)"|import"\.\/([^"]+\.js)"/g))
      follow(`/_astro/${m[1] ?? m[2]}`);
  };
  scriptFiles.forEach(follow);
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + gz(m[1]),
    0
  );
  const js =
    [...imported].reduce((sum, src) => sum + gz(readFileSync(join('dist', src))), 0) + inline;
  return { html: gz(html), css, js, framework: html.includes('astro-island') };
}

function wizardPages() {
  let steps = 0;
  let results = 0;
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') {
        if (readFileSync(path, 'utf8').includes('id="sporsmal"')) steps++;
        else results++;
      }
    }
  };
  walk('dist/veiviser');
  return { steps, results };
}

const { seconds, pages } = build();
const wizard = pages.filter((p) => p.path.startsWith('/veiviser/'));
const others = pages.filter((p) => !p.path.startsWith('/veiviser/'));
const sum = (list) => list.reduce((s, p) => s + p.ms, 0) / 1000;
const firstResult = readFileSync('tests/unit/wizard/result-urls.txt', 'utf8')
  .split('\n')
  .find((l) => l.startsWith('/veiviser/'));
const story = existsSync('content/historier')
  ? readdirSync('content/historier')[0]?.replace(/\.mdx$/, '')
  : undefined;
const templates = [
  ['Forside', '/'],
  ['Regelverkside', '/regelverk/unntak-fra-utlysning/'],
  ['Veiviser, steg', '/veiviser/'],
  ['Veiviser, resultat', firstResult],
  ['Historieliste', '/suksesshistorier/'],
  ['Søk', '/sok/'],
  [
    'Historie',
    story && existsSync(`dist/suksesshistorier/${story}/index.html`)
      ? `/suksesshistorier/${story}/`
      : undefined,
  ],
].filter(([, path]) => path && existsSync(join('dist', path, 'index.html')));
const { steps, results } = wizardPages();
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const rows = templates.map(([name, path]) => {
  const b = pageBytes(path);
  return `| ${name} | \`${path}\` | ${kb(b.html)} | ${kb(b.css)} | ${kb(b.js)} | ${b.framework ? 'ja (øy)' : 'nei'} |`;
});
const doc = `# Ytelse

Målt med \`npm run bench\` (scripts/bench.mjs) ${new Date().toISOString().slice(0, 10)} på commit ${commit},
på en maskin med 2 kjerner. Tallene er gzip-komprimerte byte i kB (1 kB = 1024 byte). JS teller
alt siden laster: egne skript, øyas kode, React og Astros innebygde øy-laster.

## Per mal

| Mal | Side | HTML | CSS | JS | Rammeverk-JS |
|---|---|---:|---:|---:|---|
${rows.join('\n')}

Mål: innholdssider uten rammeverk-JS og høyst 5 kB JS; sider med en øy (veiviserens steg, og
historielisten med søket) høyst 80 kB JS (React alene er om lag 69 kB).

## Veiviserens forhåndsbygde sider

| | |
|---|---:|
| Steg | ${steps} |
| Resultater | ${results} |
| Sider i alt under /veiviser/ | ${wizard.length} |
| Tid Astro brukte på å lage dem | ${sum(wizard).toFixed(1)} s |
| Tid på alle andre sider (${others.length}) | ${sum(others).toFixed(1)} s |
| Hele bygget (\`astro build\`) | ${seconds.toFixed(1)} s |

Mål: høyst 3 000 sider i veiviseren.
`;
// Keeps the sections other measurements own (load, Lighthouse) and refreshes LIX from this build.
writeFileSync('docs/ytelse.md', withOtherSections(doc));
console.log(doc);
console.log(writeLixSection());
