import { z } from 'zod';
// Plain Norwegian messages for zod's defaults (every schema file imports this file or one that does).
import './messages';

/** A calendar date written ÅÅÅÅ-MM-DD; YAML parsers differ on whether they turn it into a Date. */
export function dateField(field: string) {
  return z.preprocess(
    (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? new Date(`${value}T00:00:00Z`)
        : value,
    z.date({ error: `${field} mangler eller er ikke en dato (ÅÅÅÅ-MM-DD)` })
  );
}
