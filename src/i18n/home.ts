import { urls } from '../lib/urls';

// Front page text (bokmål). Facts here are summarised from the regelverk pages, which carry the sources.
export const home = {
  title: 'Ansett flere med nedsatt funksjonsevne eller hull i CV-en',
  lead: 'Reglene for å ansette i staten har flere åpninger enn mange kjenner til. Her finner dere dem forklart på vanlig norsk, med lovhenvisning og kilde til hver regel.',
  scopeState: 'Statsansatteloven gir egne muligheter, for eksempel ansettelse uten utlysning.',
  scopeAll:
    'Kommuner, fylkeskommuner, private og ideelle virksomheter kan bruke tiltakene fra NAV.',
  scopeAllLink: 'Les hva som gjelder for dere',
  waysIn: 'Tre veier inn',
  cards: [
    {
      href: urls.regelverk,
      title: 'Regelverk',
      text: 'Hva reglene tillater, hva som fortsatt gjelder, og hvor det står.',
    },
    {
      href: urls.veiviser,
      title: 'Veiviser',
      text: 'Svar på noen spørsmål om behovet og kandidaten. Få ansettelsesveiene som passer, og neste steg.',
    },
    {
      href: urls.historier,
      title: 'Suksesshistorier',
      text: 'Hva andre arbeidsgivere har gjort, og hva som fikk det til å fungere.',
    },
  ],
  openingsTitle: 'Åpningene i regelverket',
  openings: [
    {
      slug: 'administrativ-ansettelse',
      label: 'Administrativ ansettelse',
      text: 'ansett direkte i inntil seks måneder, eller ett år hvis personalreglementet tillater det.',
    },
    {
      slug: 'unntak-fra-utlysning',
      label: 'Unntak fra utlysning',
      text: 'midlertidig stilling i inntil to år med lønnstilskudd, uten offentlig utlysning.',
    },
    {
      slug: 'midlertidig-lonnstilskudd',
      label: 'Midlertidig lønnstilskudd',
      text: 'NAV kan dekke en del av lønnen til en ny ansatt i en periode.',
    },
    {
      slug: 'traineeprogrammet',
      label: 'Traineeprogrammet i staten',
      text: 'stillinger for personer i målgruppen med høyere utdanning.',
    },
    {
      slug: 'intervjuplikt-og-saerbehandling',
      label: 'Intervjuplikt og positiv særbehandling',
      text: 'kall inn kvalifiserte søkere i målgruppene til intervju.',
    },
    {
      slug: 'arbeidstrening-og-andre-tiltak',
      label: 'Tiltak fra NAV',
      text: 'arbeidstrening, mentor, lønnstilskudd og inkluderingstilskudd.',
    },
  ],
  // The footer says the site is guidance, not a decision; the front page does not say it twice.
  changes: 'Noen regler er endret siden rapportene ble skrevet.',
  changesLink: 'Se endringene i reglene',
} as const;
