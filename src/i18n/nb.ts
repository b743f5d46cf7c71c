// UI text in bokmål. Components read from here so a nynorsk file can follow.
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
} as const;

export type Dictionary = typeof nb;
export const t = nb;
