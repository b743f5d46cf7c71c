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
  const seen = new Set<string>();
  for (const h of headingsInBody(body)) {
    if (seen.has(h.id)) problems.push(`${file}: overskrift-id «${h.id}» brukes to ganger`);
    seen.add(h.id);
  }
  return problems;
}
