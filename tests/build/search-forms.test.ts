import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { INDEX_OPTIONS } from '../../src/integrations/pagefind.mjs';
import { recordHtml } from '../../src/integrations/search-records.mjs';
import { openIndex } from '../support/pagefind-node';
import { distFile, requireDist } from '../support/dist';

// Issue 20: a query in either written form finds pages in either form. Pagefind splits its index
// by <html lang> unless told otherwise, which would hide the nynorsk pages from a search on a
// bokmål page; src/integrations/pagefind.mjs forces one index. Each page carries the other form's
// words for its terms (metadata «skriftform», src/lib/nynorsk-terms.ts). Pagefind's own search runs
// here in Node (tests/support/pagefind-node.ts), on the site's index and on a small index built the
// same way from a nynorsk page of the site.
requireDist();

describe('the site’s search index', () => {
  let search: Awaited<ReturnType<typeof openIndex>>;
  beforeAll(async () => {
    search = await openIndex('dist/pagefind');
  });

  it('is one index for both written forms', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages)).toEqual(['nb']);
  });

  it('a nynorsk query finds the bokmål pages on the term', async () => {
    expect((await search('lønstilskot'))[0]).toBe('/regelverk/midlertidig-lonnstilskudd/');
    expect((await search('mellombels lønstilskot'))[0]).toBe(
      '/regelverk/midlertidig-lonnstilskudd/'
    );
    // Administrativ ansettelse is nynorsk now (it writes «tilsetjing»); midlertidig ansettelse stays bokmål.
    expect((await search('tilsetjing')).slice(0, 3)).toEqual(
      expect.arrayContaining(['/regelverk/midlertidig-ansettelse/'])
    );
    expect((await search('mellombels')).slice(0, 3)).toContain(
      '/regelverk/midlertidig-ansettelse/'
    );
    expect((await search('funksjonsnedsetjing')).slice(0, 3)).toContain(
      '/regelverk/hvem-er-i-malgruppen/'
    );
  });

  it('a nynorsk rule page carries the bokmål words of its lead at the lead’s weight', async () => {
    const lead = (path: string) =>
      /data-pagefind-meta="skriftformtittel:([^"]*)"/.exec(
        readFileSync(distFile(path), 'utf8')
      )?.[1];
    // «… utan utlysing i inntil seks månader …»: Pagefind needs every word of a query.
    expect(lead('/regelverk/administrativ-ansettelse/')?.split(' ')).toEqual(
      expect.arrayContaining(['ansette', 'midlertidig', 'uten', 'utlysning', 'måneder'])
    );
    expect(lead('/regelverk/unntak-fra-utlysning/')).toBeUndefined();
    expect((await search('seks måneder uten utlysning'))[0]).toBe(
      '/regelverk/administrativ-ansettelse/'
    );
  });

  it('a bokmål query still finds the same pages first', async () => {
    expect((await search('lønnstilskudd'))[0]).toBe('/regelverk/midlertidig-lonnstilskudd/');
  });
});

describe('a nynorsk page in the index', () => {
  // The text of /om/ (nynorsk) as a search record, the way the FAQ answers are indexed, beside a
  // bokmål rule page, in an index built with the site's options.
  const dir = 'build/search-forms/pagefind';
  let search: Awaited<ReturnType<typeof openIndex>>;
  let body = '';

  beforeAll(async () => {
    rmSync('build/search-forms', { recursive: true, force: true });
    mkdirSync('build/search-forms', { recursive: true });
    const om = readFileSync(distFile('/om/'), 'utf8');
    expect(om).toMatch(/<html lang="nn"/);
    // The page's own nynorsk text: up to the list of sources, whose titles are bokmål.
    const article = /<article\b[^>]*>([\s\S]*?)<\/article>/.exec(om)?.[1] ?? '';
    // Without the page's search metadata (PagefindData.astro: its type and the other form's words).
    body = article
      .slice(0, article.search(/<div class="heading-anchor"><h2 id="kilder"/))
      .replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/, '');
    expect(body.length).toBeGreaterThan(5_000);
    const { index } = await pagefind.createIndex(INDEX_OPTIONS);
    if (!index) throw new Error('Pagefind: no index');
    await index.addHTMLFile({
      url: '/om/',
      content: recordHtml({ type: 'sporsmal', title: 'Om nettstaden', body, lang: 'nn' }),
    });
    // A rule page that stays bokmål (docs/innhold.md, «Plan»): administrativ ansettelse is nynorsk now.
    const bokmal = readFileSync(distFile('/regelverk/unntak-fra-utlysning/'), 'utf8');
    expect(bokmal).toMatch(/<html lang="nb"/);
    await index.addHTMLFile({ url: '/regelverk/unntak-fra-utlysning/', content: bokmal });
    await index.writeFiles({ outputPath: dir });
    await pagefind.close();
    search = await openIndex(dir);
  }, 60_000);
  afterAll(() => rmSync('build/search-forms', { recursive: true, force: true }));

  it('is indexed with the bokmål pages, in one language', () => {
    expect(existsSync(`${dir}/pagefind-entry.json`)).toBe(true);
    const entry = JSON.parse(readFileSync(`${dir}/pagefind-entry.json`, 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages).toEqual({ nb: expect.objectContaining({ page_count: 2 }) });
  });

  it('a bokmål query finds the nynorsk page', async () => {
    // /om/ writes «lønstilskot» and «tilsetjing», never the bokmål forms.
    expect(body).toMatch(/lønstilskot/);
    expect(body).not.toMatch(/lønnstilskudd|ansettelse/i);
    expect(await search('lønnstilskudd')).toContain('/om/');
    expect(await search('ansettelse')).toContain('/om/');
  });

  it('a nynorsk query finds the bokmål page', async () => {
    expect(await search('tilsetjing')).toContain('/regelverk/unntak-fra-utlysning/');
    expect(await search('mellombels')).toContain('/regelverk/unntak-fra-utlysning/');
  });
});
