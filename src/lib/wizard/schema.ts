import { z } from 'zod';
import { SEGMENT } from './paths';

/** The flow's own rule for a slug (e.g. no sensitive words): a message, or undefined when it is fine. */
export type SlugRule = (slug: string) => string | undefined;

const text = z.string().trim().min(2);
const condition = z.record(z.string(), z.array(z.string()).min(1));

const questionSchema = (slugRule: SlugRule) => {
  const slug = z
    .string()
    .regex(SEGMENT, 'slug skal være små ASCII-ord med bindestrek')
    .superRefine((s, ctx) => {
      const message = slugRule(s);
      if (message) ctx.addIssue({ code: 'custom', message });
    });
  return z
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
              means: z
                .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
                .optional(),
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
};

type Q = z.infer<ReturnType<typeof questionSchema>>;

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
    // May be «Vet ikke»: for a question added to a live flow, what older URLs meant (not asked).
    if (q.defaultAnswer !== undefined && !q.answers.some((a) => a.slug === q.defaultAnswer)) {
      issue(
        ['questions', i, 'defaultAnswer'],
        `standardsvaret «${q.defaultAnswer}» er ikke et svar`
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

/**
 * Validates the data half of a flow definition (questions, answers, next-question rules, aliases).
 * The flow passes its own rule for slugs (Veiviseren: no sensitive words).
 */
export const flowDataSchema = (slugRule: SlugRule = () => undefined) =>
  z
    .object({
      id: z.string().regex(SEGMENT),
      basePath: z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/, 'basePath skrives «/veiviser/»'),
      rulesDate: z.iso.date(),
      questions: z.array(questionSchema(slugRule)).min(1),
      aliases: z.record(z.string(), z.record(z.string(), z.string())),
    })
    .superRefine((flow, ctx) => checkQuestions(flow.questions, flow.aliases, ctx));
