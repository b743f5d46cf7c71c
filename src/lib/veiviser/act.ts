import type { EvaluatedRoute } from './rules';

/**
 * Who acts on each route, and where to act (issue 18, item 6). The place is a source in
 * content/kilder.yaml, by id, so no address is typed here: the page reads the URL from the source
 * list, and docs/eksterne-lenker.md lists it. No source, no link (mentor has no page of its own).
 */
export interface Act {
  /** Who acts, first: «NAV», «Dere», «DFØ». */
  readonly who: string;
  /** What they do, in one or two short sentences that start with who. */
  readonly text: string;
  /** The source whose page is the place to act, and the link text. */
  readonly place?: { readonly kilde: string; readonly label: string };
}

const personalhandbok = {
  kilde: 'regjeringen-personalhandbok',
  label: 'Statens personalhåndbok om ansettelse',
} as const;
const navLonnstilskudd = {
  kilde: 'nav-midlertidig-lonnstilskudd',
  label: 'NAVs side om midlertidig lønnstilskudd',
} as const;
const dfoTrainee = {
  kilde: 'dfo-trainee-arbeidsgiver',
  label: 'DFØ: dette må dere gjøre som arbeidsgiver',
} as const;

const stateActs: Record<EvaluatedRoute, Act> = {
  'ordinaer-ansettelse': {
    who: 'Dere',
    text: 'Dere lyser ut stillingen, intervjuer og ansetter etter statsansatteloven og personalreglementet deres.',
    place: personalhandbok,
  },
  'administrativ-ansettelse': {
    who: 'Den som har ansettelsesmyndighet',
    text: 'Den som har ansettelsesmyndighet etter personalreglementet deres, ansetter.',
    place: {
      kilde: 'regjeringen-personalreglement',
      label: 'Veiledning til personalreglement for departementene',
    },
  },
  'midlertidig-ansettelse': {
    who: 'Dere',
    text: 'Dere lyser ut stillingen og ansetter etter statsansatteloven, med grunnlaget i § 9.',
    place: personalhandbok,
  },
  'unntak-lonnstilskudd': {
    who: 'NAV',
    text: 'NAV må godkjenne lønnstilskuddet før dere ansetter. Så ansetter dere uten utlysning.',
    place: navLonnstilskudd,
  },
  traineeprogrammet: {
    who: 'DFØ',
    text: 'DFØ driver programmet og sier hva dere må gjøre som arbeidsgiver.',
    place: dfoTrainee,
  },
  'fast-etter-trainee': {
    who: 'Dere',
    text: 'Dere kan gjøre stillingen fast etter traineeperioden. DFØ beskriver hvordan.',
    place: dfoTrainee,
  },
  lonnstilskudd: {
    who: 'NAV',
    text: 'NAV avgjør om dere får lønnstilskudd. Avtalen lager dere sammen med NAV.',
    place: navLonnstilskudd,
  },
  arbeidstrening: {
    who: 'NAV',
    text: 'NAV avgjør om personen kan få arbeidstrening. Avtalen lager dere sammen med NAV.',
    place: { kilde: 'nav-arbeidstrening', label: 'NAVs side om arbeidstrening' },
  },
  mentor: {
    who: 'NAV',
    text: 'NAV avgjør om dere får tilskudd til mentor. Spør NAV.',
  },
  inkluderingstilskudd: {
    who: 'NAV',
    text: 'NAV avgjør. Søk før dere kjøper noe.',
    place: { kilde: 'nav-inkluderingstilskudd', label: 'NAVs side om inkluderingstilskudd' },
  },
};

/** Other employers hire by their own rules: no state handbook, no personalreglement. */
const otherActs: Partial<Record<EvaluatedRoute, Act>> = {
  'ordinaer-ansettelse': {
    who: 'Dere',
    text: 'Dere ansetter etter arbeidsmiljøloven og egne reglementer og tariffavtaler.',
  },
};

export function actFor(routeId: EvaluatedRoute, isState: boolean): Act {
  return (!isState && otherActs[routeId]) || stateActs[routeId];
}

/** Every source an act links to, for the tests. */
export const actPlaces = (): string[] => [
  ...new Set(
    [...Object.values(stateActs), ...Object.values(otherActs)].flatMap((a) =>
      a.place ? [a.place.kilde] : []
    )
  ),
];
