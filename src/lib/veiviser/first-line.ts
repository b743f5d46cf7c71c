import { route } from '../vocabulary';
import type { Longest, ResultFacts, RouteFacts } from './model';
import { fitReasons } from './fit-reasons';
import { evaluatedRoutes } from './rules';
import { shortLabel } from './short';
import { conditions, firstLineTexts as t } from './texts';

// The first lines of a result where the reader came with one question (issue 18, items 4 and 5):
// the person is already here («can we keep them, without utlysning, how, for how long?»), or the
// employer wants to try first («after the trial, which routes can hire and what does each need?»).
// Computed from the facts model: never written per path.

/** The longest period in words, where the model gives one. */
function periodOf(l: Longest): string | undefined {
  switch (l.kind) {
    case 'months':
      return t.months(l.months);
    case 'sal7Either':
      return t.sal7Either(l.months, l.withReglement);
    case 'saf3abByGround':
      return t.byGround(l.months, l.onE);
    case 'sal9ByGround':
    case 'noFixedLimit':
    case 'trainee':
    case 'permanent':
    case 'permanentOrTemporary':
    case 'none':
      return undefined;
  }
}

const open = (f: RouteFacts) => f.verdict !== 'notFit';
/** What a route needs first (its first condition, as its verdict line says it), or why it fits. */
const needs = (f: RouteFacts, facts: ResultFacts) =>
  f.verdict === 'mayFit' ? f.conditions[0]!.short : fitReasons[f.id](f, facts.meaning);

/** As `needs`, after a period that already names § 7's two limits: not the limits again. */
function needsAfterPeriod(f: RouteFacts, facts: ResultFacts): string {
  const first = needs(f, facts);
  if (f.longest.kind !== 'sal7Either' || f.verdict !== 'mayFit') return first;
  if (first === conditions.sal7EitherUnknownNeed.short) return t.sal7WithinNeed;
  if (first === conditions.sal7ReglementDecides.short) return t.sal7CheckReglement;
  if (first === conditions.sal7OnlyFirstEither.short) return t.sal7NotWholeNeed;
  return first;
}

/** «Fast uten utlysning: nei.» and the temporary ways without utlysning, for a person already here. */
function keepLines(facts: ResultFacts): string[] {
  const { routes, meaning } = facts;
  const afterTrainee = routes['fast-etter-trainee'];
  const lines = [
    open(afterTrainee)
      ? t.permanentWithout(afterTrainee.verdict as 'fits' | 'mayFit', needs(afterTrainee, facts))
      : t.permanentWithoutNo,
  ];
  // A permanent need: the temporary ways are closed by the answer, not by the law; not listed.
  if (meaning.need !== 'permanent') {
    const temporary = (['unntak-lonnstilskudd', 'administrativ-ansettelse'] as const)
      .map((id) => routes[id])
      .filter(open);
    lines.push(
      temporary.length > 0
        ? t.temporaryWithout(
            temporary.every((f) => f.verdict === 'fits'),
            temporary.map((f) =>
              t.temporaryWay(
                f.verdict as 'fits' | 'mayFit',
                t.way[f.id as keyof typeof t.way],
                periodOf(f.longest),
                needsAfterPeriod(f, facts)
              )
            )
          )
        : t.temporaryWithoutNo
    );
  }
  if (open(routes['ordinaer-ansettelse'])) lines.push(t.withUtlysning);
  return lines;
}

/** After a trial: the hiring routes that fit or may fit, each with what it needs. */
function afterTrialLines(facts: ResultFacts): string[] {
  const hiring = evaluatedRoutes
    .map((id) => facts.routes[id])
    .filter((f) => open(f) && route(f.id).kind === 'route');
  return [
    t.afterTrialLead,
    ...hiring.map((f) => t.afterTrialRoute(shortLabel(f.id), needs(f, facts))),
  ];
}

/** The answer in words at the top of a result, or none where the verdict lines say it all. */
export function answerInWords(facts: ResultFacts): string[] {
  if (facts.meaning.here) return keepLines(facts);
  if (facts.meaning.need === 'tryOut') return afterTrialLines(facts);
  return [];
}
