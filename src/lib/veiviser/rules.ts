import type { RouteId } from '../vocabulary';
import { groundKnown, inTargetGroup, isState, needMonths, needWithin, sal7Months } from './facts';
import { SAF3A_B_MONTHS, SAL9E_MONTHS } from './policy';
import type { Answers } from './questions';
import { conditions as c, reasons as r } from './texts';

/**
 * The decision table. Per route: the first `notFit` row that holds gives the reason it does not
 * fit; otherwise every `open` row that holds is a condition to check (mayFit); none → fits.
 */
type Row = readonly [holds: boolean, text: string];
export interface RouteRule { readonly notFit: readonly Row[]; readonly open: readonly Row[] }

/** The routes and measures the veiviser decides on, in the order results list them. */
export const evaluatedRoutes = [
  'ordinaer-ansettelse', 'administrativ-ansettelse', 'midlertidig-ansettelse', 'unntak-lonnstilskudd',
  'traineeprogrammet', 'fast-etter-trainee', 'lonnstilskudd', 'arbeidstrening', 'mentor', 'inkluderingstilskudd',
] as const satisfies readonly RouteId[];
export type EvaluatedRoute = (typeof evaluatedRoutes)[number];

/** What a temporary state post needs under statsansatteloven § 9, whichever way it is filled. */
const sal9Open = (a: Answers): Row[] => [
  [!groundKnown(a), c.needGround],
  [a.grunnlag === 'uforutsett' && !needWithin(a, SAL9E_MONTHS), c.sal9eOnlySix],
];

export const rules: Record<EvaluatedRoute, (a: Answers) => RouteRule> = {
  // Open to every employer; for others than the state it is a hire under arbeidsmiljøloven.
  'ordinaer-ansettelse': (a) => ({
    notFit: [],
    open: [
      [a.behov === 'prove-forst', c.knowNeedFirst],
      ...(isState(a) && a.behov === 'midlertidig' ? sal9Open(a) : []),
    ],
  }),

  // statsansatteloven § 7: up to 6 months, 12 with the personalreglement, on a § 9 ground (000 L1884–1918).
  'administrativ-ansettelse': (a) => ({
    notFit: [
      [!isState(a), r.stateOnly],
      [a.behov === 'fast', r.sal7Permanent],
      [a.behov === 'prove-forst', r.tryingIsNoGround],
    ],
    open: [
      [!groundKnown(a), c.needGround],
      [a.personalreglement === 'personalreglement-vet-ikke', c.reglementUnknown],
      [needMonths(a) === undefined, c.needUnknown(sal7Months(a))],
      [needMonths(a) !== undefined && !needWithin(a, sal7Months(a)), c.onlyFirst(sal7Months(a))],
    ],
  }),

  // statsansatteloven § 9: a temporary post filled the ordinary way; § 9 e caps at 6 months.
  'midlertidig-ansettelse': (a) => ({
    notFit: [
      [!isState(a), r.stateOnly],
      [a.behov === 'fast', r.sal9Permanent],
      [a.behov === 'prove-forst', r.tryingIsNoGround],
    ],
    open: sal9Open(a),
  }),

  // statsansatteforskriften § 3a b: target group only, temporary post ≤ 2 years, NAV approves the subsidy.
  'unntak-lonnstilskudd': (a) => ({
    notFit: [
      [!isState(a), r.stateOnly],
      [inTargetGroup(a) === 'no', r.onlyTargetGroup],
      [a.behov === 'fast', r.saf3aOnlyTemporary],
    ],
    open: [
      [inTargetGroup(a) === 'unknown', c.targetGroupUnknown],
      [a.behov === 'prove-forst', c.tryOutTemporary],
      [a.behov === 'midlertidig' && needMonths(a) === undefined, c.needUnknown(SAF3A_B_MONTHS)],
      [needMonths(a) !== undefined && !needWithin(a, SAF3A_B_MONTHS), c.onlyFirst(SAF3A_B_MONTHS)],
    ],
  }),

  // Traineeprogrammet: target group + higher education; a post that can become permanent (000 L2115–2141).
  traineeprogrammet: (a) => ({
    notFit: [
      [!isState(a), r.stateOnly],
      [a.behov === 'midlertidig', r.traineeNotForTemporary],
      [a.trainee === 'trainee-her', r.traineeDone],
      [inTargetGroup(a) === 'no', r.traineeTargetGroup],
      [a.utdanning === 'utdanning-nei', r.traineeEducation],
    ],
    open: [
      [inTargetGroup(a) === 'unknown', c.targetGroupUnknown],
      [a.utdanning === 'utdanning-vet-ikke', c.educationUnknown],
      [a.behov === 'prove-forst', c.traineeTryOut],
    ],
  }),

  // statsansatteforskriften § 3a a: completed in the SAME virksomhet and qualified.
  'fast-etter-trainee': (a) => ({
    notFit: [
      [!isState(a), r.stateOnly],
      [a.behov !== 'fast', r.afterTraineeOnlyPermanent],
      [a.trainee === 'trainee-annen', r.afterTraineeOtherPlace],
      [a.trainee === 'trainee-nei', r.afterTraineeNotDone],
    ],
    open: [[a.trainee === 'trainee-vet-ikke', c.traineeUnknown]],
  }),

  // NAV measures: NAV decides; a wage subsidy needs an employment contract (000 L4181–4187).
  lonnstilskudd: (a) => ({
    notFit: [],
    open: [
      [a.nav !== 'nav-ja', c.navNotInvolved],
      [a.behov === 'prove-forst', c.employmentNeeded],
    ],
  }),
  arbeidstrening: (a) => ({
    notFit: [],
    open: [
      [a.behov !== 'prove-forst', c.ifTryFirst],
      [a.nav !== 'nav-ja', c.navNotInvolved],
    ],
  }),
  mentor: () => ({ notFit: [], open: [[true, c.mentor]] }),
  inkluderingstilskudd: () => ({ notFit: [], open: [[true, c.inkluderingstilskudd]] }),
};
