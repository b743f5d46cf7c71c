// LIX of every regelverk page, every other content page (content/sider/) and /en/ as built, with
// each page's written form (nb, nn, en), into docs/ytelse.md («Lesbarhet (LIX)»). A measurement,
// not a test: `npm run lix` after a build (bench.mjs runs it too). Needs Node 24 (it imports
// src/lib/lix.ts), which npm scripts put first in PATH. Target ≤ 40 (docs/innhold.md).
// The text is the page's <article> without what is not running prose: headings, the table of
// contents, «Kopier lenke», the reference list, inline source citations, tags and the meta lines.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { lixStats } from '../src/lib/lix.ts';
import { writeSection } from './ytelse-doc.mjs';

/** Removes every element whose start tag matches `start`, with all it contains (nesting aware). */
export function removeElements(html, start) {
  let out = html;
  for (let m = start.exec(out); m; m = start.exec(out)) {
    const tag = /^<(\w+)/.exec(m[0])[1];
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    re.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = re.exec(out); t; t = re.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, m.index) + out.slice(end);
    start.lastIndex = 0;
  }
  return out;
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The prose of a built regelverk page: one line per block (paragraph, list item, cell). */
export function bodyText(html) {
  const article = /<article\b[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  const skip = [
    /<section\b[^>]*class="references"[^>]*>/,
    /<h[1-6]\b[^>]*>/,
    /<nav\b[^>]*>/,
    /<a\b[^>]*data-copy-link[^>]*>/,
    /<span\b[^>]*class="copy-link__status"[^>]*>/,
    /<span\b[^>]*class="cite"[^>]*>/,
    /<[a-z]+\b[^>]*class="[^"]*\b(?:meta|ds-heading|ds-tag|print-only)\b[^"]*"[^>]*>/,
  ];
  const prose = skip.reduce(
    (text, re) => removeElements(text, new RegExp(re.source, 'g')),
    article
  );
  return prose
    .replace(/\s+/g, ' ') // line breaks in the MDX source are not paragraph ends
    .replace(/<\/(?:p|li|dt|dd|td|th|div|blockquote|figcaption|caption)>|<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (all, name) => entities[name] ?? all)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The pages measured: every regelverk page, the pages in content/sider/, and the English page. */
export function lixPages(dist = 'dist') {
  const rules = readdirSync(`${dist}/regelverk`)
    .filter((slug) => existsSync(`${dist}/regelverk/${slug}/index.html`))
    .map((slug) => ({ path: `/regelverk/${slug}/`, source: `../content/regelverk/${slug}.mdx` }));
  const sider = readdirSync('content/sider')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .map((slug) => ({ path: `/${slug}/`, source: `../content/sider/${slug}.mdx` }));
  return [...rules, ...sider, { path: '/en/', source: '../src/i18n/en.ts' }]
    .filter((p) => existsSync(`${dist}${p.path}index.html`))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function lixTable(dist = 'dist') {
  return lixPages(dist).map(({ path, source }) => {
    const html = readFileSync(`${dist}${path}index.html`, 'utf8');
    const title =
      /<h1\b[^>]*>([\s\S]*?)<\/h1>/
        .exec(html)?.[1]
        .replace(/<[^>]+>/g, '')
        .trim() ?? path;
    const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
    return { path, source, title, lang, ...lixStats(bodyText(html)) };
  });
}

/** Writes the «Lesbarhet (LIX)» section of docs/ytelse.md from dist/ and returns its text. */
export function writeLixSection() {
  if (!existsSync('dist/regelverk')) throw new Error('dist/ mangler: kjør «npm run build» først');
  const rows = lixTable();
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const over = rows.filter((r) => r.lix > 40);
  const body = `Målt med \`npm run lix\` (scripts/lix-report.mjs) ${new Date().toISOString().slice(0, 10)} på commit ${commit}.
LIX = ord per setning + prosent lange ord (over 6 bokstaver); mål: høyst 40 (lettlest til middels).
Teksten er \`<article>\` på den bygde siden uten overskrifter, innholdsfortegnelse, «Kopier lenke»,
kildehenvisninger i teksten, «Må sjekkes»-merker, metalinjer og referanselisten. Hvert avsnitt og
listepunkt teller som minst én setning. \`src/lib/lix.ts\` regner ut tallet.

Regelverksidene, de andre innholdssidene og den engelske siden, hver i sin skriftform (\`lang\`):
målet gjelder bokmål og nynorsk likt.

| Side | Form | Ord | Setninger | Lange ord | LIX | Mål ≤ 40 |
|---|---|---:|---:|---:|---:|---|
${rows.map((r) => `| [${r.title}](${r.source}) | ${r.lang} | ${r.words} | ${r.sentences} | ${r.longWords} | ${r.lix.toFixed(1)} | ${r.lix <= 40 ? 'ja' : '**nei**'} |`).join('\n')}

${over.length === 0 ? 'Alle sidene er innenfor målet.' : `${over.length} av ${rows.length} sider er over 40.`}
`;
  writeSection('Lesbarhet (LIX)', body);
  return body;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(writeLixSection());
