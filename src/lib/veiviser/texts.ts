import { SAF3A_B_MONTHS, SAL7, SAL9E_MONTHS } from './policy';
import { known, said } from './said';
import { transitionReasons } from './transitions';

// Why a route does not fit (reasons) and what to check before it can (conditions). Bokmål,
// «dere», short sentences. The rules in rules.ts choose among them. Each text has a short form of
// at most ten words for the one-line answer at the top of a result (issue 10, item 1).

export const reasons = {
  stateOnly: said(
    'Gjelder bare statlige virksomheter. Reglene står i statsansatteloven og statsansatteforskriften, som ikke gjelder for dere.',
    'Gjelder bare statlige virksomheter.'
  ),
  sal7Permanent: said(
    'Administrativ ansettelse er en midlertidig ansettelse og krever et midlertidig behov med grunnlag i statsansatteloven § 9. Et fast behov dekker dere med vanlig utlysning.',
    'Krever et midlertidig behov, ikke et fast.'
  ),
  sal9Permanent: said(
    'Dere har et fast behov. Hovedregelen er fast ansettelse, og midlertidig ansettelse krever et grunnlag i statsansatteloven § 9.',
    'Behovet er fast, ikke midlertidig.'
  ),
  tryingIsNoGround: said(
    'Å prøve ut en person er ikke et grunnlag for midlertidig ansettelse i statsansatteloven § 9. Arbeidstrening gjennom NAV er laget for å prøve hverandre ut.',
    'Å prøve ut er ikke et grunnlag i § 9.'
  ),
  onlyTargetGroup: said(
    'Unntaket gjelder bare personer som selv har oppgitt en funksjonsnedsettelse (§ 4) eller hull i CV-en (§ 4a). At NAV har vurdert nedsatt arbeidsevne, er ikke nok.',
    'Bare for personer i målgruppen (§ 4 eller § 4a).'
  ),
  saf3aOnlyTemporary: said(
    `Unntaket gir bare en midlertidig stilling i inntil ${SAF3A_B_MONTHS / 12} år. Vil dere ansette fast etterpå, må stillingen lyses ut.`,
    'Gir bare en midlertidig stilling, ikke fast.'
  ),
  traineeTargetGroup: said(
    'Traineeprogrammet er bare for personer med funksjonsnedsettelse eller hull i CV-en.',
    'Bare for personer i målgruppen.'
  ),
  traineeEducation: said(
    'Traineeprogrammet krever høyere utdanning fra universitet eller høyskole.',
    'Krever høyere utdanning.'
  ),
  traineeNotForTemporary: said(
    'Traineeprogrammet gir arbeidserfaring i en stilling som kan bli fast etterpå. Det er ikke laget for å dekke et midlertidig behov.',
    'Ikke laget for et midlertidig behov.'
  ),
  traineeDone: said(
    'Personen har allerede fullført traineeprogrammet hos dere. Se fast stilling etter traineeperioden.',
    'Personen har fullført programmet hos dere.'
  ),
  afterTraineeOnlyPermanent: said(
    'Gjelder fast ansettelse etter fullført traineeperiode. Dere har ikke svart at behovet er fast.',
    'Gjelder bare fast ansettelse.'
  ),
  afterTraineeOtherPlace: said(
    'Unntaket gjelder bare når traineeperioden var i deres virksomhet. Stillingen må lyses ut.',
    'Traineeperioden var i en annen virksomhet.'
  ),
  afterTraineeNotDone: said(
    'Unntaket gjelder bare personer som har fullført traineeprogrammet i staten hos dere.',
    'Personen har ikke fullført programmet hos dere.'
  ),
  group4bInterviewOnly: said(
    'Innvandrerbakgrunn (statsansatteforskriften § 4b) gir intervjuplikt, men ikke unntak fra utlysning, traineeprogrammet eller positiv særbehandling.',
    'Innvandrerbakgrunn gir bare intervjuplikt.'
  ),
  // § 9 e caps a § 3a b post too, on the site's reading that it needs a § 9 ground (review N2, M5).
  saf3bSal9eSix: said(
    `Med et uforutsett behov (§ 9 e) som grunnlag kan stillingen vare høyst ${SAL9E_MONTHS} måneder, også med lønnstilskudd. Behovet deres varer lenger. Skal stillingen vare lenger, må arbeidet være midlertidig (§ 9 a) eller et vikariat (§ 9 b).`,
    `§ 9 e gir høyst ${SAL9E_MONTHS} måneder, også her.`
  ),
  // Arbeidstrening is for people who are not employed, and never covers ordinary work (review N4).
  alreadyEmployed: said(
    'Personen er allerede ansatt hos dere. Arbeidstrening er for personer som ikke er ansatt, og den skal aldri dekke vanlig arbeid i virksomheten.',
    'Personen er allerede ansatt hos dere.'
  ),
  ...transitionReasons,
};

