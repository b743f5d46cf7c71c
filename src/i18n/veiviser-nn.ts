// The wizard's page texts in nynorsk (språklova § 14): the same keys as veiviser.ts.
import type { VeiviserText } from './veiviser';

export const veiviserTextNn: VeiviserText = {
  title: 'Vegvisar',
  startTitle: 'Vegvisar: finn tilsetjingsvegen',
  description:
    'Svar på nokre spørsmål om behovet og kandidaten, og sjå kva tilsetjingsvegar som passar.',
  intro:
    'Svar på nokre korte spørsmål om behovet de har og om kandidaten. Då ser de kva tilsetjingsvegar som passar, kvifor, kva som framleis gjeld, og kva de gjer vidare.',
  privacy:
    'Svara blir ikkje lagra. Dei står berre i adressa til sida, slik at de kan dele eller skrive ut resultatet. Svara er kodar, ikkje helseopplysningar.',
  progress: (index: number, total: number) => `Spørsmål ${index} av inntil ${total}`,
  stepTitle: (index: number, question: string) => `Spørsmål ${index}: ${question}`,
  answersLabel: 'Vel eitt svar',
  summaryTitle: 'Svara dykkar',
  change: 'Endre',
  changeFor: (question: string) => ` svaret på «${question}»`,
  restart: 'Start på nytt',
  changeNote: '«Endre» tek dykk tilbake til spørsmålet. Svara etter det må de gi på nytt.',
  resultTitle: 'Resultat: tilsetjingsvegar for dykk',
  /** The result's <title> (src/lib/veiviser/titles.ts): no word about the person, only the need. */
  resultPageTitle: {
    need: {
      fast: 'fast behov',
      midlertidig: 'mellombels',
      'prove-forst': 'prøve først',
      'behov-vet-ikke': 'behovet uklart',
    } as Record<string, string>,
    /** A known § 9 ground says more than «midlertidig». */
    ground: {
      'midlertidig-karakter': 'mellombels arbeid',
      vikariat: 'vikariat',
      uforutsett: 'uføresett behov',
    } as Record<string, string>,
    duration: {
      'inntil-6-mnd': 'inntil 6 mnd.',
      '6-12-mnd': '6–12 mnd.',
      '12-24-mnd': '1–2 år',
      'over-24-mnd': 'over 2 år',
    } as Record<string, string>,
    situation: {
      'arbeidstrening-her': 'frå arbeidstrening',
      'administrativt-ansatt-her': 'frå § 7',
      'unntaksstilling-her': 'frå § 3a b',
    } as Record<string, string>,
    none: 'ingen veg passar sikkert',
  },
  resultHeading: 'Svaret for dykk',
  decisionTitle: 'Slik skil vegane seg',
  decisionColumns: {
    route: 'Veg',
    advertise: 'Utlysing',
    longest: 'Lengst',
    subsidy: 'Lønstilskot',
    decides: 'Kven tilset',
  },
  targetGroupTitle: 'Sjekk at personen er i målgruppa',
  targetGroupRecheckTitle: 'Sjekk om personen likevel er i målgruppa',
  routeMore: 'Detaljar',
  effectsSummary: 'Kva svaret endrar',
  sharedTitle: 'Gjeld fleire av vegane',
  sharedFor: (routes: readonly string[]) => `(${routes.join(', ')})`,
  sharedForAll: 'Det som står utan vegar i parentes, gjeld alle vegane som passar eller kan passe.',
  notFitSummary: (count: number) => `Passar ikkje (${count})`,
  notDecisionShort: 'Rettleiing, ikkje vedtak. NAV avgjer tilskot og tiltak.',
  rulesDate: (date: string) => `Reglane er sjekka ${date}.`,
  fits: 'Passar',
  mayFit: 'Kan passe',
  mayFitShort: 'Kan passe',
  verdictsLabel: 'Svaret i korte trekk',
  notFit: 'Passar ikkje',
  unknowns: 'Dette må de finne ut',
  ifAnswer: (label: string) => `Viss svaret er «${label}»:`,
  conditions: 'Vilkår',
  details: 'Dette gjeld',
  warnings: 'Ver merksam på',
  legalBasis: 'Lovgrunnlag',
  nextSteps: 'Neste steg',
  act: 'Kven gjer kva',
  subsidy: 'Lønstilskot',
  maxMonths: (months: number) => `Varer i inntil ${months} månader.`,
  /** Before a rule page's title, which keeps its own written form. */
  readMore: 'Les meir: ',
  mustCheck: 'Må sjekkast',
  storiesLink: (n: number) =>
    n === 1
      ? 'Historia frå ein arbeidsgivar som har brukt vegen'
      : `${n} historier frå arbeidsgivarar som har brukt vegen`,
  meeting: 'Del eller skriv ut',
  copyLink: 'Kopier lenke til resultatet',
  qrTitle: 'QR-kode som opnar dette resultatet',
  qrHelp: 'Skann koden med mobilen for å opne resultatet.',
  print: 'Skriv ut',
  answersLink: 'Svara dykkar og «Endre»',
  notices: 'Godt å vite',
  stillAppliesTitle: 'Dette gjeld framleis',
  aliasTitle: 'Sida har flytta',
  aliasLead:
    'Denne lenka er frå ein eldre versjon av vegvisaren. Resultatet finst på ei ny adresse:',
};
