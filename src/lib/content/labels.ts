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
