// Build check: NAV's rates, amounts and lengths are written with <Figure id="…" /> (or {tall:id} in
// YAML) from content/tall.json, never by hand next to a measure's name. A historical figure passes
// with a marker of its year that also stands in the sentence: {/* historisk: 2025 */} in MDX,
// {historisk: 2025} in YAML. A length next to a legal reference must be one content/tall.json gives
// for that reference (statutory limits stay in prose, checked against the data).
import { figures, type Figure, type RuleFigure } from '../figures';
import { lineAt, sentences, type Sentence } from './sentences';

/** A measure whose figures NAV sets (bokmål, and nynorsk for the pages in nynorsk). */
const measure =
  /tilskudd|tilskot|arbeidstrening|mentor|\bsats(?:en|ene|er|ar|ane)?\b|NAV dekker|NAV dekkjer/i;
const percent = /(?<![\p{L}\d,])\d+(?:,\d+)?\s?(?:prosent\b|%)/gu;
const kroner = /(?<![\p{L}\d])\d{1,3}(?:[  ]\d{3})*\s?kroner\b|\bkr\.?\s?\d/gu;
/** A multiple of the grunnbeløp: «5 G», «fem ganger grunnbeløpet» (review 2026-12-06, N17). */
const grunnbelop = /(?<![\p{L}\d])\d+\s?G\b|(?<![\p{L}])\p{L}+\s+ganger\s+grunnbeløpet/gu;
const numberWords: Record<string, number> = {
  en: 1,
  én: 1,
  ett: 1,
  et: 1,
  ein: 1,
  éin: 1,
  eitt: 1,
  eit: 1,
  to: 2,
  tre: 3,
  fire: 4,
  fem: 5,
  seks: 6,
  sju: 7,
  syv: 7,
  åtte: 8,
  ni: 9,
  ti: 10,
  elleve: 11,
  tolv: 12,
  atten: 18,
};
const length = new RegExp(
  `(?<![\\p{L}\\d])(\\d+|${Object.keys(numberWords).join('|')})\\s+(måneder|måned|månader|månad|år)(?![\\p{L}\\d])`,
  'giu'
);
const historic = /\{\/\*\s*historisk:\s*(\d{4})\s*\*\/\}|\{historisk:\s*(\d{4})\}/g;

/** Months for «seks måneder», «ett år», «18 måneder» (nynorsk «seks månader», «eitt år»). */
export function lengthInMonths(amount: string, unit: string): number {
  const n = numberWords[amount.toLowerCase()] ?? Number(amount);
  return unit.toLowerCase() === 'år' ? n * 12 : n;
}

const ruleFigures = figures.filter((f): f is RuleFigure => f.kind === 'regel');