export const conditions = {
  needGround: said(
    'Dere må ha et grunnlag for midlertidig ansettelse i statsansatteloven § 9, for eksempel arbeid av midlertidig karakter (a), vikariat (b) eller et uforutsett behov (e).',
    'Krever et grunnlag i § 9.'
  ),
  onlyFirst: (months: number) =>
    said(
      `Behovet varer lenger enn ${months} måneder. Denne veien dekker bare de første ${months} månedene.`,
      `Dekker bare de første ${months} månedene.`
    ),
  needUnknown: (months: number) =>
    said(
      `Behovet må ikke vare lenger enn ${months} måneder. Ellers dekker denne veien bare de første ${months} månedene.`,
      `Behovet må vare høyst ${months} måneder.`
    ),
  // § 7 with the personalreglement not known: one condition naming both limits (review part 3, defect 4).
  sal7EitherUnknownNeed: said(
    `Behovet må vare høyst ${SAL7.months} måneder, eller ${SAL7.personalreglementMonths} med personalreglementet.`,
    `Høyst ${SAL7.months} eller ${SAL7.personalreglementMonths} måneder (reglementet).`
  ),
  sal7ReglementDecides: said(
    `Denne veien dekker hele behovet bare hvis personalreglementet tillater ett år. Ellers dekker den de første ${SAL7.months} månedene.`,
    `Reglementet avgjør: ${SAL7.months} eller ${SAL7.personalreglementMonths} måneder.`
  ),
  sal7OnlyFirstEither: said(
    `Behovet varer lenger enn ${SAL7.personalreglementMonths} måneder. Denne veien dekker bare de første ${SAL7.months} månedene, eller ${SAL7.personalreglementMonths} hvis personalreglementet tillater ett år.`,
    `Dekker bare ${SAL7.months} eller ${SAL7.personalreglementMonths} av månedene.`
  ),
  saf3bSal9eCap: said(
    `Med et uforutsett behov (§ 9 e) som grunnlag kan stillingen vare høyst ${SAL9E_MONTHS} måneder, også med lønnstilskudd. Skal den vare lenger, må arbeidet være midlertidig (§ 9 a) eller et vikariat (§ 9 b).`,
    `Høyst ${SAL9E_MONTHS} måneder med § 9 e som grunnlag.`
  ),
  // § 4a is judged when the person applies (review N1; lovstatus row 3d, «må sjekkes»).
  hullICvWhenApplying: said(
    'Bygger det på hull i CV-en (§ 4a), må det gjelde når personen søker. Har personen da fast stilling eller en midlertidig stilling som varer mer enn ett år, er hen ikke i den gruppen. Det har hen som regel i en § 3a b-stilling. Sjekk definisjonen på nytt.',
    'Hull i CV-en (§ 4a) må gjelde når personen søker.'
  ),
  // After a § 3a b post the subsidy already used counts (review N4).
  subsidyUsed: said(
    'Personen har hatt lønnstilskudd i § 3a b-stillingen. Spør NAV om det er tid igjen av tilskuddet. Regn ikke med en ny periode med samme sats.',
    'Spør NAV om det er tilskudd igjen.'
  ),
  sal9eOnlySix: said(
    `Et uforutsett behov (§ 9 e) gir grunnlag for høyst ${SAL9E_MONTHS} måneder. Varer behovet lenger, trenger dere et annet grunnlag eller en fast ansettelse.`,
    `§ 9 e gir høyst ${SAL9E_MONTHS} måneder.`
  ),
  targetGroupUnknown: said(
    'Personen må selv ha oppgitt en funksjonsnedsettelse (§ 4) eller hull i CV-en (§ 4a).',
    'Personen må selv ha oppgitt § 4 eller § 4a.'
  ),
  tryOutTemporary: said(
    `Krever en midlertidig stilling i inntil ${SAF3A_B_MONTHS / 12} år. Fast stilling etterpå må lyses ut.`,
    `Krever en midlertidig stilling i inntil ${SAF3A_B_MONTHS / 12} år.`
  ),
  educationUnknown: said(
    'Personen må ha høyere utdanning fra universitet eller høyskole.',
    'Krever høyere utdanning.'
  ),
  traineeTryOut: said(
    'Dere må kunne tilby en stilling for hele traineeperioden.',
    'Krever en stilling for hele traineeperioden.'
  ),
  traineeUnknown: said(
    'Personen må ha fullført traineeprogrammet i staten hos dere.',
    'Personen må ha fullført programmet her.'
  ),
  knowNeedFirst: said(
    'Passer når dere vet hvilket behov dere har.',
    'Finn først ut hvilket behov dere har.'
  ),
  navNotInvolved: said(
    'Personen må få oppfølging fra NAV, og NAV må vurdere at tiltaket passer.',
    'NAV må følge opp og godkjenne tiltaket.'
  ),
  employmentNeeded: said(
    'Lønnstilskudd krever at dere ansetter personen og betaler full lønn.',
    'Krever at dere ansetter og betaler lønn.'
  ),
  ifTryFirst: said(
    'Passer hvis dere vil prøve hverandre ut før dere ansetter.',
    'Hvis dere vil prøve hverandre ut først.'
  ),
  mentor: said(
    'Personen må være i et tiltak fra NAV, og NAV må vurdere at hen trenger mentor.',
    'NAV må vurdere at personen trenger mentor.'
  ),
  inkluderingstilskudd: said(
    'Krever et tiltak eller oppfølging fra NAV, og ekstra utgifter til tilrettelegging.',
    'Ved ekstra utgifter til tilrettelegging.'
  ),
  traineeAgain: said(
    'Personen har allerede fullført traineeprogrammet i en annen virksomhet. Spør DFØ om hen kan delta igjen. Fast stilling uten utlysning etter perioden gjelder bare der perioden var.',
    'Fullført før: spør DFØ om hen kan delta igjen.'
  ),
  traineeMaybeDone: said(
    'Finn ut om personen har fullført traineeprogrammet før. Har hen det, passer fast stilling uten utlysning bare i virksomheten der perioden var.',
    'Sjekk om personen har fullført programmet før.'
  ),
  afterTraineeNeedUnknown: said(
    'Bare ved fast behov, etter fullført traineeperiode hos dere.',
    'Bare ved fast behov etter trainee her.'
  ),
  navApprovedFirst: said(
    'NAV må ha vurdert og godkjent midlertidig lønnstilskudd før dere ansetter. Først da faller kravet om utlysning bort.',
    'NAV må godkjenne tilskuddet først.'
  ),
};

