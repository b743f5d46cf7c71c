// Page-level text (bokmål) for pages that are not MDX content.
export const pages = {
  regelverk: {
    title: 'Regelverk',
    description:
      'Reglene som gjør det mulig for statlige arbeidsgivere å ansette personer med nedsatt funksjonsevne eller hull i CV-en, forklart i klarspråk.',
    lead: 'Her forklarer vi reglene for å ansette personer med nedsatt funksjonsevne eller hull i CV-en. Hver regel viser til paragrafen og kilden den bygger på.',
    groups: { statlig: 'Reglene i staten', alle: 'For alle arbeidsgivere' },
    more: 'Mer',
  },
  notFound: {
    title: 'Siden finnes ikke',
    description: 'Lenken er feil eller utdatert.',
    lead: 'Lenken dere fulgte, er feil eller utdatert. Kanskje er en regel endret siden lenken ble laget.',
    restart: 'Start veiviseren på nytt',
    /** Filled in by src/scripts/wizard-continue.ts from the longest valid part of a wizard URL. */
    continueLead: 'Svarene i begynnelsen av lenken gjelder fortsatt.',
    continueAt: (index: number, question: string) => `Fortsett fra spørsmål ${index}: ${question}`,
    continueResult: 'Se resultatet for disse svarene',
    /** The same link for a URL of the nynorsk wizard, in nynorsk (marked lang="nn"). */
    continueAtNn: (index: number, question: string) =>
      `Hald fram frå spørsmål ${index}: ${question}`,
    continueResultNn: 'Sjå resultatet for desse svara',
    regelverk: 'Gå til regelverket',
    home: 'Gå til forsiden',
  },
  endringslogg: {
    description:
      'Regler som er endret siden rapportene nettstedet bygger på ble skrevet, og feil vi har rettet i våre egne tekster, med dato.',
    lead: 'Rapportene nettstedet bygger på er fra 2019 til 2024. Noen regler er endret siden. Her står hver endring, med dato. Her står også feil vi har rettet i våre egne tekster, med det vi skrev før. Nettstedet følger alltid reglene slik de er nå.',
    kinds: { regelendring: 'Regelen er endret', rettelse: 'Vi har rettet en feil' },
    /** The page's two parts and the feed's categories (issue 19, item 5). */
    parts: { regelendring: 'Endringer i reglene', rettelse: 'Rettelser i våre tekster' },
    partLeads: {
      regelendring:
        'Regler som er endret siden rapportene ble skrevet. Nyeste først, etter datoen regelen gjelder fra.',
      rettelse:
        'Feil vi har rettet i våre egne tekster, med det vi skrev før. Nyeste først, etter datoen vi rettet feilen.',
    },
    contents: 'Loggen har to deler:',
    corrected: 'Rettet',
    oldText: 'Vi skrev før:',
    oldTextOn: 'hadde denne teksten:',
    saidNothing: 'Siden sa ikke noe om dette.',
    placesSaidNothing: 'sa ikke noe om dette.',
    wizard: 'Veiviseren',
    checkNow: 'Fulgte dere den gamle teksten? Sjekk dette:',
    inForce: 'I kraft fra',
    checked: 'Sjekket',
    now: 'Nå:',
    before: 'Rapporten sa:',
    legalRef: 'Lovhenvisning:',
    sources: 'Kilder:',
    pages: 'Omtalt på:',
  },
  ordliste: {
    description: 'Ordene i regelverket forklart på vanlig norsk.',
    lead: 'Ordene i regelverket, forklart kort. Hvert ord har en egen lenke dere kan dele.',
    readMore: (term: string) => `Les mer om ${term.toLowerCase()}`,
    seeAlso: 'Se også:',
    /** Before the term in nynorsk, where it differs. */
    nynorsk: 'På nynorsk:',
  },
} as const;
