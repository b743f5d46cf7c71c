// Builds the Pagefind search index into dist/pagefind/ after `astro build` (this integration, in
// astro.config.mjs), or by hand: node scripts/pagefind-index.mjs [dist].
// Story and regelverk pages, and a record per ordliste entry, FAQ answer and figure of
// content/tall.json, and one for each of those two pages as a whole (search-records.mjs):
// wizard steps, filter lists and other pages are left out.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  faqRecords,
  figureRecords,
  ordlisteRecords,
  pageRecord,
  RECORD_PAGES,
} from './search-records.mjs';
import { readFragments } from './pagefind-fragments.mjs';
import {
  loadSearchQuestions,
  QUESTION_FILE_NAME,
  questionFile,
  withQuestions,
} from './search-questions.mjs';
import { figures, formatValue } from '../lib/figures.ts';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import * as pagefind from 'pagefind';

/** The folders of the story and rule pages; of their pages, those marked data-pagefind-body are indexed. */
export const SEARCH_FOLDERS = ['suksesshistorier', 'regelverk'];

/**
 * The other pages a reader may search for by name or subject (issue 19, item 2: the blind queries
 * asked for them): each indexes its article (and the wizard its introduction) as type «side». The
 * FAQ and the ordliste are searched by their records, and /sok/ and the lists are not pages to find.
 */
export const SIDE_PAGES = [
  'om',
  'personvern',
  'tilgjengelighetserklaering',
  'hva-arbeidsgivere-forteller',
  'endringslogg',
  'veiviser',
];

/**
 * One index for the whole site. Pagefind splits its index by <html lang> unless told otherwise, and
 * a search then looks only in the index of its own page's language: the nynorsk pages (lang="nn")
 * would be missing from a search on a bokmål page, and the reverse. Forcing one language keeps
 * bokmål, nynorsk and the records in one index, with the Norwegian stemmer for both forms.
 */
export const INDEX_OPTIONS = { forceLanguage: 'nb' };

export async function buildSearchIndex(dist = 'dist', log = console.log) {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const questions = loadSearchQuestions();
  const add = async (url, html) => {
    const r = await index.addHTMLFile({ url, content: withQuestions(html, url, questions) });
    if (r.errors.length > 0) throw new Error(`Pagefind: ${url}: ${r.errors.join('; ')}`);
  };
  try {
    // Each page on its own (not addDirectory): the readers' questions go into it first.
    const pages = SEARCH_FOLDERS.flatMap((folder) =>
      readdirSync(resolve(dist, folder), { recursive: true })
        .filter((f) => String(f).endsWith('index.html'))
        .map((f) => ({
          url: `/${folder}/${String(f).replace(/index\.html$/, '')}`,
          html: readFileSync(resolve(dist, folder, String(f)), 'utf8'),
        }))
        .filter((p) => p.html.includes('data-pagefind-body'))
        // In path order, folder by folder: Pagefind's order of equal scores follows it.
        .sort((a, b) => (a.url < b.url ? -1 : 1))
    );
    if (pages.length === 0)
      throw new Error(
        `Pagefind: no page with data-pagefind-body under ${SEARCH_FOLDERS.join(', ')} in ${dist}`
      );
    for (const { url, html } of pages) await add(url, html);
    const rulePages = readdirSync(resolve(dist, 'regelverk'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
      .map((slug) => ({
        path: `/regelverk/${slug}/`,
        html: readFileSync(resolve(dist, 'regelverk', slug, 'index.html'), 'utf8'),
      }));
    const records = [
      ...ordlisteRecords(readFileSync(resolve(dist, RECORD_PAGES.ordliste), 'utf8')),
      ...faqRecords(readFileSync(resolve(dist, RECORD_PAGES.sporsmal), 'utf8')),
      ...figureRecords(rulePages, figures, (f) => formatValue(f)),
      // The ordliste and the FAQ page themselves (their heading and lead), found by their names.
      ...Object.values(RECORD_PAGES).map((file) =>
        pageRecord(
          readFileSync(resolve(dist, file), 'utf8'),
          `/${file.replace(/index\.html$/, '')}`
        )
      ),
    ];
    for (const slug of SIDE_PAGES)
      await add(`/${slug}/`, readFileSync(resolve(dist, slug, 'index.html'), 'utf8'));
    for (const { url, html } of records) await add(url, html);
    // An entry for a page the index does not hold (a story removed or renamed) is unused. A
    // warning, not a stop: copies of the site with other stories (the paged-lists test,
    // bench:stories) build with the same file. tests/build/search-questions.test.ts fails on it.
    const indexedPaths = new Set([
      ...pages.map((p) => p.url),
      ...SIDE_PAGES.map((s) => `/${s}/`),
      ...records.map((r) => r.url),
    ]);
    const unused = questions.filter((q) => !indexedPaths.has(q.side));
    if (unused.length > 0)
      log(
        `content/sokesporsmal.yaml: ${unused.length} oppføringer for sider søket ikke har (${unused[0].side} …)`
      );
    // Pagefind adds its files to the folder: an index built again (scripts/pagefind-index.mjs)
    // would keep the old fragments beside the new ones.
    rmSync(resolve(dist, 'pagefind'), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: resolve(dist, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // The entry file says how many pages and records were indexed.
    const entry = JSON.parse(
      readFileSync(resolve(written.outputPath, 'pagefind-entry.json'), 'utf8')
    );
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed === 0) throw new Error('Pagefind: no page has data-pagefind-body');
    writeFileSync(
      resolve(written.outputPath, QUESTION_FILE_NAME),
      questionFile(questions, idsByPath(written.outputPath))
    );
    log(
      `Pagefind: ${indexed} pages and records indexed (${pages.length} story and rule pages, ${records.length} records) into ${written.outputPath}`
    );
    return indexed;
  } finally {
    await pagefind.close();
  }
}

/** The Pagefind ids of the written index by page path (without #section). */
export function idsByPath(pagefindDir) {
  const out = new Map();
  for (const { id, url } of readFragments(pagefindDir)) {
    const path = url.split('#')[0];
    out.set(path, [...(out.get(path) ?? []), id]);
  }
  return out;
}

/** Astro integration: index the built site, so every `astro build` ships a matching index. */
export function pagefindIntegration() {
  return {
    name: 'inkluderingsguiden:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), (msg) => logger.info(msg));
      },
    },
  };
}
