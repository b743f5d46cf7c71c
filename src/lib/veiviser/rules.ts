import type { RouteId } from '../vocabulary';
import { matches, type Condition } from '../wizard';
import {
  groundKnown,
  inTargetGroup,
  navFollows,
  needMonths,
  needWithin,
  sal7Months,
} from './facts';
import { SAF3A_B_MONTHS, SAL9E_MONTHS } from './policy';
import type { Answers } from './questions';
import type { Said } from './said';
import { conditions as c, reasons as r } from './texts';

/**
 * The decision table. Per route: the first `notFit` row that holds gives the reason it does not
 * fit; otherwise every `open` row that holds is a condition to check (mayFit); none → fits.
 * A row that only looks at answer slugs is data (a Condition: every question's answer is one of
 * the slugs); a row that needs a calculation is a function. Routes marked stateOnly in the
 * vocabulary never fit an employer outside the state: outcome.ts adds that row, once.
 */
type Test = Condition | ((a: Answers) => boolean);
type Text = Said | ((a: Answers) => Said);
export type Row = readonly [test: Test, text: Text];
export interface RouteRule {
  readonly notFit: readonly Row[];
  readonly open: readonly Row[];
}

/** The routes and measures the veiviser decides on, in the order results list them. */
export const evaluatedRoutes = [
  'ordinaer-ansettelse',
  'administrativ-ansettelse',
  'midlertidig-ansettelse',
  'unntak-lonnstilskudd',
  'traineeprogrammet',
  'fast-etter-trainee',
  'lonnstilskudd',
  'arbeidstrening',
  'mentor',
  'inkluderingstilskudd',
] as const satisfies readonly RouteId[];
export type EvaluatedRoute = (typeof evaluatedRoutes)[number];

const always = () => true;
const STATE_TEMPORARY: Condition = { sektor: ['statlig'], behov: ['midlertidig'] };

/** What a temporary state post needs under statsansatteloven § 9, whichever way it is filled. */
const sal9Open: Row[] = [
  [(a) => !groundKnown(a), c.needGround],
  [(a) => a.grunnlag === 'uforutsett' && !needWithin(a, SAL9E_MONTHS), c.sal9eOnlySix],
];
const onStateTemporary = (rows: Row[]): Row[] =>
  rows.map(([test, text]) => [(a: Answers) => matches(STATE_TEMPORARY, a) && holds(test, a), text]);

