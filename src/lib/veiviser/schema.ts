import { z } from 'zod';
import type { SlugRule } from '../wizard';

// The schema of «Veiviseren»'s outcomes and slugs: the site's ids (routes, legal refs, kilder,
// shared texts), the ten-word reason and the words a URL must never hold. The engine takes these
// as parameters (checkFlow in ./index passes them); it knows nothing of them.

/** A string that must be one of `known`; the message names where the ids live. */
const knownId = (known: ReadonlySet<string>, where: string) =>
  z.string().refine((id) => known.has(id), {
    error: (issue) => `ukjent id «${String(issue.input)}»: finnes ikke i ${where}`,
  });

/**
 * Word beginnings that must never stand in a URL segment: the path shows in browser history,
 * logs and referrers, so answers about the candidate stay abstract (malgruppe-1, nav-vurdering-ja).
 */
export const SENSITIVE_WORDS = [
  'helse',
  'syk',
  'psyk',
  'diagnos',
  'funksjon',
  'nedsatt',
  'hemm',
  'handikap',
  'ufore',
  'arbeidsevne',
  'rus',
  'narko',
  'alkohol',
  'soning',
  'fengsel',
  'straff',
  'dom',
  'hull',
  'cv',
  'innvandr',
  'etni',
];

/** Words that start like a sensitive one but name the employer, not the person. */
export const EMPLOYER_WORDS = ['helseforetak'];

/** The first sensitive word in a slug, if any. */
const sensitiveWord = (slug: string) =>
  slug
    .split('-')
    .find(
      (word) =>
        !EMPLOYER_WORDS.includes(word) && SENSITIVE_WORDS.some((bad) => word.startsWith(bad))
    );

/** The flow's rule for URL slugs, passed to the engine's flow schema. */
export const slugRule: SlugRule = (slug) => {
  const word = sensitiveWord(slug);
  return word ? `slug «${slug}» inneholder et sensitivt ord («${word}»)` : undefined;
};

const text = z.string().trim().min(2);
/** A route's one-line reason (issue 10, item 1). */
export const SHORT_REASON_MAX_WORDS = 10;
const shortReason = text.refine((s) => s.split(/\s+/).length <= SHORT_REASON_MAX_WORDS, {
  error: `høyst ${SHORT_REASON_MAX_WORDS} ord`,
});

/** What a route id stands for on the site. */
export interface RouteInfo {
  readonly label: string;
  readonly kind: 'route' | 'measure';
  readonly page: string;
  readonly stateOnly: boolean;
}

/** The site's ids an outcome may use; the site passes them in. */
export interface KnownIds {
  legalRefIds: ReadonlySet<string>;
  kildeIds: ReadonlySet<string>;
  routes: Readonly<Record<string, RouteInfo>>;
  stillAppliesIds: readonly string[];
}

/** Validates one outcome: known route ids, legal refs and kilder that exist, pages that match. */
export function outcomeSchema(known: KnownIds) {
  const routeIds = Object.keys(known.routes) as [string, ...string[]];
  const route = (id: string) => known.routes[id] as RouteInfo;
  const legalRefs = z
    .array(knownId(known.legalRefIds, 'content/lovhenvisninger.yaml'))
    .min(1, 'minst én lovhenvisning');
  const base = {
    routeId: z.enum(routeIds),
    kind: z.enum(['route', 'measure']),
    legalRefs,
    page: z.string(),
  };
  const advice = z.object({
    ...base,
    title: text.optional(),
    summary: text,
    details: z.array(text),
    conditions: z.array(text),
    warnings: z.array(text),
    stillApplies: z.array(z.enum(known.stillAppliesIds as [string, ...string[]])),
    nextSteps: z.array(text).min(1, 'minst ett neste steg'),
    maxMonths: z.number().int().positive().optional(),
    subsidy: z
      .object({
        rateText: text,
        maxMonths: z.number().int().positive().optional(),
        note: text.optional(),
      })
      .strict()
      .optional(),
    mustCheck: z.array(
      z
        .object({
          kilde: knownId(known.kildeIds, 'content/kilder.yaml'),
          what: text,
          visible: z.literal(true).optional(),
        })
        .strict()
    ),
    mustKnow: z.array(
      z
        .object({
          text,
          kilde: knownId(known.kildeIds, 'content/kilder.yaml'),
          passage: text.optional(),
        })
        .strict()
    ),
  });
  const pageMatches = (r: { routeId: string; page: string; kind: string }) =>
    route(r.routeId).page === r.page && route(r.routeId).kind === r.kind;
  const pageError = { error: 'page og kind skal være page og kind for ruten i KnownIds.routes' };
  return z
    .object({
      answers: z.record(z.string(), z.string()),
      fits: z.array(advice.extend({ short: shortReason }).strict().refine(pageMatches, pageError)),
      mayFit: z.array(
        advice
          .extend({ condition: text, short: shortReason })
          .strict()
          .refine(pageMatches, pageError)
      ),
      notFit: z.array(
        z
          .object({ ...base, reason: text, short: shortReason })
          .strict()
          .refine(pageMatches, pageError)
      ),
      unknowns: z.array(
        z
          .object({
            questionId: z.string(),
            question: text,
            findOut: text,
            effects: z
              .array(z.object({ answer: z.string(), label: text, effect: text }).strict())
              .min(1),
          })
          .strict()
      ),
      notices: z.array(z.object({ label: text.optional(), text, legalRefs }).strict()),
      rulesDate: z.iso.date(),
    })
    .strict();
}
