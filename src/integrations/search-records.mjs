// One search record per ordliste entry and per FAQ answer, each at its own anchor
// (/ordliste/#id, /ofte-stilte-sporsmal/#id), cut from the built pages. A whole page would
// rank as one long hit; a record is the short answer the reader wants. Pure: HTML in, records out.
import { normalizeQuery, searchTermsFor } from '../lib/search-terms.ts';
import { otherFormWords } from '../lib/nynorsk-terms.ts';

/** Built pages the records come from (under dist/). */
export const RECORD_PAGES = {
  ordliste: 'ordliste/index.html',
  sporsmal: 'ofte-stilte-sporsmal/index.html',
};

const attrs = (s) =>
  Object.fromEntries([...s.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], m[2] ?? '']));
const decode = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const plain = (html) =>
  decode(
    html
      .replace(/<[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/(p|span|a)>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
  )
    .replace(/\s+/g, ' ')
    .trim();

/** The written form of a built page (its <html lang>): «nn», else «nb». */
const pageLang = (html) => (/<html\b[^>]*\blang="nn"/.test(html) ? 'nn' : 'nb');

/**
 * A record is a short excerpt of a longer page, and Pagefind favours short pages; at full weight
 * the ordliste line about «40 prosent» beat the rule page that sets it. Weighed down, the rule
 * page comes first for a paraphrase, and the record still answers its own words. A FAQ question is
 * the reader's own question and weighs more: on the nynorsk FAQ («Er arbeidstrening ei tilsetjing?»)
 * only «er» and «arbeidstrening» of «er arbeidstrening en ansettelse» are in its text.
 */
export const RECORD_WEIGHT = { heading: 1.5, question: 3, body: 0.3 };

/**
 * A record as an HTML document Pagefind indexes like a page: the heading is the title, the type
 * is metadata and a filter, `words` are search words (as on the pages), `defines` the ordliste
 * entry whose defining place this is, `lang` the written form of the page it comes from (the
 * record gets the other form's words as the pages do, src/lib/nynorsk-terms.ts).
 * @param {{ type: string, title: string, body: string, words?: string[], defines?: string, lang?: 'nb' | 'nn' }} record
 * @returns {string}
 */
export function recordHtml({ type, title, body, words = [], defines, lang = 'nb' }) {
  const otherForm = otherFormWords(`${title} ${plain(body)}`, lang);
  // A record's title is the reader's question: its common words («hva», «en») count as well.
  const otherFormTitle = otherFormWords(title, lang);
  // The compound table is in bokmål: a nynorsk record meets it through its terms' bokmål forms.
  // A question in the other form is the reader's own question: on a FAQ answer its words weigh as
  // search words, so «er arbeidstrening en ansettelse» finds «Er arbeidstrening ei tilsetjing?».
  const questionWords = type === 'sporsmal' ? otherFormTitle : [];
  const terms = [
    ...new Set([
      ...searchTermsFor(`${title} ${plain(body)} ${otherForm.join(' ')}`),
      ...words,
      ...questionWords,
    ]),
  ];
  // As on the pages (PagefindData.astro): the search words the heading carries, for ties.
  const named = [
    ...new Set(
      [...searchTermsFor(`${title} ${otherFormTitle.join(' ')}`), ...words].map(normalizeQuery)
    ),
  ];
  return `<!doctype html><html lang="${lang}"><head><title>${escape(title)}</title></head><body><main data-pagefind-body>
<h1 data-pagefind-weight="${type === 'sporsmal' ? RECORD_WEIGHT.question : RECORD_WEIGHT.heading}">${escape(title)}</h1>
<div data-pagefind-weight="${RECORD_WEIGHT.body}">${body}</div>
<div hidden data-pagefind-ignore><span data-pagefind-meta="type:${type}"></span><span data-pagefind-filter="type:${type}"></span>${
    defines ? `<span data-pagefind-filter="definerer:${escape(defines)}"></span>` : ''
  }${
    terms.length > 0 ? `<span data-pagefind-meta="sokeord:${escape(terms.join(' '))}"></span>` : ''
  }${[...named.map((t) => `navn:${t}`), ...(type === 'regelverk' ? ['regelverk'] : [])]
    .map((v) => `<span data-pagefind-filter="rang:${escape(v)}"></span>`)
    .join('')}${
    otherForm.length > 0
      ? `<span data-pagefind-meta="skriftform:${escape(otherForm.join(' '))}"></span>`
      : ''
  }${
    otherFormTitle.length > 0
      ? `<span data-pagefind-meta="skriftformtittel:${escape(otherFormTitle.join(' '))}"></span>`
      : ''
  }</div>
</main></body></html>`;
}

/**
 * The ordliste entries: <dt id data-search-entry [data-search-words]>term</dt><dd>…</dd>.
 * @param {string} html
 * @returns {{ url: string, html: string }[]}
 */
export function ordlisteRecords(html, path = '/ordliste/') {
  const lang = pageLang(html);
  return [
    ...html.matchAll(
      /<dt\b([^>]*\bdata-search-entry\b[^>]*)>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/g
    ),
  ].map((m) => {
    const a = attrs(m[1]);
    const words = a['data-search-words'] ? decode(a['data-search-words']).split('|') : [];
    return {
      url: `${path}#${a.id}`,
      html: recordHtml({
        type: 'ordliste',
        title: plain(m[2]),
        body: m[3],
        words,
        defines: words.length > 0 ? a.id : undefined,
        lang,
      }),
    };
  });
}

/**
 * The FAQ answers: each <h2 id> with the text up to the next h2 or the reference list.
 * @param {string} html
 * @returns {{ url: string, html: string }[]}
 */
export function faqRecords(html, path = '/ofte-stilte-sporsmal/') {
  const article = html.slice(0, html.search(/<section class="references"|<\/article>/) >>> 0);
  const lang = pageLang(html);
  const parts = article.split(/(?=<div class="heading-anchor"><h2\b)/).slice(1);
  return parts.map((part) => {
    const h = /<h2\b([^>]*)>([\s\S]*?)<\/h2>/.exec(part);
    if (!h) throw new Error(`FAQ: a section without a heading in ${path}`);
    const body = part.slice(part.indexOf('</div>', h.index) + '</div>'.length);
    return {
      url: `${path}#${attrs(h[1]).id}`,
      html: recordHtml({ type: 'sporsmal', title: plain(h[2]), body, lang }),
    };
  });
}

/**
 * A record for a page that the search otherwise holds only as its parts (the ordliste and the FAQ):
 * its heading and lead, at the page's own address, so a reader who searches for the page by its
 * name or what it offers («ordliste», «spørsmål og svar») finds the page, not one entry of it.
 * @param {string} html
 * @param {string} path
 * @returns {{ url: string, html: string }}
 */
export function pageRecord(html, path) {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  if (!h1) throw new Error(`${path}: no <h1>`);
  const lead = /<p class="lead"[^>]*>([\s\S]*?)<\/p>/.exec(html.slice(h1.index))?.[1] ?? '';
  return {
    url: path,
    html: recordHtml({ type: 'side', title: plain(h1[1]), body: lead, lang: pageLang(html) }),
  };
}

/**
 * The words a query for a figure may use: its value as the pages write it («seks måneder», «40
 * prosent», «ett år») and in digits («6 måneder», «12 måneder», «2 år», «24 måneder»).
 * @param {{ value: number, unit: string }} f
 * @param {string} written the value as the pages write it (formatValue)
 */
export function figureWords(f, written) {
  const unit = { prosent: 'prosent', maneder: 'måneder', ar: 'år', kroner: 'kroner' }[f.unit];
  const words = [written];
  if (unit) words.push(`${f.value} ${unit}`);
  if (f.unit === 'maneder' && f.value % 12 === 0) words.push(`${f.value / 12} år`);
  if (f.unit === 'ar') words.push(`${f.value * 12} måneder`);
  return [...new Set(words)];
}

/**
 * A record for the figures of content/tall.json at the place that defines them (issue 19, item 1):
 * each figure belongs to the section of the rule page its label names, else of the page that uses it
 * most (ties: the first page), and
 * each such section is one record at /regelverk/<side>/#<heading> (several figures of one section,
 * such as the rates, share it). Its title is the page's and the section's heading, its text the
 * sentences the figures stand in, and its search words the values in words and digits, so «6
 * måneder» or «40 prosent» finds the rule that sets it and opens at it. A figure no rule page uses
 * (four only the FAQ's «Hvor lenge» answer uses) is found through that answer's record.
 * @param {{ path: string, html: string }[]} pages built rule pages
 * @param {{ id: string, label: string, value: number, unit: string }[]} figures
 * @param {(f: { value: number, unit: string }) => string} format the value as the pages write it
 * @returns {{ url: string, html: string, figures: string[] }[]}
 */
export function figureRecords(pages, figures, format) {
  /** @type {Map<string, { path: string, anchor: string, heading: string, title: string, block: string, lang: string }[]>} */
  const uses = new Map();
  for (const { path, html } of pages) {
    const article = html.slice(0, html.search(/<section class="references"|<\/article>/) >>> 0);
    const lang = pageLang(html);
    const title = plain(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(article)?.[1] ?? '');
    for (const m of article.matchAll(/<span class="figure" data-figure="([^"]+)"/g)) {
      const before = article.slice(0, m.index);
      const heading = [
        ...before.matchAll(/<h[23]\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h[23]>/g),
      ].at(-1);
      if (!heading) continue;
      // The paragraph, list item or table cell the figure stands in.
      const start = Math.max(
        before.lastIndexOf('<p '),
        before.lastIndexOf('<p>'),
        before.lastIndexOf('<li'),
        before.lastIndexOf('<td')
      );
      const end = m.index + article.slice(m.index).search(/<\/(p|li|td)>/);
      const block =
        start >= 0 && end > m.index
          ? article.slice(start, end).replace(/^<(p|li|td)\b[^>]*>/, '')
          : '';
      const list = uses.get(m[1]) ?? [];
      list.push({ path, anchor: heading[1], heading: plain(heading[2]), title, block, lang });
      uses.set(m[1], list);
    }
  }
  /** @type {Map<string, { place: { path: string, anchor: string, heading: string, title: string, lang: string }, blocks: Set<string>, words: string[], figures: string[] }>} */
  const sections = new Map();
  for (const f of figures) {
    const list = uses.get(f.id);
    if (!list) continue;
    // The page the figure's label names («Midlertidig lønnstilskudd …: sats»), else the page that
    // uses it most; ties: the first page.
    const named = (u) => (f.label.toLowerCase().startsWith(u.title.toLowerCase()) ? 1 : 0);
    const count = (path) => list.filter((u) => u.path === path).length;
    const place = [...list].sort((a, b) => named(b) - named(a) || count(b.path) - count(a.path))[0];
    const url = `${place.path}#${place.anchor}`;
    const section = sections.get(url) ?? { place, blocks: new Set(), words: [], figures: [] };
    for (const u of list)
      if (u.path === place.path && u.anchor === place.anchor) section.blocks.add(u.block);
    section.words.push(...figureWords(f, format(f)));
    section.figures.push(f.id);
    sections.set(url, section);
  }
  return [...sections].map(([url, { place, blocks, words, figures: ids }]) => ({
    url,
    figures: ids,
    html: recordHtml({
      type: 'regelverk',
      title: `${place.title} – ${place.heading}`,
      body: [...blocks].map((b) => `<p>${b}</p>`).join('\n'),
      words: [...new Set(words)],
      lang: place.lang,
    }),
  }));
}
