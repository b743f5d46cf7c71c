import type { Notice } from './outcome-types';
import { THREE_YEAR_RULE_YEARS } from './policy';
import type { Meaning } from './facts';
import { said } from './said';

// The transitions the rule pages recommend: the person is already with us and we want to keep them.
// Each text says the lawful next step, with its legal references. Based on lovstatus.md rows 1, 2,
// 3a, 4e, 7b (iii) and the review (gjennomgang-2026-12.md, M2, M6, m3). Shared rule wording
// (still-applies.ts) stays with the rule pages; these are the wizard's own.

/** Why a route is closed on a transition path. */
export const transitionReasons = {
  // Arbeidstrening is not an ansettelse (lovstatus row 4e).
  alreadyOnArbeidstrening: said(
    'Personen er allerede på arbeidstrening hos dere. Arbeidstrening er ikke en ansettelse og gir ingen rett til en stilling. Skal dere ansette, trenger dere en av ansettelsesveiene.',
    'Er ikke en ansettelse og gir ingen rett til stilling.'
  ),
  // § 7: up to 6 months, 12 with the personalreglement (lovstatus row 1).
  sal7NoExtension: said(
    'Personen er allerede ansatt etter § 7. En administrativ ansettelse kan ikke forlenges utover 6 måneder, eller 12 hvis personalreglementet tillater det. Skal personen fortsette, trenger dere en annen vei.',
    'Kan ikke forlenges utover grensen.'
  ),
  // § 3a b: at most 2 years, and a permanent post needs utlysning (lovstatus row 3a).
  saf3bNoExtension: said(
    'Personen har allerede en slik stilling. Den varer høyst 2 år til sammen, og den blir ikke fast uten utlysning.',
    'Høyst 2 år, og blir ikke fast uten utlysning.'
  ),
};

const THREE_YEARS = `Er personen midlertidig ansatt sammenhengende i mer enn ${THREE_YEAR_RULE_YEARS} år på grunnlag i § 9 bokstav a, b eller e, regnes hen som fast ansatt. Tid etter § 7 og i en § 3a b-stilling kan telle med når periodene følger etter hverandre. Regn sammen før dere forlenger (må sjekkes: lovteksten i § 9 er ikke sett).`;

// § 15 as changed from 1 July 2024 (lovstatus row 7b (iii), «likely»; review N5: the date, and
// the six-month exception only for a fast post after a short employment).
export const NO_NEW_PROVETID =
  'Fra 1. juli 2024 (statsansatteloven § 15): Fortsetter personen i samme eller en vesentlig lik stilling hos dere, kan dere ikke avtale ny prøvetid. Får personen da fast stilling, kan dere bare avtale prøvetid for resten av seks måneder, regnet med tiden hen alt har vært ansatt. Prøvetid gjelder ellers automatisk i staten, så skriv i arbeidsavtalen hva som gjelder (må sjekkes: den endrede lovteksten er ikke sett).';

const transitionNotices: Record<NonNullable<Meaning['here']>, Notice[]> = {
  arbeidstrening: [
    {
      text: 'Personen er på arbeidstrening hos dere. Det er ikke en ansettelse, og det gir ingen fortrinnsrett. Vil dere ansette, bruk en ansettelsesvei nedenfor. Lønnstilskudd fra NAV kan gjøre overgangen lettere, men NAV må godkjenne det før ansettelsen starter.',
      legalRefs: ['tf-kap3', 'tf-kap9', 'sal-4'],
    },
  ],
  sal7: [
    {
      text: 'Personen er ansatt etter § 7. Den ansettelsen kan ikke forlenges utover grensen. Skal personen fortsette, må stillingen lyses ut, eller dere må bruke unntaket i § 3a b hvis personen er i målgruppen og NAV godkjenner lønnstilskudd først.',
      legalRefs: ['sal-7', 'sal-4', 'saf-3a'],
    },
    { label: 'Treårsregelen', text: THREE_YEARS, legalRefs: ['sal-9'] },
    { label: 'Prøvetid', text: NO_NEW_PROVETID, legalRefs: ['sal-15'] },
  ],
  saf3ab: [
    {
      // Review N1: § 4a is judged when the person applies, and a § 3a b post usually ends it.
      text: 'Personen er i en § 3a b-stilling. Den varer høyst 2 år og blir ikke fast uten utlysning. Vil dere beholde personen fast, lys ut stillingen. Personen kan søke som alle andre. Har personen oppgitt en funksjonsnedsettelse (§ 4), gjelder intervjuplikten og positiv særbehandling når hen søker og oppgir det igjen. Bygger det på hull i CV-en (§ 4a), gjelder de ikke hvis personen, når hen søker, har en midlertidig stilling som varer mer enn ett år, og det har hen som regel i en § 3a b-stilling. Sjekk definisjonen på nytt på søknadstidspunktet.',
      legalRefs: ['saf-3a', 'sal-4', 'saf-4', 'saf-4a'],
    },
    { label: 'Treårsregelen', text: THREE_YEARS, legalRefs: ['sal-9'] },
    { label: 'Prøvetid', text: NO_NEW_PROVETID, legalRefs: ['sal-15'] },
  ],
};

/** What the wizard says at a transition, and for § 4b and trainee → fast, as notices on the result. */
export function transitionNoticesFor(m: Meaning): Notice[] {
  const notices = m.here ? [...transitionNotices[m.here]] : [];
  if (m.interviewOnly === true) {
    notices.push({
      text: 'Innvandrerbakgrunn: ved utlysning skal dere kalle inn minst én kvalifisert søker som selv har oppgitt innvandrerbakgrunn. Det gir ikke positiv særbehandling og ikke unntak fra utlysning.',
      legalRefs: ['saf-4b'],
    });
  }
  if (m.traineeDone === 'here' && m.need === 'permanent')
    notices.push({ label: 'Prøvetid', text: NO_NEW_PROVETID, legalRefs: ['sal-15'] });
  return notices;
}
