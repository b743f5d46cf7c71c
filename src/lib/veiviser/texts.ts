import { SAF3A_B_MONTHS, SAL7, SAL9E_MONTHS } from './policy';
import { transitionReasons } from './transitions';

// Why a route does not fit (reasons) and what to check before it can (conditions). Bokmål,
// «dere», short sentences. The rules in rules.ts choose among them.

export const reasons = {
  stateOnly:
    'Gjelder bare statlige virksomheter. Reglene står i statsansatteloven og statsansatteforskriften, som ikke gjelder for dere.',
  sal7Permanent:
    'Administrativ ansettelse er en midlertidig ansettelse og krever et midlertidig behov med grunnlag i statsansatteloven § 9. Et fast behov dekker dere med vanlig utlysning.',
  sal9Permanent:
    'Dere har et fast behov. Hovedregelen er fast ansettelse, og midlertidig ansettelse krever et grunnlag i statsansatteloven § 9.',
  tryingIsNoGround:
    'Å prøve ut en person er ikke et grunnlag for midlertidig ansettelse i statsansatteloven § 9. Arbeidstrening gjennom NAV er laget for å prøve hverandre ut.',
  onlyTargetGroup:
    'Unntaket gjelder bare personer som selv har oppgitt en funksjonsnedsettelse (§ 4) eller hull i CV-en (§ 4a). At NAV har vurdert nedsatt arbeidsevne, er ikke nok.',
  saf3aOnlyTemporary: `Unntaket gir bare en midlertidig stilling i inntil ${SAF3A_B_MONTHS / 12} år. Vil dere ansette fast etterpå, må stillingen lyses ut.`,
  traineeTargetGroup:
    'Traineeprogrammet er bare for personer med funksjonsnedsettelse eller hull i CV-en.',
  traineeEducation: 'Traineeprogrammet krever høyere utdanning fra universitet eller høyskole.',
  traineeNotForTemporary:
    'Traineeprogrammet gir arbeidserfaring i en stilling som kan bli fast etterpå. Det er ikke laget for å dekke et midlertidig behov.',
  traineeDone:
    'Personen har allerede fullført traineeprogrammet hos dere. Se fast stilling etter traineeperioden.',
  afterTraineeOnlyPermanent:
    'Gjelder fast ansettelse etter fullført traineeperiode. Dere har ikke svart at behovet er fast.',
  afterTraineeOtherPlace:
    'Unntaket gjelder bare når traineeperioden var i deres virksomhet. Stillingen må lyses ut.',
  afterTraineeNotDone:
    'Unntaket gjelder bare personer som har fullført traineeprogrammet i staten hos dere.',
  group4bInterviewOnly:
    'Innvandrerbakgrunn (statsansatteforskriften § 4b) gir intervjuplikt, men ikke unntak fra utlysning, traineeprogrammet eller positiv særbehandling.',
  ...transitionReasons,
};

export const conditions = {
  needGround:
    'Dere må ha et grunnlag for midlertidig ansettelse i statsansatteloven § 9, for eksempel arbeid av midlertidig karakter (a), vikariat (b) eller et uforutsett behov (e).',
  onlyFirst: (months: number) =>
    `Behovet varer lenger enn ${months} måneder. Denne veien dekker bare de første ${months} månedene.`,
  needUnknown: (months: number) =>
    `Behovet må ikke vare lenger enn ${months} måneder. Ellers dekker denne veien bare de første ${months} månedene.`,
  reglementUnknown: `Finn ut om personalreglementet tillater ett år. Uten det er grensen ${SAL7.months} måneder.`,
  sal9eOnlySix: `Et uforutsett behov (§ 9 e) gir grunnlag for høyst ${SAL9E_MONTHS} måneder. Varer behovet lenger, trenger dere et annet grunnlag eller en fast ansettelse.`,
  targetGroupUnknown:
    'Personen må selv ha oppgitt en funksjonsnedsettelse (§ 4) eller hull i CV-en (§ 4a).',
  tryOutTemporary: `Dere må ha arbeid for en midlertidig stilling i inntil ${SAF3A_B_MONTHS / 12} år. Vil dere ansette fast etterpå, må stillingen lyses ut.`,
  educationUnknown: 'Personen må ha høyere utdanning fra universitet eller høyskole.',
  traineeTryOut:
    'Dere må kunne tilby en stilling for hele traineeperioden, og helst vurdere å gjøre den fast etterpå.',
  traineeUnknown: 'Personen må ha fullført traineeprogrammet i staten hos dere.',
  knowNeedFirst: 'Passer når dere vet hvilket behov dere har.',
  navNotInvolved: 'Personen må få oppfølging fra NAV, og NAV må vurdere at tiltaket passer.',
  employmentNeeded: 'Lønnstilskudd krever at dere ansetter personen og betaler full lønn.',
  ifTryFirst: 'Passer hvis dere vil prøve hverandre ut før dere ansetter.',
  mentor:
    'Personen må delta i et tiltak fra NAV, for eksempel arbeidstrening eller lønnstilskudd, og NAV må vurdere at hen trenger mentor.',
  inkluderingstilskudd:
    'Personen må delta i et tiltak fra NAV eller få oppfølging fra NAV, og dere må ha ekstra utgifter til tilrettelegging.',
  traineeAgain:
    'Personen har allerede fullført traineeprogrammet i en annen virksomhet. Spør DFØ om hen kan delta igjen. Fast stilling uten utlysning etter perioden gjelder bare der perioden var.',
  navApprovedFirst:
    'NAV må ha vurdert og godkjent midlertidig lønnstilskudd før dere ansetter. Først da faller kravet om utlysning bort.',
};
