// Text of the wizard's pages (bokmål). The questions and advice live in src/lib/veiviser/.
export const veiviserText = {
  title: 'Veiviser',
  startTitle: 'Veiviser: finn ansettelsesveien',
  description:
    'Svar på noen spørsmål om behovet og kandidaten, og se hvilke ansettelsesveier som passer.',
  intro:
    'Svar på noen korte spørsmål om behovet dere har og om kandidaten. Da ser dere hvilke ansettelsesveier som passer, hvorfor, hva som fortsatt gjelder, og hva dere gjør videre.',
  privacy:
    'Svarene lagres ikke. De står bare i adressen til siden, slik at dere kan dele eller skrive ut resultatet. Svarene er koder, ikke helseopplysninger.',
  progress: (index: number, total: number) => `Spørsmål ${index} av inntil ${total}`,
  stepTitle: (index: number, question: string) => `Spørsmål ${index}: ${question}`,
  answersLabel: 'Velg ett svar',
  summaryTitle: 'Svarene deres',
  change: 'Endre',
  changeFor: (question: string) => ` svaret på «${question}»`,
  restart: 'Start på nytt',
  changeNote: '«Endre» tar dere tilbake til spørsmålet. Svarene etter det må dere gi på nytt.',
  resultTitle: 'Resultat: ansettelsesveier for dere',
  /** The result's <title> (src/lib/veiviser/titles.ts): no word about the person, only the need. */
  resultPageTitle: {
    need: {
      fast: 'fast behov',
      midlertidig: 'midlertidig',
      'prove-forst': 'prøve først',
      'behov-vet-ikke': 'behov uklart',
    } as Record<string, string>,
    /** A known § 9 ground says more than «midlertidig». */
    ground: {
      'midlertidig-karakter': 'midlertidig arbeid',
      vikariat: 'vikariat',
      uforutsett: 'uforutsett behov',
    } as Record<string, string>,
    duration: {
      'inntil-6-mnd': 'inntil 6 mnd.',
      '6-12-mnd': '6–12 mnd.',
      '12-24-mnd': '1–2 år',
      'over-24-mnd': 'over 2 år',
    } as Record<string, string>,
    situation: {
      'arbeidstrening-her': 'fra arbeidstrening',
      'administrativt-ansatt-her': 'fra § 7',
      'unntaksstilling-her': 'fra § 3a b',
    } as Record<string, string>,
    none: 'ingen vei passer sikkert',
  },
  resultHeading: 'Svaret for dere',
  decisionTitle: 'Slik skiller veiene seg',
  decisionColumns: {
    route: 'Vei',
    advertise: 'Utlysning',
    longest: 'Lengst',
    subsidy: 'Lønnstilskudd',
    decides: 'Hvem ansetter',
  },
  targetGroupTitle: 'Sjekk at personen er i målgruppen',
  targetGroupRecheckTitle: 'Sjekk om personen likevel er i målgruppen',
  routeMore: 'Detaljer',
  effectsSummary: 'Hva svaret endrer',
  sharedTitle: 'Gjelder flere av veiene',
  sharedFor: (routes: readonly string[]) => `(${routes.join(', ')})`,
  sharedForAll:
    'Det som står uten veier i parentes, gjelder alle veiene som passer eller kan passe.',
  notFitSummary: (count: number) => `Passer ikke (${count})`,
  notDecisionShort: 'Veiledning, ikke vedtak. NAV avgjør tilskudd og tiltak.',
  rulesDate: (date: string) => `Reglene er sjekket ${date}.`,
  fits: 'Passer',
  mayFit: 'Kan passe',
  mayFitShort: 'Kan passe',
  verdictsLabel: 'Svaret i korte trekk',
  notFit: 'Passer ikke',
  unknowns: 'Dette må dere finne ut',
  ifAnswer: (label: string) => `Hvis svaret er «${label}»:`,
  conditions: 'Vilkår',
  details: 'Dette gjelder',
  warnings: 'Vær oppmerksom på',
  legalBasis: 'Lovgrunnlag',
  nextSteps: 'Neste steg',
  act: 'Hvem gjør hva',
  /** Who acts on each route, first word first (src/lib/veiviser/act.ts adds the place to act). */
  acts: {
    state: {
      'ordinaer-ansettelse':
        'Dere lyser ut stillingen, intervjuer og ansetter etter statsansatteloven og personalreglementet deres.',
      'administrativ-ansettelse':
        'Den som har ansettelsesmyndighet etter personalreglementet deres, ansetter.',
      'midlertidig-ansettelse':
        'Dere lyser ut stillingen og ansetter etter statsansatteloven, med grunnlaget i § 9.',
      'unntak-lonnstilskudd':
        'NAV må godkjenne lønnstilskuddet før dere ansetter. Så ansetter dere uten utlysning.',
      traineeprogrammet: 'DFØ driver programmet og sier hva dere må gjøre som arbeidsgiver.',
      'fast-etter-trainee':
        'Dere kan gjøre stillingen fast etter traineeperioden. DFØ beskriver hvordan.',
      lonnstilskudd: 'NAV avgjør om dere får lønnstilskudd. Avtalen lager dere sammen med NAV.',
      arbeidstrening:
        'NAV avgjør om personen kan få arbeidstrening. Avtalen lager dere sammen med NAV.',
      mentor: 'NAV avgjør om dere får tilskudd til mentor. Spør NAV.',
      inkluderingstilskudd: 'NAV avgjør. Søk før dere kjøper noe.',
    },
    /** Other employers hire by their own rules: no state handbook, no personalreglement. */
    other: {
      'ordinaer-ansettelse':
        'Dere ansetter etter arbeidsmiljøloven og egne reglementer og tariffavtaler.',
    },
    places: {
      personalhandbok: 'Statens personalhåndbok om ansettelse',
      personalreglement: 'Veiledning til personalreglement for departementene',
      navLonnstilskudd: 'NAVs side om midlertidig lønnstilskudd',
      dfoTrainee: 'DFØ: dette må dere gjøre som arbeidsgiver',
      navArbeidstrening: 'NAVs side om arbeidstrening',
      navInkluderingstilskudd: 'NAVs side om inkluderingstilskudd',
    },
  },
  subsidy: 'Lønnstilskudd',
  maxMonths: (months: number) => `Varer i inntil ${months} måneder.`,
  /** Before a rule page's title, which keeps its own written form. */
  readMore: 'Les mer: ',
  mustCheck: 'Må sjekkes',
  storiesLink: (n: number) =>
    n === 1
      ? 'Historien fra en arbeidsgiver som har brukt veien'
      : `${n} historier fra arbeidsgivere som har brukt veien`,
  meeting: 'Del eller skriv ut',
  copyLink: 'Kopier lenke til resultatet',
  qrTitle: 'QR-kode som åpner dette resultatet',
  qrHelp: 'Skann koden med mobilen for å åpne resultatet.',
  print: 'Skriv ut',
  answersLink: 'Svarene deres og «Endre»',
  notices: 'Godt å vite',
  stillAppliesTitle: 'Dette gjelder fortsatt',
  aliasTitle: 'Siden har flyttet',
  aliasLead:
    'Denne lenken er fra en eldre versjon av veiviseren. Resultatet finnes på en ny adresse:',
};

/** The page texts every written form has (the acts are result texts: the catalogue translates them). */
export type VeiviserText = Omit<typeof veiviserText, 'acts'>;
