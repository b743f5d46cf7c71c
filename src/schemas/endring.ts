import { z } from 'zod';
import { dateField } from './date';
import { knownId } from './ids';
import { sourceRefSchema } from './source-ref';

/**
 * One entry in the endringslogg. `kind` tells the two apart:
 * - regelendring: the law or NAV's scheme moved since a report was written;
 * - rettelse: our own text was wrong and has been corrected (told, with the old text).
 */
export function endringSchema(ids: {
  legalRefIds: ReadonlySet<string>;
  kildeIds: ReadonlySet<string>;
  regelverkSlugs: ReadonlySet<string>;
}) {
  const common = {
    id: z.string().regex(/^[a-z0-9-]+$/, 'id skal være små ASCII-bokstaver, tall og bindestrek'),
    title: z.string().min(5),
    /** The day the entry was added to the site (the endringslogg feed orders by it). */
    added: dateField('added'),
    /** What applies now, in plain bokmål. */
    now: z.string().min(10),
    legalRefs: z.array(knownId(ids.legalRefIds, 'content/lovhenvisninger.yaml')).default([]),
    sources: z.array(sourceRefSchema(ids.kildeIds)).min(1, 'sources: minst én kilde'),
    /** Regelverk pages (slugs) the change touches. */
    pages: z.array(knownId(ids.regelverkSlugs, 'content/regelverk/')).default([]),
  };
  const regelendring = z
    .object({
      ...common,
      kind: z.literal('regelendring'),
      /** When the change took effect, or when we found it (see `dateKind`). */
      date: dateField('date'),
      dateKind: z.enum(['i-kraft', 'funnet']),
      /** What the report said. */
      before: z.string().min(10),
    })
    .strict();
  const rettelse = z
    .object({
      ...common,
      kind: z.literal('rettelse'),
      /** The date our text was corrected. */
      date: dateField('date'),
      dateKind: z.literal('rettet'),
      /** The finding in the review that led to the correction (M1–M6 major, m1–m18 minor). */
      finding: z.string().regex(/^[Mm]\d+$/, 'finding skrives «M1» eller «m12»'),
      /** What our pages said before, quoted. */
      oldText: z.string().min(10),
      /** For a major finding: what an employer who followed the old text should check now. */
      checkNow: z.string().min(10).optional(),
    })
    .strict();
  return z.discriminatedUnion('kind', [regelendring, rettelse]).superRefine((e, ctx) => {
    if (e.kind === 'rettelse' && e.finding.startsWith('M') && !e.checkNow) {
      ctx.addIssue({
        code: 'custom',
        path: ['checkNow'],
        message:
          'checkNow mangler: en stor rettelse (M) må si hva en arbeidsgiver som fulgte den gamle teksten, bør sjekke nå',
      });
    }
  });
}
export type Endring = z.infer<ReturnType<typeof endringSchema>>;
