// Text of the site search: the form in the header and the results page /sok/ (bokmål).
import type { ResultType } from '../lib/search-hit';

/** What the /sok/ island shows. Its own export, so the island's JavaScript carries only this. */
export const sokIslandText = {
  submit: 'Søk',
  label: 'Søk i hele Inkluderingsguiden',
  hint: 'Skriv et ord eller et spørsmål, for eksempel «lønnstilskudd», «hvor lenge» eller «hull i CV».',
  typeLegend: 'Vis treff fra',
  allTypes: 'Alt',
  /** Tag on each hit, and the type filter. */
  type: {
    regelverk: 'Regelverk',
    historie: 'Historie',
    ordliste: 'Ordliste',
    sporsmal: 'Spørsmål og svar',
    side: 'Side',
  } satisfies Record<ResultType, string>,
  typeFilter: {
    regelverk: 'Regelverk',
    historie: 'Suksesshistorier',
    ordliste: 'Ordlisten',
    sporsmal: 'Spørsmål og svar',
    side: 'Andre sider',
  } satisfies Record<ResultType, string>,
  none: (q: string) => `Ingen treff på «${q}».`,
  noneHelp: 'Dette kan hjelpe:',
  noneSpelling: 'Sjekk stavingen, eller prøv et kortere eller annet ord.',
  noneType: 'Søk i alt, ikke bare én type treff.',
  failed: 'Søket virker ikke akkurat nå. Prøv igjen, eller finn fram i listene under.',
} as const;

/** All of it, for the pages rendered on the server (the header form, /sok/ without JavaScript). */
export const sokText = {
  ...sokIslandText,
  title: 'Søk',
  description:
    'Søk i regelverk, suksesshistorier, ordlisten, ofte stilte spørsmål og de andre sidene.',
  /** The header form: a visible label, short enough for one line beside the field. */
  headerLabel: 'Søk på nettstedet',
  navLink: 'Søk',
  noJs: 'Søket trenger JavaScript, som er slått av eller ikke virker i nettleseren deres. Dere kan finne fram i listene:',
  browse: 'Finn fram uten søk',
  links: {
    ordliste: 'Ordlisten forklarer ordene i regelverket',
    regelverk: 'Alle regelverksidene',
    veiviser: 'Veiviseren finner ansettelsesveiene som passer',
    historier: 'Alle suksesshistoriene, med filtre',
    faq: 'Ofte stilte spørsmål',
  },
} as const;
