import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { accepts, blindQueries, halfOf, secondQueries } from '../../support/blind-queries';

// Issue 19, item 2: the blind query set is at least 120 queries with an expected page each, split
// in two halves that both hold every kind, by the query text alone.
describe('blind queries', () => {
  it('has at least 120 distinct queries, each with an expected page', () => {
    expect(blindQueries.length).toBeGreaterThanOrEqual(120);
    expect(new Set(blindQueries.map((q) => q.query)).size).toBe(blindQueries.length);
    for (const q of blindQueries) {
      expect(q.expect, q.query).toMatch(/^\/[a-z0-9/-]*$/);
      for (const p of q.alsoOk) expect(p, q.query).toMatch(/^\/[a-z0-9/#-]*$/);
    }
  });

  it('splits into two halves of about the same size, each with every kind of two or more', () => {
    const tune = blindQueries.filter((q) => halfOf(q) === 'tune');
    const held = blindQueries.filter((q) => halfOf(q) === 'held');
    expect(tune.length + held.length).toBe(blindQueries.length);
    const kinds = [...new Set(blindQueries.map((q) => q.kind))];
    expect(Math.abs(tune.length - held.length)).toBeLessThanOrEqual(kinds.length);
    for (const kind of kinds) {
      const all = blindQueries.filter((q) => q.kind === kind);
      if (all.length < 2) continue;
      expect(
        tune.some((q) => q.kind === kind),
        `${kind} in tune`
      ).toBe(true);
      expect(
        held.some((q) => q.kind === kind),
        `${kind} in held`
      ).toBe(true);
    }
  });

  it('counts a hit by its page: the expected page or an accepted one, with or without #section', () => {
    const q = { query: 'x', expect: '/a/', alsoOk: ['/b/'], user: 'hr', kind: 'k' };
    expect(accepts(q, '/a/')).toBe(true);
    expect(accepts(q, '/a/#del')).toBe(true);
    expect(accepts(q, '/b/')).toBe(true);
    expect(accepts(q, '/c/')).toBe(false);
    expect(accepts(q, '/ab/')).toBe(false);
  });
});

describe('the second blind set', () => {
  it('has at least 120 distinct queries, none of them in the first set, each with an expected page', () => {
    expect(secondQueries.length).toBeGreaterThanOrEqual(120);
    expect(new Set(secondQueries.map((q) => q.query.toLowerCase())).size).toBe(
      secondQueries.length
    );
    const first = new Set(blindQueries.map((q) => q.query.toLowerCase()));
    expect(secondQueries.filter((q) => first.has(q.query.toLowerCase()))).toEqual([]);
  });

  it('names only pages the content has', () => {
    const exists = (path: string) => {
      const m = /^\/(regelverk|suksesshistorier)\/([a-z0-9-]+)\/$/.exec(path);
      if (m) {
        const folder = m[1] === 'regelverk' ? 'regelverk' : 'historier';
        return (
          existsSync(`content/${folder}/${m[2]}.mdx`) ||
          existsSync(`src/pages/${m[1]}/${m[2]}.astro`)
        );
      }
      const page = /^\/([a-z0-9-]+)\/$/.exec(path)?.[1] ?? '';
      return (
        existsSync(`content/sider/${page}.mdx`) ||
        ['ordliste', 'veiviser', 'endringslogg'].includes(page)
      );
    };
    const missing = secondQueries.flatMap((q) => [q.expect, ...q.alsoOk]).filter((p) => !exists(p));
    expect(missing).toEqual([]);
    expect(exists('/regelverk/finnes-ikke/')).toBe(false);
  });
});
