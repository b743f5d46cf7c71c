// UI text for «Meld fra om feil» and the reviewer's page /om/kildekontroll/.
export const reviewText = {
  reportError: {
    link: 'Meld fra om feil på denne siden',
    help: 'Lenken åpner e-postprogrammet deres med adressen til siden.',
    subject: (title: string) => `Feil på Inkluderingsguiden: ${title}`,
    body: (url: string) =>
      `Siden: ${url}\n\nHva er feil, og hva bør det stå? Skriv gjerne hvor dere har det fra.\n`,
  },
  kildekontroll: {
    title: 'Kildekontroll',
    description:
      'For dem som eier innholdet: alt på nettstedet som bygger på en kilde som må sjekkes, og alle kildene med dato og sikkerhet.',
    lead: 'Denne siden er for dem som eier og kontrollerer innholdet. Den lages fra innholdsfilene hver gang nettstedet bygges, så den viser alltid det som står på sidene nå.',
    how: 'Gå gjennom hver setning mot kilden. Er regelen bekreftet i lovteksten, forarbeidene eller Statens personalhåndbok, kan kilden få sikkerheten «bekreftet» i content/kilder.yaml. Da forsvinner merket «Må sjekkes».',
    built: (date: string) => `Laget ${date}.`,
    statements: 'Setninger som bygger på en kilde som må sjekkes',
    statementsLead: (n: number, pages: number) =>
      `${n} henvisninger på ${pages} sider. Hver viser siden, avsnittet, setningen og kilden.`,
    changes: 'Endringer i endringsloggen som bygger på en kilde som må sjekkes',
    wizard: 'Må sjekkes i veiviseren',
    wizardLead:
      'Det veiviseren merker «Må sjekkes» på resultatsidene, én gang per vei og tekst, med en resultatside som viser det.',
    wizardSteps: 'Hjelpetekster i spørsmålene som er merket «må sjekkes»',
    wizardPages: (n: number) => (n === 1 ? '1 resultatside' : `${n} resultatsider`),
    wizardStepPages: (n: number) => (n === 1 ? '1 spørsmålsside' : `${n} spørsmålssider`),
    example: 'Se et eksempel',
    figures: 'Alle tallene, med dato',
    figuresLead:
      'Satser, beløp og lengder fra NAV, og grensene i loven, slik content/tall.json har dem. Sidene og veiviseren viser tallene herfra.',
    figureDate: 'Dato',
    figureRule: 'Står i loven eller forskriften (ingen dato fra NAV)',
    sources: 'Alle kildene',
    sourcesLead:
      'Rapportene, og lovtekstene og sidene som viser gjeldende regler, med datoen vi leste dem og hvor sikre de er.',
    page: 'Side',
    section: 'Avsnitt',
    top: 'øverst på siden',
    source: 'Kilde',
    read: 'Lest',
    confidence: 'Sikkerhet',
    verified: 'Bekreftet',
    likely: 'Må sjekkes',
    report: 'Rapport fra',
    inRepo: 'Linjene det vises til, ligger i kilder/ i kildekoden.',
    none: 'Ingen.',
  },
} as const;
