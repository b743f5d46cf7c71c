import type { StillAppliesId } from '../still-applies';
import { route, type RouteId } from '../vocabulary';
import { measureAdvice } from './advice-measures';
import { routeAdvice } from './advice-routes';
import type { AdviceFn } from './advice-shared';
import { steps } from './flow';
import { subsidyCell, longestCell } from './facts-text';
import { fitReasons } from './fit-reasons';
import { resultFacts, type ResultFacts, type RouteFacts } from './model';
import type {
  MayFitAdvice,
  Notice,
  NotFitAdvice,
  Outcome,
  RouteAdvice,
  UnknownAnswer,
} from './outcome-types';
import { RULES_DATE } from './policy';
import { questions, type Answers, type QuestionId } from './questions';
import { evaluatedRoutes, type EvaluatedRoute } from './rules';
import { shortLabel } from './short';
import { effectTexts, nonStateNotice } from './texts';
import { transitionNoticesFor } from './transitions';

/** The outcome types (./outcome-types) with the site's route and «Dette gjelder fortsatt» ids. */
type SiteIds = {
  readonly routeId: RouteId;
  readonly stillApplies: readonly StillAppliesId[];
  /** The reason on the route's one line at the top of the result (≤ 10 words; issue 10, item 1). */
  readonly short: string;
};
export type VeiviserAdvice = RouteAdvice & SiteIds;
export type VeiviserMayFit = MayFitAdvice & SiteIds;
export type VeiviserNotFit = NotFitAdvice & { readonly routeId: RouteId; readonly short: string };
export type VeiviserOutcome = Omit<Outcome, 'answers' | 'fits' | 'mayFit' | 'notFit'> & {
  readonly answers: Answers;
  readonly fits: readonly VeiviserAdvice[];
  readonly mayFit: readonly VeiviserMayFit[];
  readonly notFit: readonly VeiviserNotFit[];
};

const adviceFor: Record<EvaluatedRoute, AdviceFn> = { ...routeAdvice, ...measureAdvice };

/**
 * The answers with another answer to one question: later answers that no longer apply go, and a
 * question the change brings in gets its «Vet ikke» (or default) answer. Null if none fits.
 */
export function withAnswer(a: Answers, questionId: QuestionId, slug: string): Answers | null {
  // The other answers stay where they still apply; only questions the change brings in are filled.
  const base: Record<string, string | undefined> = { ...a, [questionId]: slug };
  for (let q = steps.nextQuestion(base); q; q = steps.nextQuestion(base)) {
    const fill = q.answers.find((x) => x.unknown)?.slug ?? q.defaultAnswer;
    if (!fill || base[q.id] === fill) return null;
    base[q.id] = fill;
  }
  return steps.keepValid(base);
}

/** What changes for one route between two facts models, said from the model (never hand-written). */
function routeChange(now: RouteFacts, then: RouteFacts): string | null {
  const label = shortLabel(then.id);
  const why = then.verdict === 'notFit' ? then.reason?.short : then.conditions[0]?.short;
  const verdictChanged =
    now.verdict !== then.verdict ||
    now.conditions.map((c) => c.short).join('|') !== then.conditions.map((c) => c.short).join('|');
  const parts: string[] = [];
  if (verdictChanged) parts.push(effectTexts.verdict(then.verdict, why));
  if (then.verdict !== 'notFit') {
    if (longestCell(now.longest) !== longestCell(then.longest))
      parts.push(effectTexts.longest(longestCell(then.longest)));
    if (then.subsidy && (!now.subsidy || subsidyCell(now.subsidy) !== subsidyCell(then.subsidy)))
      parts.push(effectTexts.subsidy(subsidyCell(then.subsidy)));
  }
  return parts.length > 0 ? effectTexts.route(label, parts) : null;
}

/** What another answer would change, computed from the facts model of that answer. */
export function effectOf(
  a: Answers,
  facts: ResultFacts,
  questionId: QuestionId,
  slug: string
): string {
  const b = withAnswer(a, questionId, slug);
  if (!b) return effectTexts.noChange;
  const then = resultFacts(b);
  const changes = evaluatedRoutes
    .map((id) => routeChange(facts.routes[id], then.routes[id]))
    .filter((x): x is string => x !== null);
  return changes.length > 0 ? changes.join(' ') : effectTexts.noChange;
}

/** For each «Vet ikke» answer: what to find out and what each real answer would change. */
function unknownsFor(a: Answers, facts: ResultFacts): UnknownAnswer[] {
  return questions.flatMap((q) => {
    const chosen = q.answers.find((x) => x.slug === a[q.id]);
    if (!chosen || !('unknown' in chosen) || !('unknownInfo' in q)) return [];
    return [
      {
        questionId: q.id,
        question: q.text,
        findOut: q.unknownInfo.findOut,
        effects: q.answers
          .filter((x) => !('unknown' in x))
          .map((x) => ({
            answer: x.slug,
            label: x.label,
            effect: effectOf(a, facts, q.id, x.slug),
          })),
      },
    ];
  });
}

/** Framework notes: others than the state hire under arbeidsmiljøloven, not statsansatteloven. No two share a text. */
function noticesFor(facts: ResultFacts): Notice[] {
  const notices = facts.meaning.state ? transitionNoticesFor(facts.meaning) : [nonStateNotice];
  return notices.filter((n, i) => notices.findIndex((x) => x.text === n.text) === i);
}

/** The result for a complete answer set: each evaluated route lands in exactly one list. */
export function evaluateAnswers(a: Answers): VeiviserOutcome {
  const facts = resultFacts(a);
  const fits: VeiviserAdvice[] = [];
  const mayFit: VeiviserMayFit[] = [];
  const notFit: VeiviserNotFit[] = [];
  for (const id of evaluatedRoutes) {
    const { kind, page } = route(id);
    const f = facts.routes[id];
    const advice = adviceFor[id](facts);
    if (f.verdict === 'notFit') {
      notFit.push({
        routeId: id,
        kind,
        reason: f.reason!.text,
        short: f.reason!.short,
        legalRefs: advice.legalRefs,
        page,
      });
      continue;
    }
    // The facts to know stay visible; an unsettled one is also the route's «Må sjekkes» (issue 18, item 4).
    const mustKnow = f.mustKnow
      .filter((k) => !k.mustCheck)
      .map(({ text, kilde, passage }) => ({
        text,
        kilde,
        ...(passage ? { passage } : {}),
      }));
    const visibleChecks = f.mustKnow
      .filter((k) => k.mustCheck)
      .map((k) => ({ kilde: k.kilde, what: k.text, visible: true as const }));
    const entry = {
      routeId: id,
      kind,
      page,
      ...advice,
      mustCheck: [...visibleChecks, ...advice.mustCheck],
      mustKnow,
    };
    // The first condition that holds is the one the one-line answer names.
    if (f.verdict === 'mayFit')
      mayFit.push({
        ...entry,
        condition: f.conditions.map((o) => o.text).join(' '),
        short: f.conditions[0]!.short,
      });
    else fits.push({ ...entry, short: fitReasons[id](f, facts.meaning) });
  }
  return {
    answers: { ...a },
    fits,
    mayFit,
    notFit,
    unknowns: unknownsFor(a, facts),
    notices: noticesFor(facts),
    rulesDate: RULES_DATE,
  };
}

/** The facts model for an outcome's answers (the result page renders from it). */
export const factsOf = (o: Pick<VeiviserOutcome, 'answers'>) => resultFacts(o.answers);
