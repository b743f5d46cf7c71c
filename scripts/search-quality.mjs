// How well /sok/ finds the page that explains (issue 12): runs the representative queries
// (tests/support/search-queries.ts) and every ordliste term and alias through /sok/ in Chromium
// against nginx on the built dist/, and writes the share of first hits and top-three hits to
// docs/ytelse.md («Søk: treff først»). A measurement; the tests (search-queries.spec.ts,
// search-ordliste.spec.ts) hold the pass marks. Run after a build: npm run bench:search.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { load } from 'js-yaml';
import { chromium } from '@playwright/test';
import { startNginx } from './serve-local.mjs';
import { writeSection } from './ytelse-doc.mjs';
import { searchQueries } from '../tests/support/search-queries.ts';
import { definingPlace, ordWords } from '../src/lib/search-terms.ts';
import { chromiumLaunchOptions } from './lib/chromium.mjs';

const ordliste = load(readFileSync('content/ordliste.yaml', 'utf8'));
const ordQueries = ordliste.flatMap((e) =>
  ordWords(e).map((query) => ({ query, first: definingPlace(e), kind: 'ordliste' }))
);

const { base, stop } = await startNginx(resolve('build/search-quality'), 'dist');
const browser = await chromium.launch(chromiumLaunchOptions());
const rows = [];
try {
  const page = await browser.newPage();
  for (const q of [...searchQueries, ...ordQueries]) {
    await page.goto(`${base}/sok/?q=${encodeURIComponent(q.query)}`);
    await page.locator('[data-search-status="done"]').waitFor({ timeout: 30_000 });
    const urls = await page
      .locator('[data-result]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-result')));
    rows.push({ ...q, at: urls.indexOf(q.first), got: urls[0] });
  }
} finally {
  await browser.close();
  await stop();
}

const pct = (n, d) => `${((100 * n) / d).toFixed(0)} %`;
const tally = (list) => ({
  n: list.length,
  first: list.filter((r) => r.at === 0).length,
  top3: list.filter((r) => r.at >= 0 && r.at < 3).length,
});
const kinds = [...new Set(rows.map((r) => r.kind))];
const line = (name, list) => {
  const t = tally(list);
  return `| ${name} | ${t.n} | ${t.first} (${pct(t.first, t.n)}) | ${t.top3} (${pct(t.top3, t.n)}) |`;
};
const list = rows.filter((r) => r.kind !== 'ordliste');
const misses = rows.filter((r) => r.at !== 0);
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const body = `Målt med \`npm run bench:search\` (scripts/search-quality.mjs) ${new Date().toISOString().slice(0, 10)} på commit ${commit}:
hvert søk på /sok/ i Chromium mot nginx, og hvilken plass siden som skal komme først fikk. Listen over
representative søk står i \`tests/support/search-queries.ts\`; ordlisteradene er hvert ord og hvert alias i
\`content/ordliste.yaml\`, som skal finne stedet som definerer ordet (regelverksiden, ellers ordlisten).
Mål (issue 12): minst 90 % først, alle blant de tre første, hvert ordlisteord først.

| Søk | Antall | Først | Blant de tre første |
|---|---:|---:|---:|
${kinds
  .filter((k) => k !== 'ordliste')
  .map((k) =>
    line(
      k,
      list.filter((r) => r.kind === k)
    )
  )
  .join('\n')}
| **Representative søk i alt** | ${list.length} | ${tally(list).first} (${pct(tally(list).first, list.length)}) | ${tally(list).top3} (${pct(tally(list).top3, list.length)}) |
${line(
  'Ordliste: ord og alias',
  rows.filter((r) => r.kind === 'ordliste')
)}

${misses.length === 0 ? 'Alle fant siden først.' : `Ikke først:\n\n${misses.map((r) => `- «${r.query}»: ${r.at < 0 ? 'ikke blant de første treffene' : `plass ${r.at + 1}`} (først kom \`${r.got}\`, ventet \`${r.first}\`)`).join('\n')}`}
`;
writeSection('Søk: treff først', body);
console.log(body);
