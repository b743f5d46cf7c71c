// @ts-check
// Reads kilder/ and content/ from disk and checks them: the SHA-256 of every committed report file,
// and that every line range content/ cites exists and is not empty. Used by the build
// (src/integrations/kilder-check.mjs), by scripts/extract-cited.mjs and by the tests.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load } from 'js-yaml';
import {
  bodyCitations,
  citationProblems,
  citationsIn,
  extractSource,
  fullSource,
} from './cited-lines.mjs';

/**
 * @typedef {{ file: string, form: 'hel' | 'utdrag', terms: string, committed: string,
 *   originalLines: number, originalSha256: string, committedSha256: string }} ManifestReport
 * @typedef {{ reports: ManifestReport[] }} Manifest
 */

export const KILDER_DIR = 'kilder';
export const MANIFEST = 'manifest.json';

/** @param {string | Buffer} data */
export const sha256 = (data) => createHash('sha256').update(data).digest('hex');

/** @param {string} root @returns {Manifest} */
export function readManifest(root) {
  return JSON.parse(readFileSync(join(root, KILDER_DIR, MANIFEST), 'utf8'));
}

/** @param {string} dir @returns {string[]} every file under dir */
function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/**
 * Every cited line range in content/: frontmatter and data files (any { kilde, lines }) and
 * <SourceRef lines="…"> in MDX bodies.
 * @param {string} root
 * @param {string} contentDir
 */
export function contentCitations(root, contentDir) {
  return walk(join(root, contentDir)).flatMap((path) => {
    const where = relative(root, path);
    const text = readFileSync(path, 'utf8');
    if (/\.ya?ml$/.test(path)) return citationsIn(load(text), where);
    if (!/\.mdx?$/.test(path)) return [];
    const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
    if (!m) return bodyCitations(text, where);
    const bodyLine = text.slice(0, text.length - (m[2] ?? '').length).split('\n').length;
    return [...citationsIn(load(m[1] ?? ''), where), ...bodyCitations(m[2] ?? '', where, bodyLine)];
  });
}

/** @param {string} root @param {string} contentDir */
const kilderList = (root, contentDir) =>
  /** @type {{ id: string, kind: string, file?: string }[]} */ (
    load(readFileSync(join(root, contentDir, 'kilder.yaml'), 'utf8'))
  );

/** kilde id → report file name, from content/kilder.yaml. @param {string} root @param {string} contentDir */
export function reportFiles(root, contentDir) {
  return new Map(
    kilderList(root, contentDir)
      .filter((k) => k.kind === 'rapport' && k.file)
      .map((k) => [k.id, /** @type {string} */ (k.file)])
  );
}

/**
 * What is wrong with a cited source that is not a report, in words a writer can act on: an id
 * content/kilder.yaml does not have, or a law text or page (which has no lines to cite).
 * @param {import('./cited-lines.mjs').Citation} c
 * @param {string | undefined} kind the source's kind in content/kilder.yaml, undefined when it is not there
 */
export function notAReport(c, kind) {
  const at = `${c.where}: ${c.field ? `${c.field}: ` : ''}`;
  if (kind === 'rapport')
    return `${at}rapporten «${c.kilde}» har ingen file i content/kilder.yaml: skriv filnavnet i kilder/ der.`;
  return kind === undefined
    ? `${at}ukjent kilde «${c.kilde}»: finnes ikke i content/kilder.yaml. Skriv id-en slik den står der, eller legg kilden til i content/kilder.yaml.`
    : `${at}kilden «${c.kilde}» er ${kind === 'lovtekst' ? 'en lovtekst' : `av typen ${kind}`}, ikke en rapport: lines (${c.lines}) viser til linjer i rapportene i kilder/ og brukes bare for dem. Fjern lines, eller vis til en rapport.`;
}

/** The committed file of one report as a line source. @param {string} root @param {ManifestReport} r */
export function committedSource(root, r) {
  const text = readFileSync(join(root, KILDER_DIR, r.committed), 'utf8');
  return r.form === 'hel' ? fullSource(text) : extractSource(text, r.originalLines);
}

/** Hash problems: a committed file missing or changed. @param {string} root @param {Manifest} manifest */
export function hashProblems(root, manifest) {
  return manifest.reports.flatMap((r) => {
    const path = join(KILDER_DIR, r.committed);
    if (!existsSync(join(root, path))) return [`${path}: filen mangler`];
    const actual = sha256(readFileSync(join(root, path)));
    const expected = r.form === 'hel' ? r.originalSha256 : r.committedSha256;
    return actual === expected
      ? []
      : [
          `${path}: SHA-256 er ${actual}, men ${KILDER_DIR}/${MANIFEST} sier ${expected}; filen er endret`,
        ];
  });
}

/** Cited-line problems over all of content/. @param {string} root @param {string} contentDir @param {Manifest} manifest */
export function citedLineProblems(root, contentDir, manifest) {
  const files = reportFiles(root, contentDir);
  const kinds = new Map(kilderList(root, contentDir).map((k) => [k.id, k.kind]));
  const byFile = new Map(manifest.reports.map((r) => [r.file, r]));
  /** @type {Map<string, import('./cited-lines.mjs').LineSource>} */
  const sources = new Map();
  return contentCitations(root, contentDir).flatMap((c) => {
    const file = files.get(c.kilde);
    if (!file) return [notAReport(c, kinds.get(c.kilde))];
    const report = byFile.get(file);
    if (!report) return [`${c.where}: ${c.kilde}: ${file} mangler i ${KILDER_DIR}/${MANIFEST}`];
    if (!sources.has(file)) sources.set(file, committedSource(root, report));
    return citationProblems(
      c,
      file,
      /** @type {import('./cited-lines.mjs').LineSource} */ (sources.get(file))
    );
  });
}

/** Everything the build checks about kilder/, as «file: message» lines; empty when all is well. */
export function kilderProblems(root = '.', contentDir = process.env.CONTENT_DIR ?? 'content') {
  let manifest;
  try {
    manifest = readManifest(root);
  } catch (error) {
    return [
      `${KILDER_DIR}/${MANIFEST}: kan ikke lese filen: ${/** @type {Error} */ (error).message}`,
    ];
  }
  const hashes = hashProblems(root, manifest);
  // A changed file would give misleading line errors; report the hash first.
  return hashes.length > 0 ? hashes : citedLineProblems(root, contentDir, manifest);
}
