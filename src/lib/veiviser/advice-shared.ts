import { stillApplies, stillAppliesByRoute, type StillAppliesId } from '../still-applies';
import type { RouteId } from '../vocabulary';
import type { MustCheck, RouteAdvice } from './outcome-types';
import { FIREAARIG } from './policy';
import type { Meaning } from './facts';
import type { ResultFacts } from './model';

/** A route's content on one path; routeId, kind and page come from the vocabulary. */
export type Advice = Omit<
  RouteAdvice,
  'routeId' | 'kind' | 'page' | 'stillApplies' | 'mustKnow'
> & {
  readonly stillApplies: readonly StillAppliesId[];
};

/** A route's advice on a path, from the facts model (never from the answer slugs). */
export type AdviceFn = (f: ResultFacts) => Advice;

/** What still binds; items resting on statsansatteloven do not bind other employers. */
export function stillAppliesFor(id: RouteId, m: Meaning): StillAppliesId[] {
  const items = stillAppliesByRoute[id] ?? [];
  return m.state
    ? [...items]
    : items.filter((item) => !stillApplies[item].legalRef.startsWith('sal-'));
}

/** Whom to contact at NAV depends on whether NAV already follows the person up. */
export function navStep(m: Meaning, topic: string): string {
  if (m.navFollows === true) return `Snakk med NAV-veilederen til personen om ${topic}.`;
  const ask = `Kontakt NAV-kontoret der dere holder til, og spør om ${topic}.`;
  // Asked on every path that does not already say it: unset means «Vet ikke».
  return m.navFollows === undefined ? `Spør personen om hen får oppfølging fra NAV. ${ask}` : ask;
}

/** The fixed duty to interview, shared by every advertised state post (statsansatteforskriften §§ 4, 4a, 4b). */
export const intervjuplikt =
  'Intervjuplikt: dere skal kalle inn minst én kvalifisert søker i hver av gruppene funksjonsnedsettelse, hull i CV-en og innvandrerbakgrunn. Det gjelder søkere som selv har oppgitt det.';

/** §§ 4 and 4a only, and a «kan» (lovstatus row 3c). */
export const saerbehandling =
  'Positiv særbehandling: dere kan ansette en søker med funksjonsnedsettelse eller hull i CV-en som er tilnærmet like godt kvalifisert som den best kvalifiserte. Det er en mulighet, ikke en plikt, og den gjelder ikke innvandrerbakgrunn.';

export const interviewStep =
  'Kall inn minst én kvalifisert søker fra hver av de tre gruppene til intervju før dere lager innstillingen.';
export const requirementsStep =
  'Skriv kvalifikasjonskravene slik at de bare krever det stillingen faktisk trenger.';

/** The >1-year-job clause of the hull-i-CV definition rests on DFØ only (lovstatus row 3d). */
export const hullICvCheck = (m: Meaning): MustCheck[] =>
  m.hullICv === true
    ? [
        {
          kilde: 'dfo-rapportering-2021',
          what: 'Vilkåret i definisjonen av hull i CV-en om at personen ikke har fast stilling eller midlertidig stilling på mer enn ett år. Teksten i § 4a er ikke sett.',
        },
      ]
    : [];

/** The trial subsidy for young people: mention it, never promise it or its fit with § 3a b (lovstatus row 4b). */
export const fireaarig = (m: Meaning, on?: 'saf3a') =>
  m.nedsattArbeidsevne === true
    ? {
        warning: `NAV prøver ut et fireårig lønnstilskudd for unge under ${FIREAARIG.underAge} år, fra ${FIREAARIG.start}. I en midlertidig stilling varer det høyst ${FIREAARIG.maxMonthsInTemporaryPost / 12} år. ${
          on === 'saf3a'
            ? 'Det er ikke avklart om unntaket i § 3a b også gjelder dette tilskuddet.'
            : 'Spør NAV om det passer.'
        }`,
        check: [
          {
            kilde: 'nav-fireaarig-lonnstilskudd',
            what: 'Forsøket med fireårig lønnstilskudd for unge, og om unntaket i § 3a b også gjelder det. Forsøksforskriften er ikke funnet.',
          },
        ],
      }
    : { warning: undefined, check: [] };
