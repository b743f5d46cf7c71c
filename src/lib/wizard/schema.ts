import { z } from 'zod';
import { SEGMENT } from './paths';

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

const sensitiveWord = (slug: string) =>
  slug
    .split('-')
    .find(
      (word) =>
        !EMPLOYER_WORDS.includes(word) && SENSITIVE_WORDS.some((bad) => word.startsWith(bad))
    );

const slug = z
  .string()
  .regex(SEGMENT, 'slug skal være små ASCII-ord med bindestrek')
  .refine((s) => !sensitiveWord(s), {
    error: (i) =>
      `slug «${String(i.input)}» inneholder et sensitivt ord («${sensitiveWord(String(i.input))}»)`,
  });

const text = z.string().trim().min(2);
/** A route's one-line reason (issue 10, item 1). */
export const SHORT_REASON_MAX_WORDS = 10;
const shortReason = text.refine((s) => s.split(/\s+/).length <= SHORT_REASON_MAX_WORDS, {
  error: `høyst ${SHORT_REASON_MAX_WORDS} ord`,
});
const condition = z.record(z.string(), z.array(z.string()).min(1));

const question = z
  .object({
    id: z.string().regex(SEGMENT, 'id skal være små ASCII-ord med bindestrek'),
    text,
    help: text.optional(),
    answers: z
      .array(
        z
          .object({
            slug,
            label: text,
            help: text.optional(),
            unknown: z.boolean().optional(),
            means: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
          })
          .strict()
      )
      .min(2),
    askIf: z
      .object({ when: condition.optional(), unless: condition.optional() })
      .strict()
      .optional(),
    unknownInfo: z
      .object({ findOut: text, effects: z.record(z.string(), text).optional() })
      .strict()
      .optional(),
    defaultAnswer: z.string().optional(),
  })
  .strict();

type Q = z.infer<typeof question>;

/** Cross-checks that keep the graph sound: order, references, unique slugs, «Vet ikke» texts, aliases. */
function checkQuestions(
  questions: Q[],
  aliases: Record<string, Record<string, string>>,
  ctx: z.RefinementCtx
) {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const seenSlugs = new Map<string, string>();
  questions.forEach((q, i) => {
    if (questions.findIndex((other) => other.id === q.id) !== i)
      issue(['questions', i, 'id'], `spørsmål-id «${q.id}» finnes to ganger`);
    for (const a of q.answers) {
      // Globally unique slugs: a reordered or misplaced segment can never parse as another answer.
      const owner = seenSlugs.get(a.slug);
      if (owner)
        issue(
          ['questions', i, 'answers'],
          `slug «${a.slug}» brukes både i «${owner}» og «${q.id}»`
        );
      seenSlugs.set(a.slug, q.id);
    }
    const earlier = questions.slice(0, i);
    for (const [part, cond] of Object.entries(q.askIf ?? {})) {
      for (const [ref, slugs] of Object.entries(cond ?? {})) {
        const target = earlier.find((e) => e.id === ref);
        if (!target) {
          issue(
            ['questions', i, 'askIf', part, ref],
            `askIf viser til «${ref}», som ikke er et tidligere spørsmål`
          );
          continue;
        }
        for (const s of slugs)
          if (!target.answers.some((a) => a.slug === s))
            issue(['questions', i, 'askIf', part, ref], `«${ref}» har ikke svaret «${s}»`);
      }
    }
    if (
      q.defaultAnswer !== undefined &&
      !q.answers.some((a) => a.slug === q.defaultAnswer && !a.unknown)
    ) {
      issue(
        ['questions', i, 'defaultAnswer'],
        `standardsvaret «${q.defaultAnswer}» er ikke et svar (eller er «Vet ikke»)`
      );
    }
    const unknown = q.answers.filter((a) => a.unknown);
    if (unknown.length > 1)
      issue(['questions', i, 'answers'], 'høyst ett «Vet ikke»-svar per spørsmål');
    if (unknown.length === 1 && !q.unknownInfo)
      issue(['questions', i, 'unknownInfo'], '«Vet ikke» krever unknownInfo (hva som må avklares)');
    if (q.unknownInfo && unknown.length === 0)
      issue(['questions', i, 'unknownInfo'], 'unknownInfo uten et «Vet ikke»-svar');
    if (q.unknownInfo?.effects) {
      const effects = q.unknownInfo.effects;
      for (const a of q.answers.filter((x) => !x.unknown)) {
        if (!effects[a.slug])
          issue(
            ['questions', i, 'unknownInfo', 'effects'],
            `mangler virkningen av svaret «${a.slug}»`
          );
      }
      for (const s of Object.keys(effects)) {
        if (!q.answers.some((a) => a.slug === s && !a.unknown))
          issue(
            ['questions', i, 'unknownInfo', 'effects', s],
            `«${s}» er ikke et svar på spørsmålet`
          );
      }
    }
  });
  for (const [qid, table] of Object.entries(aliases)) {
    const q = questions.find((x) => x.id === qid);
    if (!q) {
      issue(['aliases', qid], `ukjent spørsmål «${qid}»`);
      continue;
    }
    for (const [from, to] of Object.entries(table)) {
      if (!SEGMENT.test(from)) issue(['aliases', qid, from], 'gammel slug har ugyldig form');
      if (q.answers.some((a) => a.slug === from))
        issue(['aliases', qid, from], `«${from}» er fortsatt et gjeldende svar`);
      if (!q.answers.some((a) => a.slug === to))
        issue(['aliases', qid, from], `«${to}» er ikke et svar på «${qid}»`);
    }
  }
}

/** Validates the data half of a flow definition (questions, answers, next-question rules, aliases). */
export const flowDataSchema = z
  .object({
    id: z.string().regex(SEGMENT),
    basePath: z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, 'basePath skrives «/veiviser/»'),
    rulesDate: z.iso.date(),
    questions: z.array(question).min(1),
    aliases: z.record(z.string(), z.record(z.string(), z.string())),
  })
  .superRefine((flow, ctx) => checkQuestions(flow.questions, flow.aliases, ctx));

/** What a route id stands for on the site (the engine knows no vocabulary of its own). */
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
      z.object({ kilde: knownId(known.kildeIds, 'content/kilder.yaml'), what: text }).strict()
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
