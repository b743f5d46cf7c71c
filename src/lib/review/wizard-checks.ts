// Every «må sjekkes» the wizard can show, for the reviewer's page. The one place that knows how the
// wizard's results carry them (Outcome.fits / mayFit → RouteAdvice.mustCheck): adapt only this file
// when the wizard changes.
import { evaluate, nextQuestion, reachablePaths } from '../veiviser';

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

/** Help texts on the wizard's steps marked «(må sjekkes)» in the text itself (no source id). */
export function wizardStepChecks(): WizardCheck[] {
  const byKey = new Map<string, WizardCheck>();
  for (const p of reachablePaths()) {
    if (p.kind !== 'step') continue;
    const q = nextQuestion(p.answers);
    if (!q) continue;
    const helps = [q.help, ...q.answers.map((a) => a.help)].filter((h): h is string => h !== undefined && MUST_CHECK.test(h));
    for (const help of helps) {
      const what = help.split(/(?<=[.!?])\s+/).find((s) => MUST_CHECK.test(s)) ?? help;
      const seen = byKey.get(what);
      if (seen) seen.pages += 1;
      else byKey.set(what, { kilde: '', what, routeId: '', anchor: '', examplePath: p.path, pages: 1 });
    }
  }
  return [...byKey.values()];
}

/** Every «må sjekkes» on a result page, one row per source, text and route. */
export function wizardChecks(): WizardCheck[] {
  const byKey = new Map<string, WizardCheck>();
  for (const p of reachablePaths()) {
    if (p.kind !== 'result') continue;
    const outcome = evaluate(p.answers);
    if (!outcome) continue;
    const lists = [['passer', outcome.fits], ['kan-passe', outcome.mayFit]] as const;
    for (const [list, advice] of lists) {
      for (const a of advice) {
        for (const m of a.mustCheck) {
          const key = `${m.kilde}\u0000${m.what}\u0000${a.routeId}`;
          const seen = byKey.get(key);
          if (seen) seen.pages += 1;
          else byKey.set(key, { kilde: m.kilde, what: m.what, routeId: a.routeId, anchor: `${list}-${a.routeId}`, examplePath: p.path, pages: 1 });
        }
      }
    }
  }
  return [...byKey.values()].sort((x, y) => x.routeId.localeCompare(y.routeId) || x.what.localeCompare(y.what, 'nb'));
}
