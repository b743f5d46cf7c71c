import { z } from 'zod';
import { dateField } from './date';
import { langField } from './lang';
import { writtenForms } from '../i18n/lang';
import {
  industryIds,
  outcomeKindIds,
  practiceIds,
  regionIds,
  routeIds,
  sectorIds,
  targetGroupIds,
} from '../lib/vocabulary';
import { knownId } from './ids';
import { oneSentence, SUMMARY_MAX } from './regelverk';
import { sourceRefSchema } from './source-ref';

/**
 * Who the employer is, exactly as the source gives it: the name, or, for an anonymous case, the
 * source's own description. Never both, so an anonymous story cannot be tied to a name.
 */
const employerSchema = z
  .object({
    name: z.string().min(2).optional(),
    anonymousDescription: z.string().min(10).optional(),
  })
  .strict()
  .refine((e) => (e.name === undefined) !== (e.anonymousDescription === undefined), {
    error:
      'employer: oppgi enten name (navnet slik kilden skriver det) eller anonymousDescription, ikke begge og ikke ingen',
  });

/** A result the source states. `figure` only as the source gives it; `year` the year it refers to, or «udatert». */
const outcomeSchema = z
  .object({
    text: z.string().min(5),
    figure: z.string().min(1).optional(),
    /** «udatert» when the source gives no year; the build requires one of the three for a figure. */
    year: z
      .string()
      .regex(/^(\d{4}(–\d{4})?|udatert)$/, 'year skrives «2022», «2020–2022» eller «udatert»')
      .optional(),
  })
  .strict();

/** A field of «Kort fortalt»: one or two short sentences, so the four fit the first screen. */
export const BRIEF_MAX = 170;
const briefText = (field: string) =>
  z
    .string()
    .min(10, `brief.${field}: minst 10 tegn`)
    .max(
      BRIEF_MAX,
      `brief.${field}: høyst ${BRIEF_MAX} tegn, så «Kort fortalt» får plass på første skjermbilde`
    );

/**
 * «Kort fortalt» at the top of a story (issue 19, item 4): what the employer did, for whom, through
 * which route or measure, and what came of it. Where the source is silent, the field says so
 * («Kilden sier ikke …»); tests/build/story-brief.test.ts holds every story to that.
 */
const briefSchema = z
  .object({
    did: briefText('did'),
    forWhom: briefText('forWhom'),
    route: briefText('route'),
    result: briefText('result'),
  })
  .strict();

/**
 * A correction of the story's own text, told on the page with its date (the stories have no
 * endringslogg entries of their own). `oldText` quotes what the page said; it is kept out of search.
 */
const correctionSchema = z
  .object({
    date: dateField('corrections.date'),
    text: z.string().min(20),
    oldText: z.string().min(10).optional(),
    /** The form of `oldText` where it is not the page's: a page rewritten into nynorsk quotes its bokmål. */
    oldTextLang: z.enum(writtenForms).optional(),
  })
  .strict();

/** A «Les mer» link to a rule page, or a section of one (`anchor`), with its own label if given. */
function readMoreSchema(regelverkSlugs: ReadonlySet<string>) {
  return z
    .object({
      page: knownId(regelverkSlugs, 'content/regelverk/'),
      anchor: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'anchor er id-en til et avsnitt, uten #')
        .optional(),
      label: z.string().min(3).optional(),
    })
    .strict();
}

/**
 * A «suksesshistorie»: one employer's experience, taken from one or more of the reports.
 * Whether it used a route open only to the state follows from `routes` (the vocabulary's
 * `stateOnly` flag) together with `sector`.
 */
export function historieSchema(ids: {
  kildeIds: ReadonlySet<string>;
  endringIds: ReadonlySet<string>;
  regelverkSlugs: ReadonlySet<string>;
}) {
  return z
    .object({
      title: z.string().min(3),
      /** The breadcrumb's label: the long title repeated above the h1 filled a phone's first screen. */
      shortTitle: z.string().min(3).max(40, 'shortTitle: høyst 40 tegn'),
      summary: z
        .string()
        .min(20)
        .max(SUMMARY_MAX, `summary er over ${SUMMARY_MAX} tegn`)
        .refine(oneSentence, 'summary skal være én setning'),
      brief: briefSchema,
      employer: employerSchema,
      /** Left out only when the source does not say; the text then says so. */
      sector: z.enum(sectorIds).optional(),
      /** Left out when the source does not say, and for anonymous state cases where it would help identify them. */
      industry: z.enum(industryIds).optional(),
      /** Only where the source states it. */
      regions: z.array(z.enum(regionIds)).default([]),
      /** Empty when the source does not say whether the people belonged to a group. */
      targetGroups: z.array(z.enum(targetGroupIds)).default([]),
      routes: z.array(z.enum(routeIds)).default([]),
      /**
       * Measures the source says were planned, not that they were used (review 2026-12-06, § 5: Aker
       * Solutions). Shown as planned in the fact box; not a route filter, and no part of the scope.
       */
      plannedRoutes: z.array(z.enum(routeIds)).default([]),
      practices: z.array(z.enum(practiceIds)).default([]),
      outcomes: z.array(outcomeSchema).default([]),
      /** «vanskelig» when the source tells an attempt that did not succeed; shown as a label and a filter. */
      outcomeKind: z.enum(outcomeKindIds).default('suksess'),
      /**
       * What the employer did, in order, as three to six short sentences (an ordered list on the page).
       * Left out where the source does not tell enough steps.
       */
      steps: z
        .array(z.string().min(10).max(200))
        .min(3, 'steps: minst tre steg')
        .max(6, 'steps: høyst seks steg')
        .optional(),
      sources: z.array(sourceRefSchema(ids.kildeIds)).min(1, 'sources: minst én kilde'),
      /** Rules the story used that have changed since the report; every <Changed id> in the text. */
      changedRules: z.array(knownId(ids.endringIds, 'content/endringer.yaml')).default([]),
      /** «Les mer»: the rule pages the story is about (a list of links, kept out of search). */
      readMore: z.array(readMoreSchema(ids.regelverkSlugs)).default([]),
      corrections: z.array(correctionSchema).default([]),
      lastReviewed: dateField('lastReviewed'),
      /** The day the story was first published on the site (for existing stories: its first commit). */
      published: dateField('published'),
      /** The day its content last changed in a way readers should know (the Atom feed's «updated»). */
      updated: dateField('updated'),
      lang: langField,
    })
    .strict()
    .refine((d) => d.updated.getTime() >= d.published.getTime(), {
      error: 'updated kan ikke være før published',
      path: ['updated'],
    })
    .refine((d) => d.corrections.every((c) => c.date.getTime() <= d.updated.getTime()), {
      error: 'updated kan ikke være før en rettelse (corrections.date)',
      path: ['updated'],
    });
}
export type HistorieData = z.infer<ReturnType<typeof historieSchema>>;
