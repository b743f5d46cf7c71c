import type { Subsidy } from './outcome-types';
import type { Longest, SubsidyFacts } from './model';
import { FIGURE_DATES } from './policy';
import { factTexts as t } from './texts';

// The facts model's periods and subsidies in words: one place, so every part of a result says
// the same rate and limit (issue 18, item 1).

/** A route's subsidy as the outcome's Subsidy (the route section and the print summary). */
export function subsidyOf(s: SubsidyFacts): Subsidy {
  switch (s.kind) {
    case 'used':
      return { rateText: t.used };
    case 'rate':
      return { rateText: t.rate(s.rate, FIGURE_DATES.lonnstilskudd), maxMonths: s.rate.maxMonths };
    case 'open':
      return {
        rateText: t.rate(s.rate, FIGURE_DATES.lonnstilskudd),
        maxMonths: s.rate.maxMonths,
        note: t.ifNedsatt(s.ifNedsatt),
      };
  }
}

/** The table's subsidy cell (review N3: the answer's rate, or the range while NAV's finding is not known). */
export function subsidyCell(s: SubsidyFacts): string {
  switch (s.kind) {
    case 'used':
      return t.usedCell;
    case 'rate':
      return t.rateCell(s.rate, FIGURE_DATES.lonnstilskudd);
    case 'open':
      return t.rateOpenCell(s.rate.firstRate, s.ifNedsatt.firstRate, FIGURE_DATES.lonnstilskudd);
  }
}

/** The table's «Lengst» cell. */
export function longestCell(l: Longest): string {
  switch (l.kind) {
    case 'months':
      return t.months(l.months);
    case 'sal7Either':
      return t.longest.sal7Either(l.months, l.withReglement);
    case 'saf3abByGround':
      return t.longest.saf3abByGround(l.months, l.onE);
    case 'sal9ByGround':
      return t.longest.sal9ByGround;
    case 'noFixedLimit':
      return t.longest.noFixedLimit;
    case 'trainee':
      return t.longest.trainee(l.months, l.extension);
    case 'permanent':
      return t.longest.permanent;
    case 'permanentOrTemporary':
      return t.longest.permanentOrTemporary;
    case 'none':
      return t.longest.none;
  }
}

/**
 * The facts model of one result for regler.json, compact: for each route that fits or may fit, its
 * longest period and, where it carries one, its subsidy, in the words the result uses (the
 * verdicts are already in the outcome's lists).
 */
export function factsJson(f: import('./model').ResultFacts): Record<string, string[]> {
  return Object.fromEntries(
    Object.values(f.routes)
      .filter((r) => r.verdict !== 'notFit')
      .map((r) => [r.id, [longestCell(r.longest), ...(r.subsidy ? [subsidyCell(r.subsidy)] : [])]])
  );
}
