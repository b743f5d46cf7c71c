import { z } from 'zod';
import { dateField } from './date';
import { langField } from './lang';
import { SUMMARY_MAX } from './regelverk';
import { knownId } from './ids';
import { sourceRefSchema } from './source-ref';

/** Other pages written as MDX: om, tilgjengelighetserklæring, personvern, ofte stilte spørsmål. */
export function sideSchema(ids: {
  legalRefIds: ReadonlySet<string>;
  kildeIds: ReadonlySet<string>;
}) {
  return z
    .object({
      title: z.string().min(3),
      summary: z.string().min(20).max(SUMMARY_MAX, `summary er over ${SUMMARY_MAX} tegn`),
      legalRefs: z.array(knownId(ids.legalRefIds, 'content/lovhenvisninger.yaml')).default([]),
      sources: z.array(sourceRefSchema(ids.kildeIds)).default([]),
      lastReviewed: dateField('lastReviewed'),
      lang: langField,
    })
    .strict();
}
export type SideData = z.infer<ReturnType<typeof sideSchema>>;
