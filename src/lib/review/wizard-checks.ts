// Every «må sjekkes» the wizard can show, for the reviewer's page. The one place that knows how the
// wizard's results carry them (Outcome.fits / mayFit → RouteAdvice.mustCheck): adapt only this file
// when the wizard changes.
import { evaluate, nextQuestion, reachablePaths, type Answers } from '../veiviser';

export interface WizardCheck {
  kilde: string;
  what: string;
  routeId: string;
  /** Section id on the result page (RouteAdviceSection: «passer-<route>» / «kan-passe-<route>»). */
  anchor: string;
  /** The first result page, in path order, that shows it. */
  examplePath: string;
  /** How many result pages show it. */
  pages: number;
}

const MUST_CHECK = /\(må sjekkes\)/i;

type Found = Omit<WizardCheck, 'examplePath' | 'pages'> & { key: string };

/** One row per key over all wizard pages of a kind: the first page that shows it, and how many do. */
function collect(kind: 'step' | 'result', found: (answers: Answers) => Found[]): WizardCheck[] {
  const byKey = new Map<string, WizardCheck>();
  for (const p of reachablePaths()) {
    if (p.kind !== kind) continue;
    for (const { key, ...check } of found(p.answers as Answers)) {
      const seen = byKey.get(key);
      if (seen) seen.pages += 1;
      else byKey.set(key, { ...check, examplePath: p.path, pages: 1 });
    }
  }
  return [...byKey.values()];
}

/** Help texts on the wizard's steps marked «(må sjekkes)» in the text itself (no source id). */
export function wizardStepChecks(): WizardCheck[] {
  return collect('step', (answers) => {
    const q = nextQuestion(answers);
    const helps = q ? [q.help, ...q.answers.map((a) => a.help)] : [];
    return helps
      .filter((h): h is string => h !== undefined && MUST_CHECK.test(h))
      .map((help) => help.split(/(?<=[.!?])\s+/).find((s) => MUST_CHECK.test(s)) ?? help)
      .map((what) => ({ key: what, kilde: '', what, routeId: '', anchor: '' }));
  });
}

/** Every «må sjekkes» on a result page, one row per source, text and route. */
export function wizardChecks(): WizardCheck[] {
  return collect('result', (answers) => {
    const outcome = evaluate(answers);
    if (!outcome) return [];
    const lists = [
      ['passer', outcome.fits],
      ['kan-passe', outcome.mayFit],
    ] as const;
    return lists.flatMap(([list, advice]) =>
      advice.flatMap((a) =>
        a.mustCheck.map((m) => ({
          key: `${m.kilde}\u0000${m.what}\u0000${a.routeId}`,
          kilde: m.kilde,
          what: m.what,
          routeId: a.routeId,
          anchor: `${list}-${a.routeId}`,
        }))
      )
    );
  }).sort((x, y) => x.routeId.localeCompare(y.routeId) || x.what.localeCompare(y.what, 'nb'));
}
