import type { UnknownInfo } from '../wizard';

// For each «Vet ikke»: what to find out. What each real answer would change is computed from the
// facts model of that answer (outcome.ts effectOf; issue 18, item 1): hand-written effects said
// «§ 3a b kan passe» on pages where it could not (review of 6 December 2026).

export const unknownInfo = {
  behov: {
    findOut: 'Finn ut om arbeidet er fast eller midlertidig, og hvor lenge det varer.',
  },
  varighet: {
    findOut:
      'Finn ut hvor lenge dere trenger personen. Tenk på hele behovet, ikke bare den første kontrakten.',
  },
  // On the arbeidstrening path the question's help already says to count the whole need.
  varighetHer: {
    findOut: 'Finn ut hvor lenge dere trenger personen.',
  },
  grunnlag: {
    findOut:
      'Finn ut hvilket grunnlag i statsansatteloven § 9 behovet har. Spør HR eller juristene i virksomheten.',
  },
  personalreglement: {
    findOut: 'Les personalreglementet, eller spør HR eller de tillitsvalgte.',
  },
  kandidat: {
    findOut:
      'Sjekk om personen selv har oppgitt det, i søknaden eller gjennom NAV. Ikke spør om helse. Har dere ingen bestemt person ennå, kan NAV foreslå kandidater.',
  },
  trainee: {
    findOut:
      'Spør personen eller HR om hen har fullført traineeprogrammet i staten, og i hvilken virksomhet.',
  },
  utdanning: {
    findOut: 'Spør personen om hen har fullført utdanningen.',
  },
  nav: {
    findOut: 'Spør personen, eller kontakt NAV-kontoret der dere holder til.',
  },
  arbeidsevne: {
    findOut:
      'Spør NAV-veilederen om NAV har vurdert at personen har nedsatt arbeidsevne. Dere trenger ikke vite hvorfor.',
  },
} as const satisfies Record<string, UnknownInfo>;
