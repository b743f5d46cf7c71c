import type { RouteId } from './vocabulary';

/**
 * Rules that keep binding when a route lifts others (e.g. no utlysning). Used by the
 * regelverk pages' «Dette gjelder fortsatt» box and by the wizard's results, so each rule's
 * wording lives here once. Sources: Prop. 76 L (2024–2025) ch. 3.1 (fortrinnsrett),
 * statsansatteloven § 24, ldl § 22 («egnet»), aml § 14-1; see content/kilder.yaml.
 */
export const stillApplies = {
  kvalifikasjonsprinsippet: {
    label: 'Kvalifikasjonsprinsippet',
    text: 'Dere skal fortsatt ansette den som er best kvalifisert blant kandidatene dere har fått inn.',
    term: 'kvalifikasjonsprinsippet',
    legalRef: 'sal-3',
  },
  innstilling: {
    label: 'Innstilling',
    text: 'Reglene om innstilling og ansettelse gjelder som ellers.',
    term: 'innstilling',
    legalRef: 'sal-5',
  },
  informasjonsplikt: {
    label: 'Intern informasjonsplikt',
    text: 'Dere må fortelle de ansatte i virksomheten om den ledige stillingen, også når dere ikke lyser den ut.',
    term: 'intern-informasjonsplikt',
    legalRef: 'aml-14-1',
  },
  fortrinnsrett: {
    label: 'Fortrinnsrett for deltidsansatte',
    text: 'En fast ansatt som jobber deltid, kan ha rett til å få stillingen sin utvidet før dere ansetter en ny. Det kan gjelde en del av en stilling. Retten har gjeldt siden 2017. Fra 1. januar 2026 gjelder den også før dere leier inn, og for ekstravakter. Den gjelder bare hvis den deltidsansatte er kvalifisert og det ikke gir virksomheten vesentlige ulemper. Midlertidig ansatte har ikke denne retten.',
    term: 'fortrinnsrett',
    legalRef: 'sal-13',
  },
  fortrinnsrettOppsagte: {
    label: 'Fortrinnsrett for statsansatte som er sagt opp',
    // § 24 (1)–(3) as Jobbnorge reproduces it (review 2026-12-06, N16).
    text: 'En statsansatt som er sagt opp på grunn av forhold hos virksomheten, for eksempel fordi arbeidet falt bort, kan ha fortrinnsrett til en annen passende stilling i staten. Det gjelder den som har vært ansatt i virksomheten i minst tolv måneder til sammen de siste to årene, og som er kvalifisert for stillingen. Retten varer fra oppsigelsen til to år etter at oppsigelsesfristen gikk ut. Sjekk om noen har slik rett før dere ansetter.',
    term: 'fortrinnsrett',
    legalRef: 'sal-24',
  },
  tilrettelegging: {
    label: 'Tilrettelegging',
    text: 'Søkere og ansatte med funksjonsnedsettelse har rett til egnet individuell tilrettelegging, også i ansettelsesprosessen. Grensen går ved en uforholdsmessig stor byrde for virksomheten.',
    term: 'tilrettelegging',
    legalRef: 'ldl-22',
  },
} as const;

// `term`: the ordliste entry that explains the rule; a wizard result links there instead of
// repeating the text on ~4,300 pages (issue 20: dist/ ≤ 200 MB).
export type StillAppliesId = keyof typeof stillApplies;
export const stillAppliesIds = Object.keys(stillApplies) as StillAppliesId[];

/** What still binds on each route (statsansatteforskriften § 3a; 000 L2085–2113). */
export const stillAppliesByRoute: Partial<Record<RouteId, StillAppliesId[]>> = {
  'unntak-lonnstilskudd': [
    'kvalifikasjonsprinsippet',
    'innstilling',
    'informasjonsplikt',
    'fortrinnsrett',
    'fortrinnsrettOppsagte',
    'tilrettelegging',
  ],
  // § 7 lifts §§ 3–6 only; aml § 14-1 and the fortrinnsretter still bind (review M4).
  'administrativ-ansettelse': [
    'informasjonsplikt',
    'fortrinnsrett',
    'fortrinnsrettOppsagte',
    'tilrettelegging',
  ],
  'ordinaer-ansettelse': [
    'kvalifikasjonsprinsippet',
    'innstilling',
    'fortrinnsrett',
    'fortrinnsrettOppsagte',
    'tilrettelegging',
  ],
  // A § 9 temporary post is advertised and filled like any other post (000 L1604–1736).
  'midlertidig-ansettelse': [
    'kvalifikasjonsprinsippet',
    'innstilling',
    'fortrinnsrett',
    'fortrinnsrettOppsagte',
    'tilrettelegging',
  ],
  traineeprogrammet: ['tilrettelegging'],
  // As on the regelverk page unntak-fra-utlysning (§ 3a a lifts only the utlysning).
  'fast-etter-trainee': ['informasjonsplikt', 'fortrinnsrett', 'fortrinnsrettOppsagte'],
};
