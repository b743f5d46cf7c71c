import { laws, type Lovhenvisning } from '../../schemas/lovhenvisning';
import type { Kilde } from '../../schemas/kilde';

/** «statsansatteloven § 7» */
export const legalRefLabel = (ref: Lovhenvisning) => `${laws[ref.law]} ${ref.paragraph}`;

/** «Oslo Economics (2024)» for reports, «DFØ» otherwise. */
export const kildeShort = (k: Kilde) =>
  k.kind === 'rapport' ? `${k.publisher} (${k.year})` : k.publisher;

export const needsCheck = (k: Kilde) => k.kind !== 'rapport' && k.confidence === 'likely';
