// UI text in bokmål: the chrome of every page and the labels a content page shows. nn.ts has the
// same keys in nynorsk (the type Dictionary makes it so); components get the page's own with
// ui(Astro) from ./ui.ts. Texts that live in other modules are referenced, not copied.
import { historieSideText } from './historie-side';
import { historierText } from './historier';
import { pages } from './pages';
import { reviewText } from './review';
import { sokText } from './sok';
import { laws } from '../schemas/lovhenvisning';
import { stillApplies, type StillAppliesId } from '../lib/still-applies';
import {
  audiences,
  industries,
  outcomeKinds,
  practices,
  regions,
  routes,
  sectors,
  targetGroups,
} from '../lib/vocabulary';

/** id → label of a vocabulary list, for the dictionaries (the vocabulary itself is bokmål). */
const labels = <T extends readonly { id: string; label: string }[]>(list: T) =>
  Object.fromEntries(list.map((item) => [item.id, item.label])) as Record<T[number]['id'], string>;

const stillAppliesText = Object.fromEntries(
  Object.entries(stillApplies).map(([id, item]) => [id, { label: item.label, text: item.text }])
) as Record<StillAppliesId, { label: string; text: string }>;

export const nb = {
  siteName: 'Inkluderingsguiden',
  siteTagline: 'Slik kan staten ansette personer med nedsatt funksjonsevne eller hull i CV-en',
  skipLink: 'Gå til hovedinnholdet',
  nav: {
    label: 'Hovedmeny',
    regelverk: 'Regelverk',
    veiviser: 'Veiviser',
    historier: 'Suksesshistorier',
    om: 'Om',
  },
  breadcrumbs: { label: 'Du er her', home: 'Forsiden' },
  footer: {
    label: 'Om nettstedet',
    om: 'Om nettstedet og kildene',
    kilder: 'Kilder',
    tilgjengelighet: 'Tilgjengelighetserklæring',
    personvern: 'Personvern',
    endringslogg: 'Endringslogg',
    ordliste: 'Ordliste',
    faq: 'Ofte stilte spørsmål',
    disclaimer:
      'Inkluderingsguiden er veiledning, ikke et vedtak. NAV avgjør søknader om tilskudd. Sjekk alltid gjeldende lov på Lovdata.',
  },
  print: { address: 'Adresse', printed: 'Versjon fra', reviewed: 'Sist gjennomgått' },
  copyLink: {
    label: 'Kopier lenke',
    labelTo: (heading: string) => `Kopier lenke til «${heading}»`,
    copied: 'Lenken er kopiert',
    failed: 'Kunne ikke kopiere. Lenken står i adressefeltet.',
  },
  page: {
    toc: 'På denne siden',
    lastReviewed: 'Sist gjennomgått',
    legalRefs: 'Lovhenvisninger',
    sources: 'Kilder',
    audience: 'Gjelder for',
    routes: 'Ansettelsesveier og tiltak på denne siden',
    mustCheck: 'Må sjekkes',
    /** Read before a citation's link, which names only the source: it goes to the source list. */
    sourcePrefix: 'Kilde: ',
    mustCheckExplain: (date: string) =>
      `Dette bygger bare på kilder vi ikke har kunnet bekrefte i lovteksten. Sist sjekket ${date}.`,
    stillApplies: 'Dette gjelder fortsatt',
    changed: 'Endret siden rapporten',
    seeChangelog: 'Se endringsloggen',
    sourceYear: (year: string) => `(${year})`,
    readAt: (date: string) => `lest ${date}`,
  },
  scope: {
    label: 'Hvem gjelder reglene for?',
    statlig: 'Statlige virksomheter: statsansatteloven og NAVs tiltak',
    alle: 'Alle arbeidsgivere: NAVs tiltak og arbeidsmiljøloven',
  },
  /** «(sjekket 23. november 2026)» after «Må sjekkes» at an inline source citation. */
  checkedOn: (date: string) => `(sjekket ${date})`,
  /** The search form in the header. */
  search: {
    headerLabel: sokText.headerLabel,
    navLink: sokText.navLink,
    submit: sokText.submit,
  },
  reportError: reviewText.reportError,
  /** The boxes «Endret siden rapporten» and «Rettet» (content/endringer.yaml). */
  changes: {
    inForce: pages.endringslogg.inForce,
    checked: pages.endringslogg.checked,
    before: pages.endringslogg.before,
    corrected: pages.endringslogg.corrected,
    oldText: pages.endringslogg.oldText,
    checkNow: pages.endringslogg.checkNow,
    saidNothing: pages.endringslogg.saidNothing,
    /** The folded list of corrections near the top of a page (issue 19, item 5). */
    onThisPage: (n: number) => `Endret på denne siden (${n})`,
    onThisPageLead: 'Feil vi har rettet i teksten på denne siden, med det vi skrev før.',
    toPassage: 'Til avsnittet',
  },
  /** The list of all sources on «Om nettstedet og kildene». */
  sourceList: {
    title: 'Kildene',
    reports: 'Rapportene nettstedet bygger på',
    current: 'Lovtekster og sider som viser gjeldende regler',
    verified: 'Bekreftet.',
  },
  /** What a story page shows around the story, and a story in a list. */
  story: {
    steps: historieSideText.steps,
    wizard: historieSideText.wizard,
    similar: historieSideText.similar,
    similarLead: historieSideText.similarLead,
    published: historieSideText.published,
    updated: historieSideText.updated,
    difficult: historieSideText.difficult,
    difficultHelp: historieSideText.difficultHelp,
    mixed: historieSideText.mixed,
    mixedHelp: historieSideText.mixedHelp,
    brief: historieSideText.brief,
    corrected: historieSideText.corrected,
    oldText: historieSideText.oldText,
    readMore: historieSideText.readMore,
    notMalgruppe: historieSideText.notMalgruppe,
    notMalgruppeLink: historieSideText.notMalgruppeLink,
    facts: historierText.facts,
    scope: {
      state: historierText.scope.state,
      open: historierText.scope.open,
      stateHelp: historierText.scope.stateHelp,
      openHelp: historierText.scope.openHelp,
    },
    scopeLabel: historierText.scopeLabel,
    allStories: historierText.allStories,
    related: historierText.related,
    relatedLead: historierText.relatedLead,
    relatedMore: historierText.relatedMore,
    count: historierText.count,
  },
  /** The vocabulary's labels (src/lib/vocabulary.ts), by id. */
  vocabulary: {
    audience: labels(audiences),
    sector: labels(sectors),
    route: labels(routes),
    targetGroup: labels(targetGroups),
    region: labels(regions),
    industry: labels(industries),
    practice: labels(practices),
    outcomeKind: labels(outcomeKinds),
  },
  /** «Dette gjelder fortsatt»: each rule's label and text (src/lib/still-applies.ts). */
  stillApplies: stillAppliesText,
  /** Law names in references: «statsansatteloven § 7» (src/schemas/lovhenvisning.ts). */
  laws,
  /** The link to the English page, in the footer (its label is English on every page). */
  english: 'English',
} as const;

/** Literal strings widened to string: the shape every language's dictionary has. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** The UI text of one written form: nb here, nn in nn.ts. */
export type Dictionary = Widen<typeof nb>;

/** Bokmål, for the pages that are always bokmål (the wizard, the lists); others use ui(Astro). */
export const t = nb;