/** Legal references in a sentence: <LegalRef id="sal-7" /> or the paragraph written out («§ 7»). */
function legalRefsIn(text: string, paragraphs: ReadonlyMap<string, string>): Set<string> {
  const ids = new Set(
    [...text.matchAll(/<LegalRef\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1] as string)
  );
  for (const [id, paragraph] of paragraphs) {
    if (
      new RegExp(`${paragraph.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u').test(
        text
      )
    )
      ids.add(id);
  }
  return ids;
}

/** Text a reader sees, with figures from the data, references and link targets taken out. */
const visible = (text: string) =>
  text
    .replace(/<Figure\b[^>]*\/>/g, ' ')
    .replace(/\{tall:[a-z0-9-]+(?::verdi)?\}/g, ' ')
    .replace(/<(SourceRef|LegalRef|Changed|StillApplies)\b[^>]*\/>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(historic, ' ');

const figureIds = (text: string) => [
  ...[...text.matchAll(/<Figure\b[^>]*\bid="([^"]+)"[^>]*\/>/g)].map((m) => ({
    id: m[1] as string,
    dated: !/date=\{false\}/.test(m[0]),
  })),
  ...[...text.matchAll(/\{tall:([a-z0-9-]+)(:verdi)?\}/g)].map((m) => ({
    id: m[1] as string,
    dated: !m[2],
  })),
];

/**
 * Which sentences a historical marker covers. A marker inside a paragraph, list item or table row
 * covers that unit, and its year must stand there or in the block before (a lead-in). A marker alone
 * in its block covers the rest of the section (to the next <H2>), and its year must stand in the section.
 */
function historicCover(
  all: Sentence[],
  file: string,
  problems: string[]
): (s: Sentence) => boolean {
  const units = new Set<number>();
  const blocks = new Set<number>();
  const join = (list: Sentence[]) => list.map((s) => s.text).join(' ');
  const h2Blocks = all.filter((s) => /^\s*<H2\b/.test(s.text)).map((s) => s.block);
  for (const u of new Set(all.map((s) => s.unit))) {
    const here = all.filter((s) => s.unit === u);
    const text = join(here);
    const years = [...text.matchAll(historic)].map((m) => (m[1] ?? m[2]) as string);
    if (years.length === 0) continue;
    const { block, line } = here[0] as Sentence;
    const alone =
      all.filter((s) => s.block === block).every((s) => s.unit === u) &&
      text.replace(historic, '').trim() === '';
    let seen: string;
    if (alone) {
      const start = Math.max(-1, ...h2Blocks.filter((b) => b <= block));
      const next = Math.min(Infinity, ...h2Blocks.filter((b) => b > block));
      all.filter((s) => s.block > block && s.block < next).forEach((s) => blocks.add(s.block));
      seen = visible(join(all.filter((s) => s.block >= start && s.block < next)));
    } else {
      units.add(u);
      seen = visible(`${join(all.filter((s) => s.block === block - 1))} ${text}`);
    }
    for (const year of years) {
      if (!seen.includes(year))
        problems.push(
          `${file}: linje ${line}: markøren historisk: ${year} krever at året ${year} står i teksten den gjelder for`
        );
    }
  }
  return (s) => units.has(s.unit) || blocks.has(s.block);
}

/** MDX with only the frontmatter a reader sees (title, summary), each line a block; line numbers kept. */
function readerFrontmatter(text: string): string {
  const lines = text.split('\n');
  if (lines[0] !== '---') return text;
  const end = lines.indexOf('---', 1);
  return lines
    .map((line, i) =>
      i > 0 && i < end && /^(title|navTitle|summary):/.test(line) ? line : i <= end ? '' : line
    )
    .join('\n');
}

/**
 * Problems as «file: linje N: message»; empty when every figure comes from the data.
 * `paragraphs` maps legal reference ids to their paragraph (content/lovhenvisninger.yaml).
 */
export function figureProblems(
  file: string,
  text: string,
  paragraphs: ReadonlyMap<string, string> = new Map()
): string[] {
  const problems: string[] = [];
  const yaml = file.endsWith('.yaml');
  const all = sentences(yaml ? text : readerFrontmatter(text), { yaml });
  const byId = new Map<string, Figure>(figures.map((f) => [f.id, f]));
  const undatedBlocks = new Map<number, number>();
  const datedBlocks = new Set<number>();
  const textOf = (key: 'block' | 'unit', n: number) =>
    all
      .filter((s) => s[key] === n)
      .map((s) => s.text)
      .join(' ');
  const isHistoric = historicCover(all, file, problems);
  for (const s of all) {
    for (const { id, dated } of figureIds(s.text)) {
      const f = byId.get(id);
      if (!f)
        problems.push(
          `${file}: linje ${s.line}: ukjent tall «${id}»: finnes ikke i content/tall.json`
        );
      else if (f.kind === 'nav') {
        if (dated) datedBlocks.add(s.block);
        else if (!undatedBlocks.has(s.block)) undatedBlocks.set(s.block, s.line);
      }
      if (f?.basis === 'refusjonsgrunnlaget' && /av (?:lønnen|løna)\b/.test(s.text)) {
        problems.push(
          `${file}: linje ${s.line}: satsen for ${f.label.toLowerCase()} regnes av refusjonsgrunnlaget, ikke «av lønnen»`
        );
      }
    }
    if (isHistoric(s)) continue;
    const seen = visible(s.text);
    // Named in the sentence's paragraph, list item or table row; for an item or row also in the first
    // one (a table's header) and in the block before (a lead-in or heading).
    const first = all.find((x) => x.block === s.block);
    const context = [textOf('unit', s.unit)];
    if (s.item && first) context.push(textOf('unit', first.unit), textOf('block', s.block - 1));
    const named = context.some((t) => measure.test(visible(t)));
    const refs = legalRefsIn(textOf('unit', s.unit), paragraphs);
    const limits = ruleFigures.filter((f) => f.legalRefs.some((id) => refs.has(id)));
    const at = (m: RegExpMatchArray) => lineAt(s, s.text.indexOf(m[0]));
    const handWritten = (m: RegExpMatchArray) =>
      `${file}: linje ${at(m)}: «${m[0].trim()}» er skrevet for hånd ved et tiltak; bruk ${yaml ? '{tall:id}' : '<Figure id="…" />'} fra content/tall.json, eller merk et historisk tall med året (se docs/innhold.md)`;
    if (named)
      for (const m of [
        ...seen.matchAll(percent),
        ...seen.matchAll(kroner),
        ...seen.matchAll(grunnbelop),
      ])
        problems.push(handWritten(m));
    // A heading names a length without stating it («To år i stilling er ikke to år med tilskudd»); the text under it states it.
    for (const m of s.heading ? [] : seen.matchAll(length)) {
      const months = lengthInMonths(m[1] as string, m[2] as string);
      if (limits.length > 0) {
        if (!limits.some((f) => f.value === months)) {
          const names = limits.map((f) => `${f.id} (${f.value} måneder)`).join(', ');
          problems.push(
            `${file}: linje ${at(m)}: «${m[0]}» stemmer ikke med content/tall.json for lovhenvisningen i avsnittet: ${names}`
          );
        }
      } else if (named) problems.push(handWritten(m));
    }
  }
  for (const [block, line] of undatedBlocks) {
    if (!datedBlocks.has(block))
      problems.push(
        `${file}: linje ${line}: tall uten dato (date={false} eller :verdi), men ingen tall i samme avsnitt, liste eller tabell viser datoen`
      );
  }
  return problems;
}
