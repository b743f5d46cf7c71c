// Puts the five reports into kilder/: a full copy where the report's own terms allow republishing
// (form «hel» in kilder/manifest.json), otherwise only the lines content/ cites, each with its
// original line number (form «utdrag»). Writes the SHA-256 of both into the manifest and the table
// in kilder/README.md. Run it again after citations in content/ change:
//   node scripts/extract-cited.mjs [folder with the original reports, default ../shared/kilder]
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import {
  citationProblems,
  formatExtract,
  fullSource,
  parseLines,
  splitLines,
  unionRanges,
} from '../src/lib/content/cited-lines.mjs';
import {
  contentCitations,
  KILDER_DIR,
  MANIFEST,
  readManifest,
  sha256,
} from '../src/lib/content/kilder-files.mjs';

const root = '.';
const contentDir = process.env.CONTENT_DIR ?? 'content';
const originals = process.argv[2] ?? '../shared/kilder';
if (!existsSync(originals)) {
  console.error(
    `Finner ikke rapportene i ${originals}. Oppgi mappen: node scripts/extract-cited.mjs <mappe>`
  );
  process.exit(1);
}

const manifest = readManifest(root);
const kilder =
  /** @type {{ id: string, kind: string, file?: string, title: string, publisher: string, year?: string }[]} */ (
    load(readFileSync(join(root, contentDir, 'kilder.yaml'), 'utf8'))
  );
const citations = contentCitations(root, contentDir);
const problems = [];

for (const report of manifest.reports) {
  const bytes = readFileSync(join(originals, report.file));
  const text = bytes.toString('utf8');
  const hash = sha256(bytes);
  if (report.originalSha256 && report.originalSha256 !== hash) {
    problems.push(
      `${report.file}: originalen har SHA-256 ${hash}, men manifestet sier ${report.originalSha256}. Er det en annen utgave?`
    );
    continue;
  }
  const ids = new Set(kilder.filter((k) => k.file === report.file).map((k) => k.id));
  const cited = citations.filter((c) => ids.has(c.kilde));
  const source = fullSource(text);
  const bad = cited.flatMap((c) => citationProblems(c, report.file, source));
  if (bad.length > 0) {
    problems.push(...bad);
    continue;
  }

  report.originalLines = source.total;
  report.originalSha256 = hash;
  if (report.form === 'hel') {
    report.committed = report.file;
    copyFileSync(join(originals, report.file), join(root, KILDER_DIR, report.file));
    report.committedSha256 = hash;
  } else {
    const ranges = unionRanges([
      ...cited.flatMap((c) => parseLines(c.lines)),
      ...(report.termsLines ? parseLines(report.termsLines) : []),
    ]);
    report.committed = report.file.replace(/\.txt$/, '.utdrag.txt');
    const extract = formatExtract({
      file: report.file,
      total: source.total,
      sha256: hash,
      lines: splitLines(text),
      ranges,
    });
    writeFileSync(join(root, KILDER_DIR, report.committed), extract);
    report.committedSha256 = sha256(extract);
    report.extractedLines = ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

writeFileSync(join(root, KILDER_DIR, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);

// The table in kilder/README.md, from kilder.yaml (title, publisher, year) and the manifest.
const readmePath = join(root, KILDER_DIR, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const rows = manifest.reports.map((r) => {
  const k = kilder.find((x) => x.file === r.file);
  const form =
    r.form === 'hel'
      ? 'hele rapporten'
      : `utdrag: ${r.extractedLines} av ${r.originalLines} linjer`;
  return `| \`${r.committed}\` | ${k?.title ?? '?'} | ${k?.publisher ?? '?'} | ${k?.year ?? '?'} | ${r.terms} | ${form} |`;
});
const hashes = manifest.reports.map(
  (r) => `| \`${r.file}\` | \`${r.originalSha256}\` | \`${r.committedSha256}\` |`
);
const table = [
  '| Fil i repoet | Rapport | Utgiver | År | Vilkår for gjenbruk, slik rapporten oppgir dem | Lagt inn |',
  '|---|---|---|---|---|---|',
  ...rows,
  '',
  '| Originalfil | SHA-256 for hele rapporten | SHA-256 for filen i repoet |',
  '|---|---|---|',
  ...hashes,
].join('\n');
const start = '<!-- tabell: start (skrevet av scripts/extract-cited.mjs) -->';
const end = '<!-- tabell: slutt -->';
const at = readme.indexOf(start);
const stop = readme.indexOf(end);
if (at < 0 || stop < at) throw new Error(`${readmePath}: finner ikke merkene ${start} og ${end}`);
writeFileSync(readmePath, `${readme.slice(0, at + start.length)}\n${table}\n${readme.slice(stop)}`);
console.log(
  manifest.reports.map((r) => `${r.committed}: ${r.form}, SHA-256 ${r.committedSha256}`).join('\n')
);
