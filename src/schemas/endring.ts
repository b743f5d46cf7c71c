import { z } from 'zod';
import { dateField } from './date';
import { knownId } from './ids';
import { sourceRefSchema } from './source-ref';

/** A rule that changed since a report was written: shown in the endringslogg and on its pages. */
export function endringSchema(ids: {
  legalRefIds: ReadonlySet<string>;
  kildeIds: ReadonlySet<string>;
  regelverkSlugs: ReadonlySet<string>;
}) {
  return z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/, 'id skal være små ASCII-bokstaver, tall og bindestrek'),
      /** When the change took effect, or when we found it (see `dateKind`). */
      date: dateField('date'),
      dateKind: z.enum(['i-kraft', 'funnet']),
      /** The day the entry was added to the site (the endringslogg feed orders by it). */
      added: dateField('added'),
      title: z.string().min(5),
      /** What the report said. */
      before: z.string().min(10),
      /** What applies now, in plain bokmål. */
      now: z.string().min(10),
      legalRefs: z.array(knownId(ids.legalRefIds, 'content/lovhenvisninger.yaml')).default([]),
      sources: z.array(sourceRefSchema(ids.kildeIds)).min(1, 'sources: minst én kilde'),
      /** Regelverk pages (slugs) the change touches. */
      pages: z.array(knownId(ids.regelverkSlugs, 'content/regelverk/')).default([]),
    })
    .strict();
}
export type Endring = z.infer<ReturnType<typeof endringSchema>>;
