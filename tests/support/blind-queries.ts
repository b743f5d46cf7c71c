// Queries written by someone who had read neither the site's content nor the 66 tuned queries
// (tests/support/blind-queries.json, copied as delivered, frozen: never edit it to fit). Issue 19,
// item 2: split in two halves; ranking may be tuned on `tune` only, and both halves are reported in
// docs/ytelse.md («Søk: spørsmål vi ikke har tilpasset», scripts/search-quality.mjs).
// With .ts: scripts/search-quality.mjs imports this file in plain Node.
import data from './blind-queries.json' with { type: 'json' };
import second from './blind-queries-2.json' with { type: 'json' };

export interface BlindQuery {
  query: string;
  /** The page a jurist would expect (a pathname). */
  expect: string;
  /** Other pages that answer it as well. */
  alsoOk: string[];
  user: string;
  kind: string;
}
export type Half = 'tune' | 'held';

export const blindQueries: BlindQuery[] = data.queries;

/** FNV-1a over the query's UTF-16 code units: a fixed hash, the same on every machine and run. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The two halves of a set: within each kind of query (so both halves hold every kind), the queries
 * sorted by their hash and dealt out in turn, the first to `tune`. Depends on the texts alone: not
 * on the file's order or on any result.
 */
function split(queries: readonly BlindQuery[]): Map<string, Half> {
  const halves = new Map<string, Half>();
  for (const kind of [...new Set(queries.map((q) => q.kind))].sort()) {
    queries
      .filter((q) => q.kind === kind)
      .map((q) => q.query)
      .sort((a, b) => fnv1a(a) - fnv1a(b) || a.localeCompare(b))
      .forEach((query, i) => halves.set(query, i % 2 === 0 ? 'tune' : 'held'));
  }
  return halves;
}
const halves = split(blindQueries);

/** The half a query belongs to. */
export const halfOf = (q: Pick<BlindQuery, 'query'>): Half => halves.get(q.query) ?? 'held';

/** Whether a result (a URL, with or without #section) is a page the query accepts. */
export const accepts = (q: BlindQuery, url: string) => {
  const path = url.split('#')[0];
  return path === q.expect || q.alsoOk.includes(path!);
};

/**
 * A second set (tests/support/blind-queries-2.json, frozen as delivered 2026-12-07): written the
 * same way by another helper who saw only the mission and the page list, after every ranking
 * choice up to «Runde 6» in docs/ytelse.md, and measured once as a whole then. From «Runde 7» it is
 * split like the first set: ranking may also be tuned on its `tune` half, and its `held` half is
 * measured only. A query that is also in the first set (the same text, ignoring case) is left out.
 */
const firstTexts = new Set(blindQueries.map((q) => q.query.toLowerCase()));
export const secondQueries: BlindQuery[] = second.queries.filter(
  (q) => !firstTexts.has(q.query.toLowerCase())
);
const secondHalves = split(secondQueries);

/** The half of the second set a query belongs to. */
export const secondHalfOf = (q: Pick<BlindQuery, 'query'>): Half =>
  secondHalves.get(q.query) ?? 'held';
