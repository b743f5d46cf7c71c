// Bounded load test against nginx on 127.0.0.1: 20,000 requests over a mix of pages and assets,
// 0 errors required. Writes requests/s and latency to docs/ytelse.md («Last»). A measurement, not a
// test: `npm run load` after a build. autocannon and nginx share the machine's 2 cores.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { random } from './lib/random.mjs';
import { ensureTool } from './lib/tools.mjs';
import { startNginx } from './serve-local.mjs';
import { writeSection } from './ytelse-doc.mjs';

// autocannon lives in tools/measure/ (own lock file), not in the site's install.
ensureTool('measure');
const { autocannon } = await import('../tools/measure/index.mjs');

const AMOUNT = 20_000;
const CONNECTIONS = 20;
const MAX_SECONDS = 120; // stops earlier if the requests take longer than this

// Seeded pick (scripts/lib/random.mjs), so each run requests the same pages.
const sample = (list, n, next) => [...list].sort(() => next() - 0.5).slice(0, n);

function pagesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pagesUnder(path);
    return name === 'index.html' ? [`/${path.slice('dist/'.length, -'index.html'.length)}`] : [];
  });
}

/** The mix: each template, weighted roughly as visitors would land on them. */
function requestMix() {
  const next = random(20261123);
  const wizard = pagesUnder('dist/veiviser').sort();
  const isStep = (p) => readFileSync(`dist${p}index.html`, 'utf8').includes('id="sporsmal"');
  const steps = wizard.filter(isStep);
  const results = wizard.filter((p) => !isStep(p));
  const regelverk = pagesUnder('dist/regelverk').sort();
  const other = ['/', '/suksesshistorier/', '/ordliste/', '/om/'];
  const pages = [...other, ...regelverk, ...sample(steps, 15, next), ...sample(results, 25, next)];
  // Assets as a browser fetches them: CSS, scripts and the island's chunks, woff2 fonts.
  const assets = new Set();
  for (const page of ['/', regelverk[1], '/veiviser/']) {
    const html = readFileSync(`dist${page}index.html`, 'utf8');
    for (const m of html.matchAll(/(?:href|src|component-url|renderer-url)="(\/_astro\/[^"]+)"/g))
      assets.add(m[1]);
  }
  for (const css of [...assets].filter((a) => a.endsWith('.css'))) {
    for (const m of readFileSync(`dist${css}`, 'utf8').matchAll(
      /url\(["']?(\/_astro\/[^"')]+\.woff2)/g
    ))
      assets.add(m[1]);
  }
  return {
    pages,
    assets: [...assets],
    counts: { steps: 15, results: 25, regelverk: regelverk.length, other: other.length },
  };
}

const { pages, assets, counts } = requestMix();
const paths = [...pages, ...assets];
const loadBefore = loadavg()[0].toFixed(1);
const { base, stop } = await startNginx('build/nginx-load');
let result;
try {
  const instance = autocannon({
    url: base,
    amount: AMOUNT,
    connections: CONNECTIONS,
    timeout: 10,
    headers: { 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const timer = setTimeout(() => instance.stop(), MAX_SECONDS * 1000);
  result = await instance;
  clearTimeout(timer);
} finally {
  await stop();
}

const failures = result.errors + result.timeouts + result.non2xx;
const commit = execSync('git rev-parse --short HEAD').toString().trim();
const body = `Målt med \`npm run load\` (scripts/load-test.mjs) ${new Date().toISOString().slice(0, 10)} på commit ${commit}:
autocannon mot nginx med produksjonsoppsettet på 127.0.0.1, ${CONNECTIONS} samtidige forbindelser,
${AMOUNT.toLocaleString('nb-NO')} forespørsler (stopper etter høyst ${MAX_SECONDS} s), gzip. Blandingen går på rad gjennom
${paths.length} adresser: ${counts.other} faste sider (forside, historieliste, ordliste, om), ${counts.regelverk} regelverksider,
${counts.steps} veiviser-steg, ${counts.results} veiviser-resultater og ${assets.length} filer (CSS, JS, fonter).
autocannon og nginx deler de 2 kjernene, så tallene er et nedre anslag.
Maskinens belastning (load average, 1 min) før målingen: ${loadBefore}; andre prosesser på maskinen påvirker tallene.

| | |
|---|---:|
| Forespørsler | ${result.requests.total.toLocaleString('nb-NO')} |
| Tid | ${result.duration.toFixed(1)} s |
| Forespørsler per sekund (alle delt på tiden) | ${Math.round(result.requests.total / result.duration).toLocaleString('nb-NO')} |
| Forsinkelse, median | ${result.latency.p50} ms |
| Forsinkelse, p99 | ${result.latency.p99} ms |
| Forsinkelse, høyeste | ${result.latency.max} ms |
| Overført (snitt) | ${(result.throughput.average / 1024 / 1024).toFixed(1)} MB/s |
| Feil (nettverk, tidsavbrudd, ikke-2xx) | ${result.errors} + ${result.timeouts} + ${result.non2xx} |

Mål: 0 feil.
`;
writeSection('Last', body);
console.log(body);
if (failures > 0 || result.requests.total < AMOUNT) {
  console.error(
    `Lasttesten feilet: ${failures} feil, ${result.requests.total} av ${AMOUNT} forespørsler`
  );
  process.exitCode = 1;
}
