/** Pure checks over an MDX body, so the reference list at the bottom always covers the text. */

export interface Heading {
  id: string;
  text: string;
  level: 2 | 3;
}

const attr = (tag: string, name: string, body: string) =>
  [...body.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]+)"`, 'g'))].map(
    (m) => m[1] as string
  );

export const legalRefIdsInBody = (body: string) => attr('LegalRef', 'id', body);
export const sourceIdsInBody = (body: string) => attr('SourceRef', 'id', body);
/** The corrections («Rettet») told on a page, in the order of the text, each once. */
export const rettetIdsInBody = (body: string) => [...new Set(attr('Rettet', 'id', body))];

export function headingsInBody(body: string): Heading[] {
  return [...body.matchAll(/<H([23])\s+id="([^"]+)"\s*>([\s\S]*?)<\/H\1>/g)].map((m) => ({
    level: Number(m[1]) as 2 | 3,
    id: m[2] as string,
    text: (m[3] as string)
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

const MONTHS = 'januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember';
const dateAtStart = new RegExp(`^\\s*(\\d{1,9})[.)]\\s+(?:${MONTHS})(?![\\p{L}])`, 'iu');

/**
 * Lines (1-based) that begin with a date such as «1. januar 2026», which Markdown reads as an item
 * of a numbered list (review 2026-12-06, N14): a «1.» line does so even inside a paragraph, any
 * number does so at the start of a block. Lines in code fences are skipped.
 */
export function dateListLines(body: string): number[] {
  const lines = body.split('\n');
  const hits: number[] = [];
  let fenced = false;
  lines.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : dateAtStart.exec(line);
    if (!m) return;
    const blockStart = i === 0 || (lines[i - 1] ?? '').trim() === '';
    if (Number(m[1]) === 1 || blockStart) hits.push(i + 1);
  });
  return hits;
}

/**
 * The file's line each offset of the body falls on. The body is the file after its frontmatter,
 * but Astro may trim it, so it is found by its first text; the body alone counts from line 1.
 */
const lineOf = (raw: string, body: string) => {
  const lead = body.length - body.trimStart().length;
  const found = body.trim() ? raw.indexOf(body.trimStart().slice(0, 200)) : -1;
  const start = found < 0 ? 0 : found - lead;
  const before = found < 0 ? 1 : raw.slice(0, start).split('\n').length;
  return (index: number) => before + (body.slice(0, index).match(/\n/g)?.length ?? 0);
};

/**
 * Problems as «file: linje N: field: what is wrong, and how to fix it», empty when the body agrees
 * with the frontmatter. `raw` is the whole file (for line numbers; the body alone counts from 1).
 * A story has no legalRefs: there a <LegalRef> is reported with what to use instead.
 */
export function bodyRefProblems(
  file: string,
  body: string,
  data: { legalRefs: string[]; sources: { kilde: string }[] },
  { raw = body, story = false }: { raw?: string; story?: boolean } = {}
): string[] {
  const problems: string[] = [];
  const line = lineOf(raw, body);
  /** Each tag once, at the line it first appears on. */
  const firstUses = (tag: string) => {
    const seen = new Map<string, number>();
    for (const m of body.matchAll(new RegExp(`<${tag}\\b[^>]*\\bid="([^"]+)"`, 'g')))
      if (!seen.has(m[1] as string)) seen.set(m[1] as string, line(m.index ?? 0));
    return seen;
  };
  const legal = new Set(data.legalRefs);
  for (const [id, at] of firstUses('LegalRef')) {
    if (story)
      problems.push(
        `${file}: linje ${at}: <LegalRef id="${id}"> kan ikke brukes i en historie. Vis til regelen med <SourceRef> til kilden for gjeldende rett (se docs/innhold.md, «Suksesshistoriene»).`
      );
    else if (!legal.has(id))
      problems.push(
        `${file}: linje ${at}: legalRefs: <LegalRef id="${id}"> står i teksten, men mangler i legalRefs i frontmatter. Legg «${id}» til i legalRefs, eller rett id-en (id-ene står i content/lovhenvisninger.yaml).`
      );
  }
  const kilder = new Set(data.sources.map((s) => s.kilde));
  for (const [id, at] of firstUses('SourceRef')) {
    if (!kilder.has(id))
      problems.push(
        `${file}: linje ${at}: sources: <SourceRef id="${id}"> står i teksten, men mangler i sources i frontmatter. Legg den til i sources (kilde: ${id} og passage), eller rett id-en (id-ene står i content/kilder.yaml).`
      );
  }
  // Section links must survive a reworded heading: h2/h3 are <H2 id="…">, never «## …».
  body.split('\n').forEach((text, i) => {
    if (/^#{2,6}\s/.test(text))
      problems.push(
        `${file}: linje ${line(0) + i}: overskrift skrevet med «#»; bruk <H2 id="stabil-id"> eller <H3 id="…">`
      );
  });
  for (const at of dateListLines(body))
    problems.push(
      `${file}: linje ${line(0) + at - 1}: linjen begynner med en dato («1. januar»), som Markdown gjør til en nummerert liste; flytt datoen opp på linjen før`
    );
  const seen = new Set<string>();
  for (const h of headingsInBody(body)) {
    if (seen.has(h.id))
      problems.push(
        `${file}: overskrift-id «${h.id}» brukes to ganger; gi den ene en annen id (lenker til avsnittet bruker den)`
      );
    seen.add(h.id);
  }
  return problems;
}
