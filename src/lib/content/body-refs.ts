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

/** Problems as «file: field: message», empty when the body agrees with the frontmatter. */
export function bodyRefProblems(
  file: string,
  body: string,
  data: { legalRefs: string[]; sources: { kilde: string }[] }
): string[] {
  const problems: string[] = [];
  const legal = new Set(data.legalRefs);
  for (const id of new Set(legalRefIdsInBody(body))) {
    if (!legal.has(id))
      problems.push(
        `${file}: legalRefs: <LegalRef id="${id}"> brukes i teksten, men mangler i legalRefs`
      );
  }
  const kilder = new Set(data.sources.map((s) => s.kilde));
  for (const id of new Set(sourceIdsInBody(body))) {
    if (!kilder.has(id))
      problems.push(
        `${file}: sources: <SourceRef id="${id}"> brukes i teksten, men mangler i sources`
      );
  }
  // Section links must survive a reworded heading: h2/h3 are <H2 id="…">, never «## …».
  body.split('\n').forEach((line, i) => {
    if (/^#{2,6}\s/.test(line))
      problems.push(
        `${file}: linje ${i + 1}: overskrift skrevet med «#»; bruk <H2 id="stabil-id"> eller <H3 id="…">`
      );
  });
  for (const line of dateListLines(body))
    problems.push(
      `${file}: linje ${line}: linjen begynner med en dato («1. januar»), som Markdown gjør til en nummerert liste; flytt datoen opp på linjen før`
    );
  const seen = new Set<string>();
  for (const h of headingsInBody(body)) {
    if (seen.has(h.id)) problems.push(`${file}: overskrift-id «${h.id}» brukes to ganger`);
    seen.add(h.id);
  }
  return problems;
}
