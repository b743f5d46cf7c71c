import { route } from '../vocabulary';
import type { OutcomeExport } from '../wizard';
import { factsJson } from './facts-text';
import { resultFacts } from './model';
import type { VeiviserAdvice, VeiviserOutcome } from './outcome';
import type { Answers } from './questions';

/**
 * What /veiviser/regler.json says of each result, beside the engine's questions and paths:
 * compact route ids per list, the limits in months, the kilder behind «må sjekkes», and the
 * facts model's limits and rates; and the routes the results name. `tr` gives the texts in the
 * export's written form (/nn/veiviser/regler.json).
 */
export const outcomeExportIn = (
  tr: (text: string) => string
): OutcomeExport<Answers, VeiviserOutcome> => ({
  outcome(o, answers) {
    const advised = [...o.fits, ...o.mayFit];
    const months = (pick: (r: VeiviserAdvice) => number | undefined) =>
      Object.fromEntries(
        advised.flatMap((r) => {
          const value = pick(r);
          return value === undefined ? [] : [[r.routeId, value]];
        })
      );
    return {
      fits: o.fits.map((r) => r.routeId),
      mayFit: o.mayFit.map((r) => r.routeId),
      notFit: o.notFit.map((r) => r.routeId),
      maxMonths: months((r) => r.maxMonths),
      subsidyMaxMonths: months((r) => r.subsidy?.maxMonths),
      mustCheck: [...new Set(advised.flatMap((r) => r.mustCheck.map((m) => m.kilde)))],
      unknowns: o.unknowns.map((u) => u.questionId),
      facts: Object.fromEntries(
        Object.entries(factsJson(resultFacts(answers))).map(([id, texts]) => [id, texts.map(tr)])
      ),
    };
  },
  summary(outcomes) {
    const routeIds = [
      ...new Set(
        outcomes.flatMap((o) => [...o.fits, ...o.mayFit, ...o.notFit].map((r) => r.routeId))
      ),
    ];
    return {
      routes: routeIds.map((id) => {
        const { label, kind, page, stateOnly } = route(id);
        return { id, label: tr(label), kind, page, stateOnly };
      }),
    };
  },
});
