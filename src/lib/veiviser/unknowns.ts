import { FIGURE_DATES, LONNSTILSKUDD, SAF3A_B_MONTHS, SAL7, SAL9E_MONTHS } from './policy';
import type { UnknownInfo } from '../wizard';

// For each «Vet ikke»: what to find out, and what each real answer would change. Each effect must
// hold on every path where the question is asked (the rules in rules.ts decide the details).

const std = LONNSTILSKUDD.standard;
const nedsatt = LONNSTILSKUDD.nedsattArbeidsevne;

export const unknownInfo = {
  behov: {
    findOut: 'Finn ut om arbeidet er fast eller midlertidig, og hvor lenge det varer.',
    effects: {
      fast: 'Hovedregelen er fast ansettelse med utlysning. Unntaket for tidligere traineer kan passe.',
      midlertidig:
        'Administrativ ansettelse (§ 7) eller midlertidig stilling med lønnstilskudd (§ 3a b) kan passe. Begge krever et midlertidig behov.',
      'prove-forst':
        'Arbeidstrening gjennom NAV er laget for å prøve hverandre ut. Det er ikke en ansettelse.',
    },
  },
  varighet: {
    findOut:
      'Finn ut hvor lenge dere trenger personen. Tenk på hele behovet, ikke bare den første kontrakten.',
    effects: {
      'inntil-6-mnd': `Administrativ ansettelse (§ 7) kan dekke hele behovet.`,
      '6-12-mnd': `Administrativ ansettelse dekker hele behovet bare hvis personalreglementet tillater ett år og behovet ikke er uforutsett (§ 9 e).`,
      '12-24-mnd': `Administrativ ansettelse dekker bare de første ${SAL7.months} eller ${SAL7.personalreglementMonths} månedene. Midlertidig stilling med lønnstilskudd (§ 3a b) kan dekke hele behovet for en person i målgruppen.`,
      'over-24-mnd': `Unntakene fra utlysning dekker bare starten, høyst ${SAF3A_B_MONTHS} måneder. Skal personen fortsette, må stillingen lyses ut.`,
    },
  },
  grunnlag: {
    findOut:
      'Finn ut hvilket grunnlag i statsansatteloven § 9 behovet har. Spør HR eller juristene i virksomheten.',
    effects: {
      'midlertidig-karakter': `Arbeid av midlertidig karakter (§ 9 a) gir ingen fast tidsgrense. Administrativ ansettelse kan da vare i ${SAL7.personalreglementMonths} måneder hvis personalreglementet tillater det.`,
      vikariat: `Vikariat (§ 9 b) gir ingen fast tidsgrense. Administrativ ansettelse kan da vare i ${SAL7.personalreglementMonths} måneder hvis personalreglementet tillater det.`,
      uforutsett: `Et uforutsett behov (§ 9 e) gir høyst ${SAL9E_MONTHS} måneder, uansett hva personalreglementet sier.`,
    },
  },
  personalreglement: {
    findOut: 'Les personalreglementet, eller spør HR eller de tillitsvalgte.',
    effects: {
      'personalreglement-ja': `Administrativ ansettelse kan vare i inntil ${SAL7.personalreglementMonths} måneder.`,
      'personalreglement-nei': `Administrativ ansettelse kan vare i høyst ${SAL7.months} måneder.`,
    },
  },
  kandidat: {
    findOut:
      'Sjekk om personen selv har oppgitt det, i søknaden eller gjennom NAV. Ikke spør om helse. Har dere ingen bestemt person ennå, kan NAV foreslå kandidater.',
    effects: {
      'malgruppe-1':
        'Personen er i målgruppen. Unntaket i § 3a b og traineeprogrammet kan da passe, og ved utlysning kan dere bruke positiv særbehandling.',
      'malgruppe-2':
        'Personen er i målgruppen. Unntaket i § 3a b og traineeprogrammet kan da passe, og ved utlysning kan dere bruke positiv særbehandling.',
      'gruppe-4b':
        'Intervjuplikten gjelder, men ikke særbehandling, unntaket i § 3a b eller traineeprogrammet.',
      'ingen-malgruppe':
        'Unntaket i § 3a b og traineeprogrammet passer ikke. Lønnstilskudd kan likevel være mulig hvis NAV vurderer at personen trenger det.',
    },
  },
  trainee: {
    findOut:
      'Spør personen eller HR om hen har fullført traineeprogrammet i staten, og i hvilken virksomhet.',
    effects: {
      'trainee-her':
        'Dere kan ansette personen fast uten utlysning hvis hen er kvalifisert (statsansatteforskriften § 3a a).',
      'trainee-annen':
        'Unntaket fra utlysning gjelder ikke. Det krever at traineeperioden var hos dere.',
      'trainee-nei': 'Unntaket fra utlysning for tidligere traineer gjelder ikke.',
    },
  },
  utdanning: {
    findOut: 'Spør personen om hen har fullført utdanningen.',
    effects: {
      'utdanning-ja': 'Traineeprogrammet i staten kan passe.',
      'utdanning-nei': 'Traineeprogrammet i staten passer ikke. Det krever høyere utdanning.',
    },
  },
  nav: {
    findOut: 'Spør personen, eller kontakt NAV-kontoret der dere holder til.',
    effects: {
      'nav-ja':
        'NAV-veilederen kan si om personen kan få lønnstilskudd, arbeidstrening eller mentor, og med hvilken sats.',
      'nav-nei':
        'Tiltak fra NAV krever at NAV følger opp personen. Kontakt NAV hvis dere vil bruke dem.',
    },
  },
  arbeidsevne: {
    findOut:
      'Spør NAV-veilederen om NAV har vurdert at personen har nedsatt arbeidsevne. Dere trenger ikke vite hvorfor.',
    effects: {
      'nav-vurdering-ja': `Lønnstilskuddet kan være ${nedsatt.firstRate} % de første ${nedsatt.reducedAfterMonths} månedene og deretter ${nedsatt.laterRate} %, i inntil ${nedsatt.maxMonths} måneder (satser ${FIGURE_DATES.lonnstilskudd}).`,
      'nav-vurdering-nei': `Lønnstilskuddet kan være ${std.firstRate} % de første ${std.reducedAfterMonths} månedene og deretter ${std.laterRate} %, i høyst ${std.maxMonths} måneder (satser ${FIGURE_DATES.lonnstilskudd}).`,
    },
  },
} as const satisfies Record<string, UnknownInfo>;
