import type { RouteId } from '../vocabulary';
import {
  groundKnown,
  needMonths,
  needWithin,
  sal7Months,
  sal7Open,
  targetGroupOf,
  type Meaning,
} from './facts';
import { SAF3A_B_MONTHS, SAL7, SAL9E_MONTHS } from './policy';
import type { Known, Said } from './said';
import { conditions as c, mustKnow as k, reasons as r } from './texts';

/**
 * The decision table. Per route: the first `notFit` row that holds gives the reason it does not
 * fit; otherwise every `open` row that holds is a condition to check (mayFit); none → fits.
 * Every row reads what the answers mean (facts.ts `Meaning`, from `means` on each answer in
 * questions.ts), never answer slugs. Routes marked stateOnly in the vocabulary never fit an
 * employer outside the state: model.ts adds that row, once. Each row is a rule a unit test pins
 * (tests/unit/wizard/closed-doors.test.ts removes rows and expects a failure).
 */
type Test = (m: Meaning) => boolean;
type Text = Said | ((m: Meaning) => Said);
export type Row = readonly [test: Test, text: Text];
/** A fact to show on the route wherever it fits or may fit (issue 18, item 4); it changes no verdict. */
export type KnowRow = readonly [test: Test, text: Known];
export interface RouteRule {
  readonly notFit: readonly Row[];
  readonly open: readonly Row[];
  readonly know: readonly KnowRow[];
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
const stateTemporary = (m: Meaning) => m.state && m.need === 'temporary';
const needOpen = (m: Meaning) => m.need === 'tryOut' || m.need === undefined;
/** § 4a is judged when the person applies: a post of more than a year ends it (review N1). */
const hullICvAtApplication = (m: Meaning) =>
  m.employedHere === true && (m.hullICv === true || m.here === 'saf3ab');

/** The longest § 3a b post on this ground: § 9 e caps it at 6 months (review N2; our reading M5). */
export const saf3abMonths = (m: Meaning) => (m.sal9 === 'e' ? SAL9E_MONTHS : SAF3A_B_MONTHS);

/** What a temporary state post needs under statsansatteloven § 9, whichever way it is filled. */
const sal9Open: Row[] = [
  [(m) => !groundKnown(m), c.needGround],
  [(m) => m.sal9 === 'e' && !needWithin(m, SAL9E_MONTHS), c.sal9eOnlySix],
];
const onStateTemporary = (rows: Row[]): Row[] =>
  rows.map(([test, text]) => [(m: Meaning) => stateTemporary(m) && test(m), text]);

export const rules: Record<EvaluatedRoute, RouteRule> = {
  // Open to every employer; for others than the state it is a hire under arbeidsmiljøloven.
  'ordinaer-ansettelse': {
    notFit: [],
    open: [[needOpen, c.knowNeedFirst], ...onStateTemporary(sal9Open)],
    know: [],
  },

  // statsansatteloven § 7: up to 6 months, 12 with the personalreglement, on a § 9 ground (000 L1884–1918).
  'administrativ-ansettelse': {
    notFit: [
      [(m) => m.here === 'sal7', r.sal7NoExtension],
      [(m) => m.need === 'permanent', r.sal7Permanent],
      [(m) => m.need === 'tryOut', r.tryingIsNoGround],
    ],
    open: [
      [(m) => !groundKnown(m), c.needGround],
      // The personalreglement not known: one condition naming both limits (review part 3, defect 4).
      [(m) => sal7Open(m) && needMonths(m) === undefined, c.sal7EitherUnknownNeed],
      [
        (m) =>
          sal7Open(m) && !needWithin(m, SAL7.months) && needWithin(m, SAL7.personalreglementMonths),
        c.sal7ReglementDecides,
      ],
      [
        (m) =>
          sal7Open(m) &&
          needMonths(m) !== undefined &&
          !needWithin(m, SAL7.personalreglementMonths),
        c.sal7OnlyFirstEither,
      ],
      [(m) => !sal7Open(m) && needMonths(m) === undefined, (m) => c.needUnknown(sal7Months(m))],
      [
        (m) => !sal7Open(m) && needMonths(m) !== undefined && !needWithin(m, sal7Months(m)),
        (m) => c.onlyFirst(sal7Months(m)),
      ],
    ],
    know: [
      [always, k.sal7Anyone],
      [always, k.sal7NoPriority],
    ],
  },

  // statsansatteloven § 9: a temporary post filled the ordinary way; § 9 e caps at 6 months.
  'midlertidig-ansettelse': {
    notFit: [
      [(m) => m.need === 'permanent', r.sal9Permanent],
      [(m) => m.need === 'tryOut', r.tryingIsNoGround],
    ],
    open: sal9Open,
    know: [],
  },

  // statsansatteforskriften § 3a b: target group only, temporary post ≤ 2 years (6 on § 9 e), NAV approves the subsidy.
  'unntak-lonnstilskudd': {
    notFit: [
      [(m) => m.here === 'saf3ab', r.saf3bNoExtension],
      [(m) => m.interviewOnly === true, r.group4bInterviewOnly],
      [(m) => targetGroupOf(m) === 'no', r.onlyTargetGroup],
      [(m) => m.need === 'permanent', r.saf3aOnlyTemporary],
      // § 9 e caps every § 9-based post at 6 months, this one included (review N2).
      [
        (m) => m.sal9 === 'e' && !needWithin(m, SAL9E_MONTHS) && needMonths(m) !== undefined,
        r.saf3bSal9eSix,
      ],
    ],
    open: [
      // Never «Passer»: § 3a b lifts utlysning only for a hire NAV has approved a subsidy for (issue 10, item 3).
      [always, c.navApprovedFirst],
      [(m) => targetGroupOf(m) === 'unknown', c.targetGroupUnknown],
      [hullICvAtApplication, c.hullICvWhenApplying],
      [needOpen, c.tryOutTemporary],
      [(m) => stateTemporary(m) && !groundKnown(m), c.needGround],
      [(m) => m.sal9 === 'e', c.saf3bSal9eCap],
      [
        (m) => m.sal9 !== 'e' && m.need === 'temporary' && needMonths(m) === undefined,
        c.needUnknown(SAF3A_B_MONTHS),
      ],
      [
        (m) => m.sal9 !== 'e' && needMonths(m) !== undefined && !needWithin(m, SAF3A_B_MONTHS),
        c.onlyFirst(SAF3A_B_MONTHS),
      ],
    ],
    know: [
      [always, k.notBackdated],
      [always, k.fortrinnsrettReserved],
    ],
  },

  // Traineeprogrammet: target group + higher education; a post that can become permanent (000 L2115–2141).
  traineeprogrammet: {
    notFit: [
      [(m) => m.need === 'temporary', r.traineeNotForTemporary],
      [(m) => m.traineeDone === 'here', r.traineeDone],
      [(m) => m.interviewOnly === true, r.group4bInterviewOnly],
      [(m) => targetGroupOf(m) === 'no', r.traineeTargetGroup],
      [(m) => m.higherEducation === false, r.traineeEducation],
    ],
    open: [
      [(m) => targetGroupOf(m) === 'unknown', c.targetGroupUnknown],
      [hullICvAtApplication, c.hullICvWhenApplying],
      [(m) => m.higherEducation === undefined, c.educationUnknown],
      [needOpen, c.traineeTryOut],
      // Never «Passer» for someone who has completed it (issue 10, item 5).
      [(m) => m.traineeDone === 'elsewhere', c.traineeAgain],
      // The trainee question is asked on every permanent state path; no answer = «Vet ikke».
      [(m) => m.need === 'permanent' && m.traineeDone === undefined, c.traineeMaybeDone],
    ],
    know: [[always, k.fortrinnsrettReserved]],
  },

  // statsansatteforskriften § 3a a: completed in the SAME virksomhet and qualified.
  'fast-etter-trainee': {
    notFit: [
      // Unknown need: another answer could open it, so «Kan passe» (issue 18, item 1).
      [(m) => m.need !== 'permanent' && m.need !== undefined, r.afterTraineeOnlyPermanent],
      [(m) => m.traineeDone === 'elsewhere', r.afterTraineeOtherPlace],
      [(m) => m.traineeDone === 'no', r.afterTraineeNotDone],
    ],
    open: [
      [(m) => m.need === undefined, c.afterTraineeNeedUnknown],
      [(m) => m.need === 'permanent' && m.traineeDone === undefined, c.traineeUnknown],
    ],
    know: [],
  },

  // NAV measures: NAV decides; a wage subsidy needs an employment contract (000 L4181–4187).
  lonnstilskudd: {
    notFit: [],
    open: [
      [(m) => m.navFollows !== true, c.navNotInvolved],
      [(m) => m.need === 'tryOut', c.employmentNeeded],
      // After a § 3a b post the subsidy already used counts: no new period promised (review N4).
      [(m) => m.subsidyUsed === true, c.subsidyUsed],
    ],
    know: [[always, k.notBackdated]],
  },
  arbeidstrening: {
    notFit: [
      [(m) => m.here === 'arbeidstrening', r.alreadyOnArbeidstrening],
      // Not for someone already employed here: it would replace paid work (review N4).
      [(m) => m.employedHere === true, r.alreadyEmployed],
    ],
    open: [
      [(m) => m.need !== 'tryOut', c.ifTryFirst],
      [(m) => m.navFollows !== true, c.navNotInvolved],
    ],
    know: [],
  },
  mentor: { notFit: [], open: [[always, c.mentor]], know: [] },
  inkluderingstilskudd: { notFit: [], open: [[always, c.inkluderingstilskudd]], know: [] },
};

export const textOf = (text: Text, m: Meaning) => (typeof text === 'function' ? text(m) : text);
