import type { RouteId } from './vocabulary';

/**
 * Rules that keep binding when a route lifts others (e.g. no utlysning). Used by the
 * regelverk pages' «Dette gjelder fortsatt» box and by the wizard's results.
 */
export const stillApplies = {
  kvalifikasjonsprinsippet: {
    label: 'Kvalifikasjonsprinsippet',
    text: 'Dere skal fortsatt ansette den som er best kvalifisert blant dem dere vurderer.',
    legalRef: 'sal-3',
  },
  innstilling: {
    label: 'Innstilling',
    text: 'Reglene om innstilling og ansettelse gjelder som ellers.',
    legalRef: 'sal-5',
  },
  informasjonsplikt: {
    label: 'Intern informasjonsplikt',
    text: 'Dere må informere de ansatte i virksomheten om den ledige stillingen.',
    legalRef: 'aml-14-1',
  },
  fortrinnsrett: {
    label: 'Fortrinnsrett for deltidsansatte',
    text: 'Fra 1. januar 2026 har deltidsansatte fortrinnsrett til en utvidet stilling før dere ansetter nye eller leier inn. Sjekk dette før dere oppretter eller utvider en stilling.',
    legalRef: 'sal-13',
  },
  tilrettelegging: {
    label: 'Tilrettelegging',
    text: 'Søkere og ansatte med nedsatt funksjonsevne har rett til rimelig individuell tilrettelegging.',
    legalRef: 'ldl-22',
  },
} as const;

export type StillAppliesId = keyof typeof stillApplies;
export const stillAppliesIds = Object.keys(stillApplies) as StillAppliesId[];

/** What still binds on each route (statsansatteforskriften § 3a; 000 L2085–2113). */
export const stillAppliesByRoute: Partial<Record<RouteId, StillAppliesId[]>> = {
  'unntak-lonnstilskudd': ['kvalifikasjonsprinsippet', 'innstilling', 'informasjonsplikt', 'fortrinnsrett'],
  'administrativ-ansettelse': ['tilrettelegging'],
  'ordinaer-ansettelse': ['kvalifikasjonsprinsippet', 'innstilling', 'fortrinnsrett', 'tilrettelegging'],
  // A § 9 temporary post is advertised and filled like any other post (000 L1604–1736).
  'midlertidig-ansettelse': ['kvalifikasjonsprinsippet', 'innstilling', 'fortrinnsrett', 'tilrettelegging'],
  'traineeprogrammet': ['tilrettelegging'],
  // As on the regelverk page unntak-fra-utlysning (§ 3a a lifts only the utlysning).
  'fast-etter-trainee': ['fortrinnsrett'],
};
