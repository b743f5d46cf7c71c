// @ts-check
// Pure helpers for the reports in kilder/: which lines content/ cites, the extract format, and the
// check that every cited range exists and is not empty. Plain JS so `node scripts/extract-cited.mjs`
// runs on any Node without a TypeScript step; the build and the tests use the same functions.

/** @typedef {[number, number]} Range  first and last line, 1-based, inclusive */
/**
 * @typedef {{ where: string, kilde: string, lines: string, field?: string }} Citation
 *   where = «content/x.mdx»; field = where in it, for a writer: «sources.2» or «<SourceRef> på linje 40»
 */
/** @typedef {{ has: (n: number) => boolean, line: (n: number) => string | undefined, total: number, form: 'hel' | 'utdrag' }} LineSource */

/**
 * «L12–40, L50» → [[12, 40], [50, 50]]. Throws on anything else, so a typo cannot pass as «no lines».
 * @param {string} lines
 * @returns {Range[]}
 */
export function parseLines(lines) {
  return lines.split(/,\s*/).map((part) => {
    const m = /^L(\d+)(?:[–-](\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`linjehenvisningen «${part}» skal skrives «L12» eller «L12–40»`);
    const from = Number(m[1]);
    return /** @type {Range} */ ([from, m[2] === undefined ? from : Number(m[2])]);
  });
}

/**
 * Ranges merged and sorted: the lines an extract must hold.
 * @param {Range[]} ranges
 * @returns {Range[]}
 */
export function unionRanges(ranges) {
  /** @type {Range[]} */
  const out = [];
  for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Every { kilde, lines } pair anywhere in a parsed YAML value (frontmatter or a data file).
 * @param {unknown} value
 * @param {string} where
 * @returns {Citation[]}
 */
export function citationsIn(value, where) {
  /** @type {Citation[]} */
  const out = [];
  // `path`: the keys and indexes down to the value («sources.2»; in a data file «<id>.sources.0»).
  const walk = (/** @type {unknown} */ v, /** @type {string[]} */ path) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)]));
    else if (v && typeof v === 'object') {
      const o = /** @type {Record<string, unknown>} */ (v);
      if (typeof o.kilde === 'string' && typeof o.lines === 'string')
        out.push({ where, kilde: o.kilde, lines: o.lines, field: path.join('.') });
      for (const [key, x] of Object.entries(o)) walk(x, [...path, key]);
    }
  };
  // A data file is a list of entries with ids: name the entry by its id, not its index.
  if (Array.isArray(value))
    value.forEach((entry, i) => {
      const id =
        entry && typeof entry === 'object' ? /** @type {{ id?: unknown }} */ (entry).id : '';
      walk(entry, [typeof id === 'string' && id ? id : String(i)]);
    });
  else walk(value, []);
  return out;
}

/**
 * Line references written in an MDX body: <SourceRef id="x" lines="L12–40" />, in any attribute order.
 * @param {string} body
 * @param {string} where
 * @param {number} [firstLine] the file's line the body starts on
 * @returns {Citation[]}
 */
export function bodyCitations(body, where, firstLine = 1) {
  return [...body.matchAll(/<SourceRef\b[^>]*>/g)].flatMap((m) => {
    const [tag] = m;
    const id = /\bid="([^"]+)"/.exec(tag)?.[1];
    const lines = /\blines="([^"]+)"/.exec(tag)?.[1];
    const line = firstLine + (body.slice(0, m.index).match(/\n/g)?.length ?? 0);
    return id && lines ? [{ where, kilde: id, lines, field: `<SourceRef> på linje ${line}` }] : [];
  });
}

/** A full report's text as numbered lines (a final newline ends the last line, it does not add one).
 * @param {string} text
 * @returns {string[]}
 */
export function splitLines(text) {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/**
 * The extract file: a header of «#» lines, then «<line number>\t<line as in the report>».
 * @param {{ file: string, total: number, sha256: string, lines: string[], ranges: Range[] }} args
 */
export function formatExtract({ file, total, sha256, lines, ranges }) {
  const head = [
    `# Utdrag av ${file}: bare linjene innholdet i content/ viser til. Laget av scripts/extract-cited.mjs.`,
    `# Hele rapporten har ${total} linjer og SHA-256 ${sha256}.`,
    '# Hver linje under: linjenummeret i rapporten, et tabulatortegn, og linjen nøyaktig slik den står der.',
  ];
  const body = ranges.flatMap(([a, b]) => {
    const out = [];
    for (let n = a; n <= b; n++) out.push(`${n}\t${lines[n - 1]}`);
    return out;
  });
  return `${[...head, ...body].join('\n')}\n`;
}

/**
 * @param {string} text  an extract file
 * @param {number} total  the full report's line count (from the manifest)
 * @returns {LineSource}
 */
export function extractSource(text, total) {
  /** @type {Map<number, string>} */
  const map = new Map();
  for (const row of splitLines(text)) {
    if (row.startsWith('#')) continue;
    const tab = row.indexOf('\t');
    const n = Number(row.slice(0, tab));
    if (tab < 1 || !Number.isInteger(n))
      throw new Error(`utdraget har en linje uten linjenummer: «${row.slice(0, 40)}»`);
    map.set(n, row.slice(tab + 1));
  }
  return { has: (n) => map.has(n), line: (n) => map.get(n), total, form: 'utdrag' };
}

/**
 * @param {string} text  a full copy
 * @returns {LineSource}
 */
export function fullSource(text) {
  const lines = splitLines(text);
  return {
    has: (n) => n >= 1 && n <= lines.length,
    line: (n) => lines[n - 1],
    total: lines.length,
    form: 'hel',
  };
}

/**
 * Problems with one citation: a range that is reversed, lies outside the report, is missing from the
 * extract, or holds only empty lines. Empty list when it is fine.
 * @param {Citation} c
 * @param {string} file  the report's file name, for the message
 * @param {LineSource} source
 * @returns {string[]}
 */
export function citationProblems(c, file, source) {
  /** @type {Range[]} */
  let ranges;
  try {
    ranges = parseLines(c.lines);
  } catch (error) {
    return [`${c.where}: ${c.kilde}: ${/** @type {Error} */ (error).message}`];
  }
  return ranges.flatMap(([a, b]) => {
    const label = a === b ? `L${a}` : `L${a}–${b}`;
    const at = `${c.where}: ${c.kilde} ${label}`;
    if (a < 1 || b < a) return [`${at}: linjeområdet er ugyldig`];
    if (b > source.total) return [`${at}: ${file} har bare ${source.total} linjer`];
    for (let n = a; n <= b; n++) {
      if (!source.has(n))
        return [
          `${at}: linje ${n} mangler i utdraget av ${file}; kjør node scripts/extract-cited.mjs <mappe med rapportene>`,
        ];
    }
    const text = Array.from({ length: b - a + 1 }, (_, i) => source.line(a + i) ?? '').join('');
    return text.trim() === '' ? [`${at}: linjene er tomme i ${file}`] : [];
  });
}
