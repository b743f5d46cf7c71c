import { z } from 'zod';
import { dateField } from './date';
import { knownId } from './ids';
import { sourceRefSchema } from './source-ref';

/** Places an entry can name in `pages` besides the regelverk pages and the sider (content/sider/). */
export const OTHER_PLACES = ['ordliste', 'veiviser'] as const;

/**
 * One entry in the endringslogg. `kind` tells the two apart:
 * - regelendring: the law or NAV's scheme moved since a report was written;
 * - rettelse: our own text was wrong and has been corrected (told, with the old text).
 */
export function endringSchema(ids: {
  legalRefIds: ReadonlySet<string>;
  kildeIds: ReadonlySet<string>;
  regelverkSlugs: ReadonlySet<string>;
  sideSlugs: ReadonlySet<string>;
}) {
  for (const slug of ids.sideSlugs)
    if (ids.regelverkSlugs.has(slug) || (OTHER_PLACES as readonly string[]).includes(slug))
      throw new Error(
        `content/sider/${slug}.mdx: samme navn som en annen side; «pages» i endringer.yaml kan ikke skille dem`
      );
  const places = new Set([...ids.regelverkSlugs, ...ids.sideSlugs, ...OTHER_PLACES]);
  const place = knownId(places, 'content/regelverk/, content/sider/, «ordliste» eller «veiviser»');
  const common = {
    id: z.string().regex(/^[a-z0-9-]+$/, 'id skal være små ASCII-bokstaver, tall og bindestrek'),
    title: z.string().min(5),
    /** The day the entry was added to the site (the endringslogg feed orders by it). */
    added: dateField('added'),
    /** What applies now, in plain bokmål. */
    now: z.string().min(10),
    legalRefs: z.array(knownId(ids.legalRefIds, 'content/lovhenvisninger.yaml')).default([]),
    sources: z.array(sourceRefSchema(ids.kildeIds)).min(1, 'sources: minst én kilde'),
    /**
     * Where the change is told («Omtalt på»): regelverk and sider slugs (each shows it with <Rettet> or
     * <Changed>), «ordliste» and «veiviser» (which cannot show a box).
     */
    pages: z.array(place).default([]),
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
      /**
       * The finding in the review that led to the correction: M1–M6 major, m1–m18 minor (review of
       * 1 December 2026), N1–N17 (review of 6 December 2026).
       */
      finding: z.string().regex(/^[MmN]\d+$/, 'finding skrives «M1», «m12» eller «N5»'),
      /** What our pages said before, quoted; a page with its own old text is in `oldTextOn`. */
      oldText: z.string().min(10),
      /** A page's own old sentence, where it differs from `oldText` (each notice quotes its page). */
      oldTextOn: z.record(place, z.string().min(10)).optional(),
      /** Pages that said nothing about this before the correction added it. */
      saidNothingOn: z.array(place).optional(),
      /** For a major finding: what an employer who followed the old text should check now. */
      checkNow: z.string().min(10).optional(),
    })
    .strict();
  return z.discriminatedUnion('kind', [regelendring, rettelse]).superRefine((e, ctx) => {
    if (e.kind === 'rettelse') {
      const named = new Set(e.pages);
      const own = Object.keys(e.oldTextOn ?? {});
      for (const page of [...own, ...(e.saidNothingOn ?? [])])
        if (!named.has(page))
          ctx.addIssue({
            code: 'custom',
            path: [own.includes(page) ? 'oldTextOn' : 'saidNothingOn'],
            message: `«${page}» står ikke i pages`,
          });
      for (const page of own)
        if (e.saidNothingOn?.includes(page))
          ctx.addIssue({
            code: 'custom',
            path: ['saidNothingOn'],
            message: `«${page}» har både en gammel tekst (oldTextOn) og saidNothingOn`,
          });
    }
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
