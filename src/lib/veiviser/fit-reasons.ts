import { isState, sal7Months } from './facts';
import { SAF3A_B_MONTHS } from './policy';
import type { Answers } from './questions';
import type { EvaluatedRoute } from './rules';

/**
 * Why a route fits, in at most ten words, for its line at the top of a result (issue 10, item 1).
 * The full reasons stay in the route's details. Mentor and inkluderingstilskudd never «Passer»
 * (NAV decides them), nor does § 3a b; their lines name the first condition instead.
 */
export const fitReasons: Record<EvaluatedRoute, (a: Answers) => string> = {
  'ordinaer-ansettelse': (a) =>
    isState(a)
      ? 'Hovedregelen: lys ut og ansett den best kvalifiserte.'
      : 'Dere ansetter etter arbeidsmiljøloven.',
  'administrativ-ansettelse': (a) => `Inntil ${sal7Months(a)} måneder uten utlysning.`,
  'midlertidig-ansettelse': () => 'Lys ut en midlertidig stilling etter § 9.',
  'unntak-lonnstilskudd': () => `Inntil ${SAF3A_B_MONTHS} måneder uten utlysning.`,
  traineeprogrammet: () => 'Stilling for målgruppen med høyere utdanning.',
  'fast-etter-trainee': () => 'Fast uten utlysning etter traineeperioden.',
  lonnstilskudd: () => 'NAV dekker en del av lønnen når dere ansetter.',
  arbeidstrening: () => 'Dere prøver hverandre ut gjennom NAV, uten ansettelse.',
  mentor: () => 'En kollega får tid til å følge opp personen.',
  inkluderingstilskudd: () => 'NAV dekker utgifter til tilrettelegging.',
};
