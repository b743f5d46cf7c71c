import { describe, expect, it } from 'vitest';
import { atomFeed, feeds, newestFirst, tagId } from '../../../src/lib/atom';

// Rule: the feeds have stable ids (tag: URIs, not the site address), absolute links from SITE_URL,
// entries newest first, and a feed date that only moves when content does (issue 12, item 6).
const entry = (key: string, day: string, title = key) => ({
  id: tagId('historie', key),
  title,
  path: `/suksesshistorier/${key}/`,
  updated: new Date(`${day}T00:00:00Z`),
  summary: `Om ${key}.`,
});

describe('atomFeed', () => {
  const xml = atomFeed('historier', 'https://eksempel.no/', [
    entry('a', '2026-11-23'),
    entry('b', '2026-12-02', 'B & «C» <D>'),
  ]);
  it('mints ids that do not depend on SITE_URL', () => {
    expect(tagId('historie', 'a')).toBe('tag:inkluderingsguiden.no,2026:historie/a');
    expect(atomFeed('historier', 'https://annen.no', [entry('a', '2026-11-23')])).toContain(
      '<id>tag:inkluderingsguiden.no,2026:historie/a</id>'
    );
  });
  it('makes every link absolute on the given site, without a double slash', () => {
    expect(xml).toContain('href="https://eksempel.no/suksesshistorier/a/"');
    expect(xml).toContain(`href="https://eksempel.no${feeds.historier.path}"`);
  });
  it('escapes markup in text', () => {
    expect(xml).toContain('<title>B &amp; «C» &lt;D&gt;</title>');
  });
  it('dates the feed by its newest entry and lists that entry first', () => {
    expect(xml.match(/<updated>([^<]+)<\/updated>/)?.[1]).toBe('2026-12-02T00:00:00Z');
    expect(xml.indexOf('historie/b')).toBeLessThan(xml.indexOf('historie/a'));
  });
  it('orders ties by id, so two builds give the same file', () => {
    expect(
      newestFirst([entry('b', '2026-11-23'), entry('a', '2026-11-23')]).map((e) => e.id)
    ).toEqual([tagId('historie', 'a'), tagId('historie', 'b')]);
  });
});
