// Atom feeds (RFC 4287) as plain strings: the stories and the endringslogg, for NAV staff and HR
// who want to follow changes. Ids are tag: URIs, so they stay the same if SITE_URL changes.

/** The tag: authority and date every id is minted under (RFC 4151). Never change it. */
const TAG = 'tag:inkluderingsguiden.no,2026';
export const AUTHOR = 'Inkluderingsguiden';

/** Where the feeds are, and the page each one follows. */
export const feeds = {
  historier: {
    path: '/suksesshistorier/atom.xml',
    page: '/suksesshistorier/',
    title: 'Inkluderingsguiden: nye og oppdaterte suksesshistorier',
  },
  endringer: {
    path: '/endringslogg/atom.xml',
    page: '/endringslogg/',
    title: 'Inkluderingsguiden: endringsloggen',
  },
} as const;
export type FeedId = keyof typeof feeds;

/** A stable id for a feed or one of its entries, e.g. tag:inkluderingsguiden.no,2026:historie/statens-vegvesen. */
export const tagId = (kind: string, key?: string) =>
  `${TAG}:${kind}${key === undefined ? '' : `/${key}`}`;

export interface FeedEntry {
  id: string;
  title: string;
  /** Site path of the page the entry is about. */
  path: string;
  updated: Date;
  published?: Date;
  summary: string;
  /** A term, or a term with a label to show (RFC 4287 §4.2.2). */
  categories?: readonly (string | { term: string; label: string })[];
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stamp = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Newest first; ties by id, so the feed is the same on every build. */
export const newestFirst = (entries: readonly FeedEntry[]) =>
  [...entries].sort(
    (a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id)
  );

/**
 * The feed document. `site` is SITE_URL; every link is absolute. The feed's `updated` is its newest
 * entry's, so it only changes when content does (not on every build).
 */
export function atomFeed(feed: FeedId, site: string, entries: readonly FeedEntry[]): string {
  const { path, page, title } = feeds[feed];
  const abs = (p: string) => new URL(p, `${site.replace(/\/+$/, '')}/`).href;
  const sorted = newestFirst(entries);
  const updated = sorted[0]?.updated ?? new Date(Date.UTC(2026, 0, 1));
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb">',
    `  <id>${tagId(feed)}</id>`,
    `  <title>${escape(title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${AUTHOR}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(abs(path))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(abs(page))}"/>`,
    ...sorted.flatMap((e) => [
      '  <entry>',
      `    <id>${escape(e.id)}</id>`,
      `    <title>${escape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(abs(e.path))}"/>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      ...(e.published ? [`    <published>${stamp(e.published)}</published>`] : []),
      ...(e.categories ?? []).map((c) =>
        typeof c === 'string'
          ? `    <category term="${escape(c)}"/>`
          : `    <category term="${escape(c.term)}" label="${escape(c.label)}"/>`
      ),
      `    <summary>${escape(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
