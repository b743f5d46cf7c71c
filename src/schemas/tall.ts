import { z } from 'zod';
import { dateField } from './date';
import { knownId } from './ids';
import { sourceRefSchema } from './source-ref';

const base = (kildeIds: ReadonlySet<string>) => ({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id skal være små ASCII-bokstaver, tall og bindestrek'),
  /** What the figure is, for the reviewer page and error messages. */
  label: z.string().min(5),
  value: z.number().positive(),
  /** grunnbelop: a multiple of folketrygdens grunnbeløp (G), such as NAV's cap of 5 G a year. */
  unit: z.enum(['prosent', 'kroner', 'maneder', 'ar', 'grunnbelop']),
  /** What a percentage is taken of; one wording per measure (review finding m10). */
  basis: z.enum(['refusjonsgrunnlaget', 'lønnen']).optional(),
  sources: z.array(sourceRefSchema(kildeIds)).min(1, 'sources: minst én kilde'),
});

/**
 * One figure in content/tall.json. `nav`: a rate, amount or length NAV sets, shown with its date
 * («fra 1. august 2025» when it applies from a known date, «per august 2026» when that is when a
 * source last showed it). `regel`: a limit in the law or the state's own rules, written in prose
 * with its legal reference and checked against this value.
 */
export function figureSchema(ids: {
  kildeIds: ReadonlySet<string>;
  legalRefIds: ReadonlySet<string>;
}) {
  const nav = z
    .object({
      ...base(ids.kildeIds),
      kind: z.literal('nav'),
      date: dateField('date'),
      dateKind: z.enum(['fra', 'per']),
    })
    .strict();
  const regel = z
    .object({
      ...base(ids.kildeIds),
      kind: z.literal('regel'),
      legalRefs: z
        .array(knownId(ids.legalRefIds, 'content/lovhenvisninger.yaml'))
        .min(1, 'legalRefs: minst én lovhenvisning'),
    })
    .strict();
  return z.discriminatedUnion('kind', [nav, regel]);
}
export type FigureData = z.infer<ReturnType<typeof figureSchema>>;