/**
 * What the employer must know to use a route lawfully, visible on every result where the route
 * fits or may fit (issue 18, item 4). rules.ts says where each applies; each has its source.
 */
export const mustKnow = {
  // 000 L1884–1918: § 7 has no target-group condition (the rule page «administrativ ansettelse»).
  sal7Anyone: known('Gjelder alle, ikke bare målgruppen.', {
    kilde: 'oe-2024',
    passage: 'kap. 3.3',
  }),
  // 000 L1906–1914: keeping the person needs an ordinary process, where hen applies like anyone else.
  sal7NoPriority: known('Gir ikke forsprang når stillingen lyses ut senere.', {
    kilde: 'oe-2024',
    passage: 'kap. 3.3',
  }),
  // NAV: the agreement must be in place before the subsidy starts (endringer.yaml, M2).
  notBackdated: known('Lønnstilskudd gjelder fra avtalen med NAV, aldri tilbake i tid.', {
    kilde: 'nav-midlertidig-lonnstilskudd',
  }),
  // No source settles it (hovedreglene, unntak-fra-utlysning, traineeprogrammet say so): «Må sjekkes».
  fortrinnsrettReserved: known(
    'Om en deltidsansatts fortrinnsrett (§ 13) gjelder i en stilling bare for målgruppen, er uavklart.',
    { kilde: 'tolkning-fortrinnsrett-malgruppe', mustCheck: true }
  ),
};

