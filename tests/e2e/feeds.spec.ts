import { expect, test } from '@playwright/test';
import { get, goto } from '../support/goto';

// Rule (issue 12, item 6): the Atom feeds of stories and of the endringslogg are well-formed Atom
// (RFC 4287 §4.1.1–4.1.2: feed id, title, updated, author; each entry id, title, updated, link),
// parsed with the browser's XML parser, and every page that follows them links them in its head.
const ATOM = 'http://www.w3.org/2005/Atom';
const feeds = [
  {
    path: '/suksesshistorier/atom.xml',
    page: '/suksesshistorier/',
    // A story that moved to «Korte eksempler» (issue 19) links to its section there.
    entryLinks: /^\/suksesshistorier\/(?:[a-z0-9-]+\/|korte-eksempler\/#[a-z0-9-]+)$/,
  },
  {
    path: '/endringslogg/atom.xml',
    page: '/endringslogg/',
    entryLinks: /^\/endringslogg\/#[a-z0-9-]+$/,
  },
];

interface Parsed {
  status: number;
  type: string;
  error: string | null;
  root: string | null;
  feed: Record<string, string | null>;
  selfHref: string | null;
  entries: {
    id: string | null;
    title: string | null;
    updated: string | null;
    link: string | null;
  }[];
}

for (const feed of feeds) {
  test(`${feed.path} parses as Atom with the required elements`, async ({ page }) => {
    await goto(page, '/');
    const parsed: Parsed = await page.evaluate(
      async ({ path, ns }) => {
        const res = await fetch(path);
        const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
        const child = (el: Element, name: string) =>
          [...el.children].find((c) => c.namespaceURI === ns && c.localName === name) ?? null;
        const text = (el: Element, name: string) => child(el, name)?.textContent?.trim() || null;
        const root = doc.documentElement;
        const author = child(root, 'author');
        return {
          status: res.status,
          type: res.headers.get('content-type') ?? '',
          error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
          root: root.namespaceURI === ns ? root.localName : null,
          feed: {
            id: text(root, 'id'),
            title: text(root, 'title'),
            updated: text(root, 'updated'),
            author: author ? text(author, 'name') : null,
          },
          selfHref:
            [...root.children]
              .find((c) => c.localName === 'link' && c.getAttribute('rel') === 'self')
              ?.getAttribute('href') ?? null,
          entries: [...root.children]
            .filter((c) => c.namespaceURI === ns && c.localName === 'entry')
            .map((e) => ({
              id: text(e, 'id'),
              title: text(e, 'title'),
              updated: text(e, 'updated'),
              link: child(e, 'link')?.getAttribute('href') ?? null,
            })),
        };
      },
      { path: feed.path, ns: ATOM }
    );

    expect(parsed.status).toBe(200);
    expect(parsed.type).toMatch(/^application\/atom\+xml\b/);
    expect(parsed.error, 'XML parse error').toBeNull();
    expect(parsed.root).toBe('feed');
    expect(parsed.feed.id).toMatch(/^tag:inkluderingsguiden\.no,2026:/);
    expect(parsed.feed.title).toBeTruthy();
    expect(parsed.feed.author).toBeTruthy();
    expect(Date.parse(parsed.feed.updated ?? '')).not.toBeNaN();
    expect(new URL(parsed.selfHref!).pathname).toBe(feed.path);
    expect(parsed.entries.length).toBeGreaterThan(0);
    const ids = parsed.entries.map((e) => e.id);
    expect(new Set(ids).size, 'entry ids are unique').toBe(ids.length);
    for (const e of parsed.entries) {
      expect(e.id).toMatch(/^tag:inkluderingsguiden\.no,2026:/);
      expect(e.title).toBeTruthy();
      expect(Date.parse(e.updated ?? '')).not.toBeNaN();
      const url = new URL(e.link!);
      expect(url.protocol).toBe('https:');
      expect(url.pathname + url.hash).toMatch(feed.entryLinks);
    }
    // Newest first, and the feed is as new as its newest entry.
    const times = parsed.entries.map((e) => Date.parse(e.updated!));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(Date.parse(parsed.feed.updated!)).toBe(times[0]);
  });

  test(`${feed.page} links ${feed.path} in its head, and every entry's page exists`, async ({
    page,
    request,
  }) => {
    await goto(page, feed.page);
    const hrefs = await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs.map((h) => new URL(h).pathname)).toContain(feed.path);
    // The change log's feed is found from the front page and every rule page too.
    if (feed.path === '/endringslogg/atom.xml')
      for (const other of ['/', '/regelverk/hovedreglene/']) {
        await goto(page, other);
        await expect(
          page.locator(
            `head link[rel="alternate"][type="application/atom+xml"][href$="${feed.path}"]`
          )
        ).toHaveCount(1);
      }
    const xml = await (await get(request, feed.path)).text();
    const links = [
      ...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g),
    ].map((m) => new URL(m[1]!).pathname);
    for (const path of new Set(links)) expect((await request.get(path)).status(), path).toBe(200);
  });
}
