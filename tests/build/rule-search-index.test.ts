import { load } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { requireDist } from '../support/dist';
import { blockTexts, indexedAsBlock, indexedContent, leftOut } from '../support/search-index';
import { all, builtPage, text, withAttr, withClass } from '../support/static-dom';
import { SIDE_PAGES } from '../../src/integrations/pagefind.mjs';

// Issue 19, item 1 (the rule pages): only the article text is searchable. The labels and dates
// above it, the contents list, the notices («Endret på denne siden», «Rettet», «Endret siden
// rapporten», «Dette gjelder fortsatt»), the source citations, the link lists («Historier som
// bruker denne veien», the routes line), the reference list and «Meld fra om feil» are out of the
// index; title, lead and headings are in. Read in the built HTML and in the built Pagefind index.
requireDist();
const index = indexedContent();

const notArticleText = [
  (el: Element) => el.name === 'p' && withClass('meta')(el),
  withClass('toc'),
  withAttr('data-page-corrections'),
  withAttr('data-correction-mark'),
  withAttr('data-change'),
  withAttr('data-still-applies'),
  withAttr('data-source-ref'),
  withAttr('data-related-stories'),
  withClass('references'),
  withAttr('data-report-error'),
];
const isNotArticleText = (el: Element) => notArticleText.some((m) => m(el));

const slugs = readdirSync('dist/regelverk', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

it('checks the rule pages (there are some)', () => {
  expect(slugs.length).toBeGreaterThan(5);
});

describe.each(slugs.map((s) => `/regelverk/${s}/`))('%s', (path) => {
  const page = builtPage(path);
  const regions = all(page, isNotArticleText);
  const headings = all(page, (el) => ['h1', 'h2', 'h3'].includes(el.name) && !leftOut(el));

  it('keeps every label, notice, contents list, link list and source out of data-pagefind-body', () => {
    expect(regions.length).toBeGreaterThan(3);
    const indexed = regions.filter((el) => !leftOut(el));
    expect(
      indexed.map(
        (el) => `${el.name} ${Object.keys(el.attribs).join(' ')}: ${text(el).slice(0, 60)}`
      )
    ).toEqual([]);
  });

  it('has none of their text in the built index; title, lead and headings are there', () => {
    const content = index.get(path);
    expect(content, `${path} mangler i søkeindeksen`).toBeDefined();
    const own = new Set(headings.map(text));
    // The contents list repeats the headings, which are the page's own text.
    const leaked = blockTexts(regions)
      .filter((t) => !own.has(t))
      .filter((t) => indexedAsBlock(t, content!));
    expect(leaked).toEqual([]);
    for (const t of ['Se endringsloggen', 'Gjelder for:', 'Meld fra om feil', 'Vi skrev før'])
      expect(content, t).not.toContain(t);
    const lead = text(all(page, withClass('lead'))[0]!);
    for (const t of [...headings.map(text), lead]) expect(content, t).toContain(t);
  });
});

// Issue 19, item 2: the blind queries asked for pages by name or subject («personvern», «hvem står
// bak nettsiden», «siste endringer»); each other content page is in the index, the FAQ and the
// ordliste by their records and a record each for the page's heading and lead.
it('indexes every other content page (type «side») and the wizard by its introduction', () => {
  const sider = readdirSync('content/sider')
    .map((f) => f.replace(/\.mdx$/, ''))
    .filter((s) => s !== 'ofte-stilte-sporsmal');
  expect([...SIDE_PAGES].sort()).toEqual([...sider, 'endringslogg', 'veiviser'].sort());
  for (const slug of SIDE_PAGES) expect(index.has(`/${slug}/`), slug).toBe(true);
  // The ordliste and the FAQ page as a whole: their heading and lead, not every entry again.
  expect(index.get('/ordliste/')).toMatch(/^Ordliste\b/);
  expect(index.get('/ofte-stilte-sporsmal/')).toMatch(/^Ofte stilte spørsmål\b/);
  expect(index.get('/ordliste/')!.length).toBeLessThan(400);
  const wizard = index.get('/veiviser/')!;
  expect(wizard).not.toMatch(/Statlig virksomhet|Hva slags virksomhet/);
});

// Issue 19, item 5: the change log holds the corrections and rule changes in full, and none of them
// is in the search index (the rule pages hold the current text once); the log itself is found by
// its name, lead and the headings of its two parts.
it('indexes the change log’s name and parts, not its entries', () => {
  const log = index.get('/endringslogg/')!;
  expect(log).toMatch(/^Endringslogg\b/);
  for (const part of ['Endringer i reglene', 'Rettelser i våre tekster'])
    expect(log).toContain(part);
  const entries = load(readFileSync('content/endringer.yaml', 'utf8')) as {
    title: string;
    now: string;
  }[];
  expect(entries.length).toBeGreaterThan(20);
  // Eight words in a row, from a text with its figure placeholders taken out.
  const run = (s: string) =>
    s
      .replace(/\{tall:[^}]+\}/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .split(' ')
      .slice(0, 8)
      .join(' ');
  for (const e of entries) {
    expect(log, e.title).not.toContain(`${run(e.title)}`);
    expect(log, e.now).not.toContain(run(e.now));
  }
});
