import { z } from 'zod';
import { dateField } from './date';
import { langField } from './lang';
import { audienceIds, routeIds } from '../lib/vocabulary';
import { knownId } from './ids';
import { sourceRefSchema } from './source-ref';

export const SUMMARY_MAX = 200;

/** Two sentences show up as a full stop, question or exclamation mark followed by a capital. */
export const oneSentence = (text: string) =>
  !/[.!?]\s+[A-ZÆØÅ«]/.test(text.trim().replace(/[.!?]$/, ''));

export function regelverkSchema(ids: {
  legalRefIds: ReadonlySet<string>;
  kildeIds: ReadonlySet<string>;
}) {
  return z
    .object({
      title: z.string().min(3),
      /** Shorter title for navigation and breadcrumbs. */
      navTitle: z.string().min(3).optional(),
      summary: z
        .string()
        .min(20)
        .max(SUMMARY_MAX, `summary er over ${SUMMARY_MAX} tegn`)
        .refine(oneSentence, 'summary skal være én setning'),
      audience: z.enum(audienceIds),
      routes: z.array(z.enum(routeIds)).default([]),
      legalRefs: z.array(knownId(ids.legalRefIds, 'content/lovhenvisninger.yaml')),
      sources: z.array(sourceRefSchema(ids.kildeIds)).min(1, 'sources: minst én kilde'),
      lastReviewed: dateField('lastReviewed'),
      order: z.number().int().nonnegative(),
      lang: langField,
    })
    .strict();
}
export type RegelverkData = z.infer<ReturnType<typeof regelverkSchema>>;
