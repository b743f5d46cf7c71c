// Words per written form over the built site (språklova § 13): `npm run written-forms` after a
// build prints the words in bokmål, nynorsk and English per page and in all, writes the section
// «Skriftformer (bokmål og nynorsk)» of docs/ytelse.md, and exits 1 when bokmål or nynorsk is under
// MIN_FORM_SHARE (src/lib/written-forms.ts). tests/build/written-forms.test.ts holds the build to it.
// Pages: every page in the sitemap (the indexable pages) except the wizard, which språklova § 14
// has in both forms anyway.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formShares, MIN_FORM_SHARE, wordsByLang } from '../src/lib/written-forms.ts';
import { writeSection } from './ytelse-doc.mjs';

/** The sitemap's paths outside the wizard (/veiviser/ and its nynorsk twin /nn/veiviser/, språklova § 14). */
export function countedPaths(dist = 'dist') {
  const file = join(dist, 'sitemap-0.xml');
  if (!existsSync(file)) throw new Error(`${file} mangler: kjør «npm run build» først`);
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]).pathname)
    .filter((path) => !path.startsWith('/veiviser/') && !path.startsWith('/nn/veiviser/'))
    .sort();
}

/** Per page: its <html lang> and words by language; and the totals with each form's share. */
export function writtenFormsReport(dist = 'dist') {
  const pages = countedPaths(dist).map((path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '';
    return { path, lang, words: wordsByLang(html) };
  });
  return { pages, ...formShares(pages.map((p) => p.words)) };
}

const pct = (x) => `${(100 * x).toFixed(1).replace('.', ',')} %`;
const n = (x) => new Intl.NumberFormat('nb-NO').format(x ?? 0);

/** The report as text (markdown): the totals, then one row per page. */
export function reportText(report) {
  const { words, norwegian, share, below, pages } = report;
  const lines = [
    `| Skriftform | Ord | Del av bokmål + nynorsk |`,
    `|---|---:|---:|`,
    `| Bokmål (nb) | ${n(words.nb)} | ${pct(share.nb)} |`,
    `| Nynorsk (nn) | ${n(words.nn)} | ${pct(share.nn)} |`,
    `| Engelsk (en, teller ikke i delene) | ${n(words.en)} | – |`,
    `| Sum bokmål + nynorsk | ${n(norwegian)} | |`,
    '',
    below.length === 0
      ? `Begge skriftformene er over kravet på ${pct(MIN_FORM_SHARE)}.`
      : `**Under kravet på ${pct(MIN_FORM_SHARE)}:** ${below.join(', ')}.`,
    '',
    '<details><summary>Ord per side</summary>',
    '',
    '| Side | lang | nb | nn | en |',
    '|---|---|---:|---:|---:|',
    ...pages.map(
      (p) =>
        `| ${p.path} | ${p.lang} | ${n(p.words.get('nb'))} | ${n(p.words.get('nn'))} | ${n(p.words.get('en'))} |`
    ),
    '',
    '</details>',
  ];
  return lines.join('\n');
}

/** Writes the section of docs/ytelse.md and returns the report. */
export function writeWrittenFormsSection(report = writtenFormsReport()) {
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const body = `Målt med \`npm run written-forms\` (scripts/written-forms.mjs) ${new Date().toISOString().slice(0, 10)} på commit ${commit}.
Språklova § 13: minst ${pct(MIN_FORM_SHARE)} av hver skriftform i teksten på nettet. Teksten er ordene
leseren ser i \`<main>\` på hver side i sitemap utenom veiviseren (${report.pages.length} sider), hvert ord i
språket til nærmeste \`lang\` (sidens \`<html lang>\`, eller en del merket med et annet språk, som et
lovsitat på bokmål på en nynorskside). \`tests/build/written-forms.test.ts\` stopper under kravet.

${reportText(report)}
`;
  writeSection('Skriftformer (bokmål og nynorsk)', body);
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = writtenFormsReport();
  console.log(reportText(report));
  if (process.argv.includes('--write')) writeWrittenFormsSection(report);
  if (report.below.length > 0) {
    console.error(
      `\nFor lite av ${report.below.join(' og ')}: kravet er ${pct(MIN_FORM_SHARE)} av hver skriftform (språklova § 13).`
    );
    process.exitCode = 1;
  }
}
