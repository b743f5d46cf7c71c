// Lighthouse scores per template (performance, accessibility, best practices, SEO) with Lighthouse's
// default mobile settings, in Debian's Chromium with the flags of playwright.config.ts, against nginx
// on 127.0.0.1. Writes «Lighthouse» in docs/ytelse.md. A measurement, not a test: `npm run lighthouse`
// after a build. Wizard steps past the first and results are noindex by design: SEO < 100 there.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureTool } from './lib/tools.mjs';
import { startNginx } from './serve-local.mjs';
import { writeSection } from './ytelse-doc.mjs';
import { chromiumFlags, systemChromium } from './lib/chromium.mjs';

// Lighthouse and chrome-launcher live in tools/measure/ (own lock file), not in the site's install.
ensureTool('measure');
const { chromeLauncher, lighthouse } = await import('../tools/measure/index.mjs');

const chromePath = systemChromium;
const flags = ['--headless=new', ...chromiumFlags];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const firstResult = readFileSync('tests/unit/wizard/result-urls.txt', 'utf8')
  .split('\n')
  .find((l) => l.startsWith('/veiviser/'));
const story = existsSync('dist/suksesshistorier')
  ? readdirSync('dist/suksesshistorier', { withFileTypes: true }).find((d) => d.isDirectory())?.name
  : undefined;
const templates = [
  ['Forside', '/'],
  ['Regelverkside', '/regelverk/unntak-fra-utlysning/'],
  ['Veiviser, første steg', '/veiviser/'],
  ['Veiviser, steg (noindex)', '/veiviser/statlig/'],
  ['Veiviser, resultat (noindex)', firstResult],
  ['Historieliste', '/suksesshistorier/'],
  ['Historie', story && `/suksesshistorier/${story}/`],
  // The island reads the search from the address, so this loads with hits and a ticked filter.
  ['Søk med treff og filter', '/suksesshistorier/?q=l%C3%B8nnstilskudd&sektor=statlig'],
].filter(([, path]) => path && existsSync(`dist${path.replace(/\?.*$/, '')}index.html`));

const loadBefore = loadavg()[0].toFixed(1);
const { base, stop } = await startNginx('build/nginx-lighthouse');
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
const rows = [];
const findings = [];
try {
  for (const [name, path] of templates) {
    const runner = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    const lhr = runner.lhr;
    const scores = categories.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
    rows.push({
      name,
      path,
      scores,
      lcp: lhr.audits['largest-contentful-paint'].displayValue,
      cls: lhr.audits['cumulative-layout-shift'].displayValue,
    });
    // What cost points: every scored audit below 1, per category.
    for (const c of categories) {
      for (const ref of lhr.categories[c].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          findings.push(
            `${name} · ${c}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`.trim()
          );
      }
    }
    console.log(`${name} ${path}: ${scores.join(' / ')}`);
  }
} finally {
  chrome.kill();
  await stop();
}

const version = JSON.parse(
  readFileSync('tools/measure/node_modules/lighthouse/package.json', 'utf8')
).version;
// Debian's wrapper script prints a shell warning on stderr; only the version line matters.
const chromium = execSync(`${chromePath} --version`, { stdio: ['ignore', 'pipe', 'ignore'] })
  .toString()
  .trim();
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const body = `Målt med \`npm run lighthouse\` (scripts/lighthouse.mjs) ${new Date().toISOString().slice(0, 10)} på commit ${commit}:
Lighthouse ${version} med standardinnstillingene for mobil (simulert treg 4G og CPU), ${chromium},
mot nginx med produksjonsoppsettet på 127.0.0.1. Veiviserens steg etter det første og resultatene
har \`noindex\` med vilje, så SEO er ikke 100 der.
Maskinens belastning (load average, 1 min) før målingen: ${loadBefore}; andre prosesser på maskinen påvirker tallene.

| Mal | Side | Ytelse | Tilgjengelighet | Beste praksis | SEO | LCP | CLS |
|---|---|---:|---:|---:|---:|---:|---:|
${rows.map((r) => `| ${r.name} | \`${r.path}\` | ${r.scores.join(' | ')} | ${r.lcp} | ${r.cls} |`).join('\n')}
${findings.length ? `\nRevisjoner under full score:\n\n${findings.map((f) => `- ${f}`).join('\n')}\n` : '\nAlle revisjoner med vekt har full score.\n'}`;
writeSection('Lighthouse', body);
console.log(body);