/** The first lines of a transition or trial result (first-line.ts), from the facts model. */
export const firstLineTexts = {
  months: (m: number) => (m % 12 === 0 ? `${m / 12} år` : `${m} måneder`),
  sal7Either: (months: number, withReglement: number) =>
    `${months} eller ${withReglement} måneder (personalreglementet)`,
  byGround: (months: number, onE: number) =>
    `${months % 12 === 0 ? `${months / 12} år` : `${months} måneder`} (${onE} måneder ved § 9 e)`,
  permanentWithoutNo: 'Fast uten utlysning: nei.',
  permanentWithout: (verdict: 'fits' | 'mayFit', needs: string) =>
    `Fast uten utlysning: ${verdict === 'fits' ? 'ja, etter traineeperioden hos dere.' : `ja, på vilkår: ${needs}`}`,
  temporaryWithoutNo: 'Midlertidig uten utlysning: nei.',
  /** The way, as the first line names it. */
  way: {
    'unntak-lonnstilskudd': 'lønnstilskudd (§ 3a b)',
    'administrativ-ansettelse': 'administrativ ansettelse (§ 7)',
  },
  temporaryWithout: (allFit: boolean, ways: readonly string[]) =>
    `Midlertidig uten utlysning: ja${allFit ? '' : ', på vilkår'}. ${ways.join(' ')}`,
  /** One way in the temporary line: how long, and what it needs first. */
  temporaryWay: (
    verdict: 'fits' | 'mayFit',
    way: string,
    period: string | undefined,
    needs: string
  ) => `Med ${way}${period ? ` i inntil ${period}` : ''}${verdict === 'fits' ? '.' : `: ${needs}`}`,
  withUtlysning: 'Med utlysning: ja, og personen søker som andre.',
  afterTrialLead: 'Etter at dere har prøvd hverandre ut, kan dere ansette slik:',
  // § 7 with «6 eller 12 måneder» already in the line: what to check, not the limit again.
  sal7WithinNeed: 'Bare hvis behovet ikke varer lenger.',
  sal7CheckReglement: 'Sjekk personalreglementet.',
  sal7NotWholeNeed: 'Dekker ikke hele behovet.',
  afterTrialRoute: (label: string, needs: string) => `${label}: ${needs}`,
};

/** How the facts model's periods and subsidies are said (answer.ts table, advice, print). */
export const factTexts = {
  months: (m: number) => `${m} mnd.`,
  longest: {
    sal7Either: (months: number, withReglement: number) =>
      `${months} mnd., eller ${withReglement} mnd. etter personalreglementet`,
    saf3abByGround: (months: number, onE: number) => `${months} mnd. (${onE} mnd. ved § 9 e)`,
    sal9ByGround: 'Etter grunnlaget i § 9',
    noFixedLimit: 'Ingen fast grense, men treårsregelen',
    trainee: (months: number, extension: number) => `${months} mnd. + inntil ${extension} mnd.`,
    permanent: 'Fast',
    permanentOrTemporary: 'Fast, eller midlertidig etter § 9',
    none: '–',
  },
  rate: (
    r: { firstRate: number; laterRate: number; reducedAfterMonths: number; maxMonths: number },
    date: string
  ) =>
    `${r.firstRate} % av refusjonsgrunnlaget de første ${r.reducedAfterMonths} månedene, deretter ${r.laterRate} %, i høyst ${r.maxMonths} måneder (satser ${date})`,
  rateCell: (r: { firstRate: number; laterRate: number }, date: string) =>
    `${r.firstRate} %, så ${r.laterRate} % (${date})`,
  rateOpenCell: (low: number, high: number, date: string) =>
    `${low}–${high} %, etter NAVs vurdering (${date})`,
  ifNedsatt: (r: { firstRate: number; laterRate: number; maxMonths: number }) =>
    `Vurderer NAV at personen har nedsatt arbeidsevne, kan satsen bli ${r.firstRate} %, deretter ${r.laterRate} %, i inntil ${r.maxMonths} måneder. Det avgjør NAV.`,
  used: 'Personen har hatt lønnstilskudd i § 3a b-stillingen. Spør NAV om det er tid igjen av tilskuddet. Regn ikke med en ny periode med samme sats',
  usedCell: 'Spør NAV hva som er igjen',
  possibleCell: 'Mulig, NAV avgjør',
};

/** «Hva svaret endrer»: said from the facts model of the other answer (outcome.ts effectOf). */
export const effectTexts = {
  verdict: (verdict: 'fits' | 'mayFit' | 'notFit', why: string | undefined) =>
    `${{ fits: 'passer', mayFit: 'kan passe', notFit: 'passer ikke' }[verdict]}${why ? ` (${why.replace(/\.$/, '')})` : ''}`,
  longest: (longest: string) => `lengst ${longest}`,
  subsidy: (subsidy: string) => `tilskudd ${subsidy}`,
  /** One sentence per route that changes. */
  route: (label: string, parts: readonly string[]) => {
    const text = `${label}: ${parts.join(', ')}`;
    return text.endsWith('.') ? text : `${text}.`;
  },
  noChange: 'Det endrer ikke hvilke veier som passer, eller grensene.',
};

/** Others than the state hire under arbeidsmiljøloven (review of 6 Dec 2026: the non-state text). */
export const nonStateNotice = {
  text: 'Statsansatteloven og statsansatteforskriften gjelder bare for statlige virksomheter. Dere ansetter etter arbeidsmiljøloven og likestillings- og diskrimineringsloven. Tiltakene fra NAV kan alle arbeidsgivere bruke.',
  legalRefs: ['aml-14-1', 'ldl-22'],
};
