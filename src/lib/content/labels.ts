import { laws, type Lovhenvisning } from '../../schemas/lovhenvisning';
import type { Kilde } from '../../schemas/kilde';

/** «statsansatteloven § 7» */
export const legalRefLabel = (ref: Lovhenvisning) => legalRefLabelIn(laws, ref);

/** The same with the law names of a written form (ui(Astro).laws): «statsansattelova § 7». */
export const legalRefLabelIn = (names: Record<Lovhenvisning['law'], string>, ref: Lovhenvisning) =>
  `${names[ref.law]} ${ref.paragraph}`;

/** «Oslo Economics (2024)» for reports, «DFØ» otherwise. */
export const kildeShort = (k: Kilde) =>
  k.kind === 'rapport' ? `${k.publisher} (${k.year})` : k.publisher;

export const needsCheck = (k: Kilde) => k.kind !== 'rapport' && k.confidence === 'likely';

/**
 * Several references in one short line, by law in first-seen order: «statsansatteloven §§ 3, 7;
 * tiltaksforskriften kap. 3, 9». For the wizard's print summary, where one line per route repeated
 * the same laws.
 */
export function legalRefsCombined(
  names: Record<Lovhenvisning['law'], string>,
  refs: readonly Lovhenvisning[]
): string {
  const byLaw = new Map<Lovhenvisning['law'], string[]>();
  for (const ref of refs) {
    const list = byLaw.get(ref.law) ?? [];
    if (!list.includes(ref.paragraph)) list.push(ref.paragraph);
    byLaw.set(ref.law, list);
  }
  return [...byLaw]
    .map(([law, paragraphs]) => {
      const prefix = ['§ ', 'kap. '].find((p) => paragraphs.every((x) => x.startsWith(p)));
      if (!prefix || paragraphs.length === 1) return `${names[law]} ${paragraphs.join(', ')}`;
      const rest = paragraphs.map((x) => x.slice(prefix.length)).join(', ');
      return `${names[law]} ${prefix === '§ ' ? '§§ ' : prefix}${rest}`;
    })
    .join('; ');
}
