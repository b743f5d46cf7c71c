// The /sok/ ranking (siteSearchResults) run in Node against dist/pagefind/, for tuning (issue 19,
// item 2): prints the misses of the tune half of the blind queries and of the 66 representative
// queries, and for the held half only its two numbers (never its misses: held is the measurement).
// Bundled by esbuild and run with the project's Node: npm run search:tune (after a build).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { pagefindOptions } from '../src/lib/search-options';
import { siteSearchResults } from '../src/lib/site-search';
import { parseQuestions } from '../src/lib/search-neighbours';
import { betFor, bestBets, definingPlace, ordWords, type OrdEntry } from '../src/lib/search-terms';
import { searchQueries } from '../tests/support/search-queries';
import {
  accepts,
  blindQueries,
  halfOf,
  secondHalfOf,
  secondQueries,
  type BlindQuery,
} from '../tests/support/blind-queries';
import { readFileUrls } from '../tests/support/pagefind-node';

const dist = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');
readFileUrls();

interface R {
  id: string;
  score: number;
  data(): Promise<{ url: string }>;
}
const pf = await import(pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href);
// RANKING='{"pageLength":0.6}' tries other ranking values without a build (query-time options).
const ranking = { ...pagefindOptions.ranking, ...JSON.parse(process.env.RANKING ?? '{}') };
await pf.options({
  ...pagefindOptions,
  ranking,
  basePath: pathToFileURL(`${dist}/pagefind/`).href,
  baseUrl: '/',
});
await pf.init();

const ordliste = load(readFileSync('content/ordliste.yaml', 'utf8')) as OrdEntry[];
const table = bestBets(ordliste);
// The readers' questions as /sok/ fetches them (QUESTIONS=0 leaves them out, to compare).
const model =
  process.env.QUESTIONS === '0'
    ? null
    : parseQuestions(readFileSync(join(dist, 'pagefind', 'sporsmal.txt'), 'utf8'));
const urlsFor = async (q: string, n = 5) => {
  const found = (await siteSearchResults(
    pf,
    { q, type: null },
    betFor(q, table),
    async () => model
  )) as R[];
  return Promise.all(found.slice(0, n).map(async (r) => (await r.data()).url));
};

const quiet = process.argv.includes('--quiet');
const tally = (ats: number[]) => ({
  n: ats.length,
  first: ats.filter((a) => a === 0).length,
  top3: ats.filter((a) => a >= 0 && a < 3).length,
});
const show = (name: string, ats: number[]) => {
  const t = tally(ats);
  console.log(`${name}: ${t.first}/${t.n} first, ${t.top3}/${t.n} top three`);
};

const rep: number[] = [];
for (const q of searchQueries) {
  const urls = await urlsFor(q.query);
  const pages = urls.map((u) => (q.first.includes('#') ? u : u.split('#')[0]));
  const at = pages.indexOf(q.first);
  rep.push(at);
  if (at !== 0 && !quiet)
    console.log(`  66 miss «${q.query}»: ${at < 0 ? '-' : at + 1} got ${urls[0]}`);
}
const ord: number[] = [];
for (const e of ordliste)
  for (const w of ordWords(e)) {
    const at = (await urlsFor(w)).indexOf(definingPlace(e));
    ord.push(at);
    if (at !== 0 && !quiet) console.log(`  ordliste miss «${w}»: ${at < 0 ? '-' : at + 1}`);
  }
/**
 * A blind set's places by half: the tune half's misses are printed, the held half only counted
 * (the second set's halves are «tune2» and «held2»).
 */
async function blindSet(
  queries: readonly BlindQuery[],
  half: (q: BlindQuery) => 'tune' | 'held',
  name: string
) {
  const tune: number[] = [];
  const held: number[] = [];
  for (const q of queries) {
    const urls = await urlsFor(q.query);
    const at = urls.findIndex((u) => accepts(q, u));
    if (half(q) === 'held') {
      held.push(at);
      continue;
    }
    tune.push(at);
    if (at !== 0 && !quiet)
      console.log(
        `  ${name} miss (${q.kind}) «${q.query}»: ${at < 0 ? '-' : at + 1}; got ${urls.slice(0, 3).join(' ')}; want ${q.expect}`
      );
  }
  return { tune, held };
}
const first = await blindSet(blindQueries, halfOf, 'tune');
const second = await blindSet(secondQueries, secondHalfOf, 'tune2');
show('66 representative', rep);
show('ordliste', ord);
show('tune', first.tune);
show('tune2', second.tune);
if (process.argv.includes('--held')) {
  show('held', first.held);
  show('held2', second.held);
}
