import { ARBEIDSTRENING, LONNSTILSKUDD, MENTOR, SAL7, SAL9E_MONTHS } from './policy';
import { questions, type Answers } from './questions';

// What a set of answers means for the rules, read from the answers' own `means` data in
// questions.ts (issue 18, item 1): no slug comparisons here or in the rules and texts.

/** The merged meaning of every answer on a path; an unanswered or «Vet ikke» question adds nothing. */
export interface Meaning {
  readonly state: boolean;
  readonly public: boolean;
  readonly need?: 'permanent' | 'temporary' | 'tryOut';
  readonly here?: 'arbeidstrening' | 'sal7' | 'saf3ab';
  readonly employedHere?: boolean;
  readonly subsidyUsed?: boolean;
  readonly upToMonths?: number;
  readonly overMonths?: number;
  readonly sal9?: 'a' | 'b' | 'e';
  readonly sal7Year?: boolean;
  readonly targetGroup?: 'stated' | 'none';
  readonly hullICv?: boolean;
  readonly interviewOnly?: boolean;
  readonly traineeDone?: 'here' | 'elsewhere' | 'no';
  readonly higherEducation?: boolean;
  readonly navFollows?: boolean;
  readonly nedsattArbeidsevne?: boolean;
}
export const MEANING_KEYS = [
  'state',
  'public',
  'need',
  'here',
  'employedHere',
  'subsidyUsed',
  'upToMonths',
  'overMonths',
  'sal9',
  'sal7Year',
  'targetGroup',
  'hullICv',
  'interviewOnly',
  'traineeDone',
  'higherEducation',
  'navFollows',
  'nedsattArbeidsevne',
] as const satisfies readonly (keyof Meaning)[];

/** The meaning of the answers; a key two answers set differently throws (a flow error). */
export function meaningOf(a: Answers): Meaning {
  const m: Record<string, unknown> = { state: false, public: false };
  for (const q of questions) {
    const chosen = q.answers.find((x) => x.slug === a[q.id]);
    if (!chosen || !('means' in chosen)) continue;
    for (const [k, v] of Object.entries(chosen.means)) {
      if (k in m && m[k] !== v && !(k === 'state' || k === 'public'))
        throw new Error(`«${k}» betyr to ting på samme vei (${q.id})`);
      m[k] = v;
    }
  }
  return m as unknown as Meaning;
}

export const isState = (a: Answers) => meaningOf(a).state;

/** The asked question's answer is «Vet ikke» (or it was not asked). */
export const targetGroupOf = (m: Meaning): 'yes' | 'no' | 'unknown' =>
  m.targetGroup === 'stated' ? 'yes' : m.targetGroup === 'none' ? 'no' : 'unknown';

/**
 * Target group of § 3a b, § 4, § 4a: what the person has stated, not NAV's view (statsansatteforskriften
 * §§ 4, 4a). A person on a § 3a b post stated it to get there; innvandrerbakgrunn (§ 4b) is not in it.
 */
export const inTargetGroup = (a: Answers) => targetGroupOf(meaningOf(a));

/** NAV follows the person up: answered «Ja», or the person is on a NAV measure with us. */
export const navFollows = (a: Answers) => meaningOf(a).navFollows === true;

export const groundKnown = (m: Meaning) => m.sal9 !== undefined;

/** Longest possible need in months; Infinity over the limit given; undefined when not known or not asked. */
export const needMonths = (m: Meaning): number | undefined =>
  m.overMonths !== undefined ? Infinity : m.upToMonths;

/** True when the need is known to fit within the limit. */
export const needWithin = (m: Meaning, months: number) => (needMonths(m) ?? Infinity) <= months;

/** The ground allows more than 6 months: § 9 a or b (§ 9 e caps at 6, whatever else applies). */
export const groundAllowsLonger = (m: Meaning) => m.sal9 === 'a' || m.sal9 === 'b';

/**
 * Limit of an administrativ ansettelse (statsansatteloven § 7): 6 months; 12 only when the
 * personalreglement says so and the ground is a or b – § 9 e caps at 6 whatever it says.
 */
export const sal7Months = (m: Meaning): number =>
  groundAllowsLonger(m) && m.sal7Year === true ? SAL7.personalreglementMonths : SAL7.months;

/** § 7's limit is still open: the personalreglement is not known and the ground does not close it. */
export const sal7Open = (m: Meaning) => m.sal7Year === undefined && m.sal9 !== 'e';

/** Limit of a § 9 hire: 6 months on ground e; none on a or b; undefined when the ground is unknown. */
export const sal9Months = (m: Meaning): number | undefined =>
  m.sal9 === 'e' ? SAL9E_MONTHS : undefined;

/** Arbeidstrening: 12 months, +6 with nedsatt arbeidsevne (tiltaksforskriften kap. 3). */
export const arbeidstreningMonths = (m: Meaning) =>
  ARBEIDSTRENING.months + (m.nedsattArbeidsevne === true ? ARBEIDSTRENING.extensionMonths : 0);

/** Mentor: 6 months; up to 3 years with nedsatt arbeidsevne and special needs (tiltaksforskriften kap. 5). */
export const mentorMonths = (m: Meaning) =>
  m.nedsattArbeidsevne === true ? MENTOR.extendedMonths : MENTOR.months;

export type Rate = typeof LONNSTILSKUDD.standard | typeof LONNSTILSKUDD.nedsattArbeidsevne;
