import { z } from 'zod';
import { dateField } from './date';
import { knownId } from './ids';

/** A glossary entry; `page` and `see` must name a regelverk page and other entries that exist. */
export function ordSchema(ids: {
  regelverkSlugs: ReadonlySet<string>;
  ordIds: ReadonlySet<string>;
}) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'id skal være små ASCII-bokstaver, tall og bindestrek'),
      term: z.string().min(2),
      /** The term in nynorsk, spelt as in the word list src/lib/nynorsk-terms.ts (docs/ordliste-nn.md). */
      nn: z.string().min(2, 'nn: ordet på nynorsk mangler'),
      explanation: z.string().min(20),
      /** Readers' own words and common misspellings; the search finds the entry's defining place for each. */
      aliases: z.array(z.string().min(2)).default([]),
      /** Regelverk page (slug) that explains the term in full. */
      page: knownId(ids.regelverkSlugs, 'content/regelverk/').optional(),
      see: z.array(knownId(ids.ordIds, 'content/ordliste.yaml')).default([]),
      /** When the entry was last checked against the sources; the page shows the oldest. */
      lastReviewed: dateField('lastReviewed'),
    })
    .strict();
}
export type Ord = z.infer<ReturnType<typeof ordSchema>>;
