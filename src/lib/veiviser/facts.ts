import { ARBEIDSTRENING, FIGURE_DATES, LONNSTILSKUDD, MENTOR, SAL7, SAL9E_MONTHS } from './policy';
import type { Answers } from './questions';
import type { Subsidy } from '../wizard';

// Policy calculations from the answers, apart from the routing and the texts.

export const isState = (a: Answers) => a.sektor === 'statlig';

/**
 * Target group of § 3a b, § 4, § 4a: what the person has stated, not NAV's view (statsansatteforskriften
 * §§ 4, 4a). A person on a § 3a b post stated it to get there; innvandrerbakgrunn (§ 4b) is not in it.
 */
export const inTargetGroup = (a: Answers): 'yes' | 'no' | 'unknown' =>
  a.kandidat === 'malgruppe-1' ||
  a.kandidat === 'malgruppe-2' ||
  a.situasjon === 'unntaksstilling-her'
    ? 'yes'
    : a.kandidat === 'ingen-malgruppe' || a.kandidat === 'gruppe-4b'
      ? 'no'
      : 'unknown';

/** NAV follows the person up: answered «Ja», or the person is on a NAV measure with us (arbeidstrening, § 3a b). */
export const navFollows = (a: Answers) =>
  a.nav === 'nav-ja' ||
  a.situasjon === 'arbeidstrening-her' ||
  a.situasjon === 'unntaksstilling-her';

export const groundKnown = (a: Answers) =>
  a.grunnlag === 'midlertidig-karakter' || a.grunnlag === 'vikariat' || a.grunnlag === 'uforutsett';

/** Longest possible need in months; Infinity over 2 years; undefined when not known or not asked. */
export function needMonths(a: Answers): number | undefined {
  switch (a.varighet) {
    case 'inntil-6-mnd':
      return 6;
    case '6-12-mnd':
      return 12;
    case '12-24-mnd':
      return 24;
    case 'over-24-mnd':
      return Infinity;
    default:
      return undefined;
  }
}

/** True when the need is known to fit within the limit. */
export const needWithin = (a: Answers, months: number) => (needMonths(a) ?? Infinity) <= months;

/**
 * Limit of an administrativ ansettelse (statsansatteloven § 7): 6 months; 12 only when the
 * personalreglement says so and the ground is a or b – § 9 e caps at 6 whatever it says.
 */
export function sal7Months(a: Answers): number {
  const groundAllowsYear = a.grunnlag === 'midlertidig-karakter' || a.grunnlag === 'vikariat';
  return groundAllowsYear && a.personalreglement === 'personalreglement-ja'
    ? SAL7.personalreglementMonths
    : SAL7.months;
}

/** Limit of a § 9 hire: 6 months on ground e (or when the ground is unknown); none on a or b. */
export const sal9Months = (a: Answers): number | undefined =>
  a.grunnlag === 'midlertidig-karakter' || a.grunnlag === 'vikariat' ? undefined : SAL9E_MONTHS;

/** NAV's own finding, which sets the subsidy (tiltaksforskriften kap. 9); the target group does not. */
export const nedsattArbeidsevne = (a: Answers) => a.arbeidsevne === 'nav-vurdering-ja';

/** The subsidy the rules give on this path: never more than 12 months without NAV's finding. */
export function subsidy(a: Answers): Subsidy {
  const s = LONNSTILSKUDD.standard;
  const n = LONNSTILSKUDD.nedsattArbeidsevne;
  const rate = (r: typeof s | typeof n) =>
    `${r.firstRate} % av refusjonsgrunnlaget de første ${r.reducedAfterMonths} månedene, deretter ${r.laterRate} %, i høyst ${r.maxMonths} måneder (satser ${FIGURE_DATES.lonnstilskudd})`;
  if (nedsattArbeidsevne(a)) return { rateText: rate(n), maxMonths: n.maxMonths };
  const note =
    a.arbeidsevne === 'nav-vurdering-nei'
      ? undefined
      : `Vurderer NAV at personen har nedsatt arbeidsevne, kan satsen bli ${n.firstRate} %, deretter ${n.laterRate} %, i inntil ${n.maxMonths} måneder. Det avgjør NAV.`;
  return { rateText: rate(s), maxMonths: s.maxMonths, ...(note ? { note } : {}) };
}

/** Arbeidstrening: 12 months, +6 with nedsatt arbeidsevne (tiltaksforskriften kap. 3). */
export const arbeidstreningMonths = (a: Answers) =>
  ARBEIDSTRENING.months + (nedsattArbeidsevne(a) ? ARBEIDSTRENING.extensionMonths : 0);

/** Mentor: 6 months; up to 3 years with nedsatt arbeidsevne and special needs (tiltaksforskriften kap. 5). */
export const mentorMonths = (a: Answers) =>
  nedsattArbeidsevne(a) ? MENTOR.extendedMonths : MENTOR.months;
