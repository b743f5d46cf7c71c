import { veiviserText } from '../../i18n/veiviser';
import type { EvaluatedRoute } from './rules';

/**
 * Who acts on each route, and where to act (issue 18, item 6). The place is a source in
 * content/kilder.yaml, by id, so no address is typed here: the page reads the URL from the source
 * list, and docs/eksterne-lenker.md lists it. No source, no link (mentor has no page of its own).
 * The texts are in src/i18n/veiviser.ts.
 */
export interface Act {
  /** What who does, in one or two short sentences that start with who. */
  readonly text: string;
  /** The source whose page is the place to act, and the link text. */
  readonly place?: { readonly kilde: string; readonly label: string };
}

const text = veiviserText.acts;
const places = {
  personalhandbok: 'regjeringen-personalhandbok',
  personalreglement: 'regjeringen-personalreglement',
  navLonnstilskudd: 'nav-midlertidig-lonnstilskudd',
  dfoTrainee: 'dfo-trainee-arbeidsgiver',
  navArbeidstrening: 'nav-arbeidstrening',
  navInkluderingstilskudd: 'nav-inkluderingstilskudd',
} as const satisfies Record<keyof typeof text.places, string>;
type Place = keyof typeof places;

const statePlace: Record<EvaluatedRoute, Place | undefined> = {
  'ordinaer-ansettelse': 'personalhandbok',
  'administrativ-ansettelse': 'personalreglement',
  'midlertidig-ansettelse': 'personalhandbok',
  'unntak-lonnstilskudd': 'navLonnstilskudd',
  traineeprogrammet: 'dfoTrainee',
  'fast-etter-trainee': 'dfoTrainee',
  lonnstilskudd: 'navLonnstilskudd',
  arbeidstrening: 'navArbeidstrening',
  mentor: undefined,
  inkluderingstilskudd: 'navInkluderingstilskudd',
};
const stateText: Record<EvaluatedRoute, string> = text.state;
const otherText: Partial<Record<EvaluatedRoute, string>> = text.other;

export function actFor(routeId: EvaluatedRoute, isState: boolean): Act {
  const other = isState ? undefined : otherText[routeId];
  // Another employer's own route has no state place; the NAV measures keep theirs.
  const place = other ? undefined : statePlace[routeId];
  return {
    text: other ?? stateText[routeId],
    ...(place && { place: { kilde: places[place], label: text.places[place] } }),
  };
}

/** Every source an act links to, for the tests. */
export const actPlaces = (): string[] => [...new Set(Object.values(places))];