export const rules: Record<EvaluatedRoute, RouteRule> = {
  // Open to every employer; for others than the state it is a hire under arbeidsmiljøloven.
  'ordinaer-ansettelse': {
    notFit: [],
    open: [
      [{ behov: ['prove-forst', 'behov-vet-ikke'] }, c.knowNeedFirst],
      ...onStateTemporary(sal9Open),
    ],
  },

  // statsansatteloven § 7: up to 6 months, 12 with the personalreglement, on a § 9 ground (000 L1884–1918).
  'administrativ-ansettelse': {
    notFit: [
      [{ situasjon: ['administrativt-ansatt-her'] }, r.sal7NoExtension],
      [{ behov: ['fast'] }, r.sal7Permanent],
      [{ behov: ['prove-forst'] }, r.tryingIsNoGround],
    ],
    open: [
      [(a) => !groundKnown(a), c.needGround],
      [{ personalreglement: ['personalreglement-vet-ikke'] }, c.reglementUnknown],
      [(a) => needMonths(a) === undefined, (a) => c.needUnknown(sal7Months(a))],
      [
        (a) => needMonths(a) !== undefined && !needWithin(a, sal7Months(a)),
        (a) => c.onlyFirst(sal7Months(a)),
      ],
    ],
  },

  // statsansatteloven § 9: a temporary post filled the ordinary way; § 9 e caps at 6 months.
  'midlertidig-ansettelse': {
    notFit: [
      [{ behov: ['fast'] }, r.sal9Permanent],
      [{ behov: ['prove-forst'] }, r.tryingIsNoGround],
    ],
    open: sal9Open,
  },

  // statsansatteforskriften § 3a b: target group only, temporary post ≤ 2 years, NAV approves the subsidy.
  'unntak-lonnstilskudd': {
    notFit: [
      [{ situasjon: ['unntaksstilling-her'] }, r.saf3bNoExtension],
      [{ kandidat: ['gruppe-4b'] }, r.group4bInterviewOnly],
      [(a) => inTargetGroup(a) === 'no', r.onlyTargetGroup],
      [{ behov: ['fast'] }, r.saf3aOnlyTemporary],
    ],
    open: [
      // Never «Passer»: § 3a b lifts utlysning only for a hire NAV has approved a subsidy for (issue 10, item 3).
      [always, c.navApprovedFirst],
      [(a) => inTargetGroup(a) === 'unknown', c.targetGroupUnknown],
      [{ behov: ['prove-forst', 'behov-vet-ikke'] }, c.tryOutTemporary],
      [
        (a) => a.behov === 'midlertidig' && needMonths(a) === undefined,
        c.needUnknown(SAF3A_B_MONTHS),
      ],
      [
        (a) => needMonths(a) !== undefined && !needWithin(a, SAF3A_B_MONTHS),
        c.onlyFirst(SAF3A_B_MONTHS),
      ],
    ],
  },

  // Traineeprogrammet: target group + higher education; a post that can become permanent (000 L2115–2141).
  traineeprogrammet: {
    notFit: [
      [{ behov: ['midlertidig'] }, r.traineeNotForTemporary],
      [{ trainee: ['trainee-her'] }, r.traineeDone],
      [{ kandidat: ['gruppe-4b'] }, r.group4bInterviewOnly],
      [(a) => inTargetGroup(a) === 'no', r.traineeTargetGroup],
      [{ utdanning: ['utdanning-nei'] }, r.traineeEducation],
    ],
    open: [
      [(a) => inTargetGroup(a) === 'unknown', c.targetGroupUnknown],
      [{ utdanning: ['utdanning-vet-ikke'] }, c.educationUnknown],
      [{ behov: ['prove-forst', 'behov-vet-ikke'] }, c.traineeTryOut],
      // Never «Passer» for someone who has completed it (issue 10, item 5).
      [{ trainee: ['trainee-annen'] }, c.traineeAgain],
      [{ trainee: ['trainee-vet-ikke'] }, c.traineeMaybeDone],
    ],
  },

  // statsansatteforskriften § 3a a: completed in the SAME virksomhet and qualified.
  'fast-etter-trainee': {
    notFit: [
      [(a) => a.behov !== 'fast', r.afterTraineeOnlyPermanent],
      [{ trainee: ['trainee-annen'] }, r.afterTraineeOtherPlace],
      [{ trainee: ['trainee-nei'] }, r.afterTraineeNotDone],
    ],
    open: [[{ trainee: ['trainee-vet-ikke'] }, c.traineeUnknown]],
  },

  // NAV measures: NAV decides; a wage subsidy needs an employment contract (000 L4181–4187).
  lonnstilskudd: {
    notFit: [],
    open: [
      [(a) => !navFollows(a), c.navNotInvolved],
      [{ behov: ['prove-forst'] }, c.employmentNeeded],
    ],
  },
  arbeidstrening: {
    notFit: [[{ situasjon: ['arbeidstrening-her'] }, r.alreadyOnArbeidstrening]],
    open: [
      [(a) => a.behov !== 'prove-forst', c.ifTryFirst],
      [(a) => !navFollows(a), c.navNotInvolved],
    ],
  },
  mentor: { notFit: [], open: [[always, c.mentor]] },
  inkluderingstilskudd: { notFit: [], open: [[always, c.inkluderingstilskudd]] },
};

/** True when the row's test holds for these answers. */
export const holds = (test: Test, a: Answers): boolean =>
  typeof test === 'function' ? test(a) : matches(test, a);

export const textOf = (text: Text, a: Answers) => (typeof text === 'function' ? text(a) : text);
