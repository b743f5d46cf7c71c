import type { Meaning } from './facts';
import { longestMonths, type Longest, type RouteFacts } from './model';
import type { EvaluatedRoute } from './rules';

/**
 * Why a route fits, in at most ten words, for its line at the top of a result (issue 10, item 1).
 * The full reasons stay in the route's details. Mentor and inkluderingstilskudd never «Passer»
 * (NAV decides them), nor does § 3a b; their lines name the first condition instead. Limits come
 * from the facts model.
 */
/** The limit that holds whatever is still unknown: § 7's 6 months while the personalreglement is not known. */
function sureMonths(l: Longest): number {
  const months = l.kind === 'sal7Either' ? l.months : longestMonths(l);
  if (months === undefined) throw new Error(`fitReasons: ingen grense i «${l.kind}»`);
  return months;
}

export const fitReasons: Record<EvaluatedRoute, (f: RouteFacts, m: Meaning) => string> = {
  'ordinaer-ansettelse': (_, m) =>
    m.state
      ? 'Hovedregelen: lys ut og ansett den best kvalifiserte.'
      : 'Dere ansetter etter arbeidsmiljøloven.',
  'administrativ-ansettelse': (f) => `Inntil ${sureMonths(f.longest)} måneder uten utlysning.`,
  'midlertidig-ansettelse': () => 'Lys ut en midlertidig stilling etter § 9.',
  'unntak-lonnstilskudd': (f) => `Inntil ${sureMonths(f.longest)} måneder uten utlysning.`,
  traineeprogrammet: () => 'Stilling for målgruppen med høyere utdanning.',
  'fast-etter-trainee': () => 'Fast uten utlysning etter traineeperioden.',
  lonnstilskudd: () => 'NAV dekker en del av lønnen når dere ansetter.',
  arbeidstrening: () => 'Dere prøver hverandre ut gjennom NAV, uten ansettelse.',
  mentor: () => 'En kollega får tid til å følge opp personen.',
  inkluderingstilskudd: () => 'NAV dekker utgifter til tilrettelegging.',
};
