// Text of the story pages, the filter pages and the search (bokmål). The stories themselves are in content/historier/.
// The search's own text is in story-search.ts, so the search islands' JavaScript carries only that.
import { scopeLabels, storySearchText } from './story-search';

export const historierText = {
  title: 'Suksesshistorier',
  description:
    'Historier fra arbeidsgivere som har ansatt personer med nedsatt funksjonsevne eller hull i CV-en, hentet fra rapportene nettstedet bygger på.',
  // «Suksesshistorier» keeps its name and address (docs/historier-vurdering.md); the lead says at
  // once that the list also holds what was hard (review 2026-12-06, part 4).
  lead: 'Her er historier fra arbeidsgivere som har ansatt eller prøvd å ansette personer i målgruppen: det som gikk bra, og det som var vanskelig. Alle er hentet fra rapportene nettstedet bygger på, og hver historie viser kilden.',
  survey:
    'Vil dere se hva mange arbeidsgivere svarte i undersøkelser, og ikke bare enkelthistorier? Les',
  surveyLink: 'Hva arbeidsgivere forteller',
  count: (n: number) => (n === 1 ? '1 historie' : `${n} historier`),

  scope: {
    ...scopeLabels,
    stateHelp: 'Arbeidsgiveren brukte minst én vei som bare statlige virksomheter har.',
    // Review 2026-12-06, § 5 (L1): what the source says, not a claim about what the employer did.
    openHelp: 'Kilden nevner ingen vei som bare staten har.',
    groupState: 'Historier med veier som bare staten har',
    groupOpen: 'Historier med tiltak og grep alle arbeidsgivere kan bruke',
    groupStateLead:
      'Er dere en statlig virksomhet? Disse arbeidsgiverne brukte minst én vei som bare staten har.',
    groupOpenLead:
      'Kildene til disse historiene nevner ingen vei som bare staten har. Tiltakene fra NAV kan også kommuner og private bruke.',
  },

  browse: 'Velg historier etter',
  browseLead: 'Hver lenke viser en liste over historiene, med antall i parentes.',
  facets: {
    sektor: 'Sektor',
    rute: 'Ansettelsesvei eller tiltak',
    // Not «Målgruppe»: innvandrerbakgrunn is a group here but not in the site's målgruppe (review m16).
    malgruppe: 'Hvem historien gjelder',
    utfall: 'Utfall',
    region: 'Region',
  },
  /** Lead of a static filter page, by group. */
  filterLead: {
    sektor: (label: string) => `Historier der arbeidsgiveren er: ${label}.`,
    rute: (label: string) => `Historier der arbeidsgiveren brukte: ${label}.`,
    malgruppe: (label: string) => `Historier om personer i gruppen: ${label}.`,
    utfall: (label: string) => `Historier merket: ${label}.`,
    region: (label: string) => `Historier fra: ${label}.`,
  },
  filterTitle: (facet: string, value: string) => `${facet}: ${value}`,
  /** The <title> of a filter page: short, because search engines cut long titles. */
  filterPageTitle: (value: string) => `Historier: ${value}`,
  /** Before the rule page's title, which keeps its own written form. */
  readRule: 'Les om regelen:',
  allStories: 'Alle suksesshistorier',
  /** A filter page no story fills today (its address is kept). */
  noneYet:
    'Ingen av historiene i samlingen passer dette utvalget nå. Se de korte eksemplene, eller alle historiene.',
  shortExamples: 'Korte eksempler',
  otherFilters: 'Andre utvalg',

  facts: {
    title: 'Fakta fra kilden',
    employer: 'Arbeidsgiver',
    sector: 'Sektor',
    industry: 'Bransje',
    regions: 'Region',
    targetGroups: 'Hvem historien gjelder',
    routes: 'Ansettelsesveier og tiltak',
    practices: 'Grep de brukte',
    plannedRoutes: 'Planlagte tiltak',
    plannedNote: 'Kilden sier at tiltakene var planlagt, ikke hvilke som ble brukt.',
    outcomes: 'Resultater',
    notStated: 'Ikke oppgitt i kilden',
    noRoutes: 'Kilden nevner ingen ansettelsesvei eller tiltak som ble brukt',
    stateOnly: 'bare staten',
    year: (year: string) => `(${year})`,
  },
  scopeLabel: 'Hvem kan gjøre det samme',

  related: 'Historier som bruker denne veien',
  relatedLead: 'Arbeidsgivere som har brukt en vei eller et tiltak fra denne siden:',
  relatedMore: (n: number) =>
    n === 1
      ? 'Det er 1 historie til. Se alle historiene om'
      : `Det er ${n} historier til. Se alle historiene om`,
  routeAll: (n: number) => `Se alle ${n} historiene`,

  pages: {
    label: 'Sider i listen',
    previous: 'Forrige side',
    next: 'Neste side',
    page: (n: number) => `Side ${n}`,
    /** In the <title> and heading of page 2 and on. */
    pageOf: (n: number, count: number) => `side ${n} av ${count}`,
    showing: (from: number, to: number, total: number) => `Viser ${from}–${to} av ${total}.`,
    searchOnFirst: 'Søk og filtrer på første side',
  },

  search: storySearchText,
} as const;
