// Text for the parts of a story page added for issues 12 and 19: «Kort fortalt», steps, the wizard
// link, similar stories, dates and corrections, the outcome labels, «Les mer», the feeds, the note
// on innvandrerbakgrunn, and the page of short examples with the pages that moved there (bokmål).
export const historieSideText = {
  /** Issue 19, item 4: the four things an employer wants first. */
  brief: {
    did: 'Dette gjorde de',
    forWhom: 'For hvem',
    route: 'Vei eller tiltak',
    result: 'Resultat',
  },
  corrected: 'Rettet',
  oldText: 'Før sto det:',
  readMore: 'Les mer',
  steps: 'Slik gjorde de det',
  wizard: {
    title: 'Prøv veiviseren med det historien forteller',
    lead: 'Lenken fyller inn bare det kilden sier:',
    leadNone:
      'Kilden sier ikke nok til å svare på det første spørsmålet, så veiviseren starter fra begynnelsen.',
    link: 'Gå videre i veiviseren',
    linkResult: 'Se resultatet i veiviseren',
    rest: 'Resten svarer dere selv, ut fra deres egen situasjon.',
  },
  similar: 'Lignende historier',
  similarLead: 'Historier med samme ansettelsesvei, tiltak eller sektor:',
  published: 'Publisert',
  updated: 'Sist oppdatert',
  difficult: 'Hva som var vanskelig',
  difficultHelp:
    'Denne historien handler om et forsøk som ikke endte slik arbeidsgiveren ønsket, og hva de lærte av det.',
  mixed: 'Blandede resultater',
  mixedHelp: 'Kilden viser både det som ga resultater, og det som ga lite.',
  /** Why the section keeps its name though it also has «vanskelig» stories (review 2026-12-06, part 4). */
  listNote:
    'De fleste historiene gikk bra. Noen handler om forsøk som ikke førte fram, eller om et prosjekt med blandede resultater. De er merket, fordi dere kan lære like mye av dem:',
  listNoteDifficult: 'historier om det som var vanskelig',
  listNoteMixed: 'historier med blandede resultater',
  /** The page of examples too short for a story of their own (issue 19). */
  short: {
    title: 'Korte eksempler',
    description:
      'Korte eksempler fra rapportene: noe en arbeidsgiver gjorde, der kilden sier for lite til en hel historie.',
    lead: 'Her er eksempler der kilden forteller om noe en arbeidsgiver gjorde, men sier for lite til en hel historie. Hvert eksempel sier hva kilden ikke forteller.',
    contents: 'Eksemplene',
    listLink: 'Korte eksempler',
    listLinkLead: 'Noen eksempler er for korte til en egen historie. Les dem under',
    employer: 'Arbeidsgiver',
    sector: 'Sektor',
    moved: (title: string) => `«${title}» står nå under Korte eksempler`,
    movedText:
      'Eksempelet er flyttet til siden Korte eksempler, fordi kilden sier for lite til en hel historie.',
    movedLink: (title: string) => `Les «${title}» under Korte eksempler`,
  },
  feeds: 'Følg med på nye og oppdaterte historier og endringer i reglene:',
  feedHistorier: 'Nyhetsstrøm for historiene (Atom)',
  feedEndringer: 'Nyhetsstrøm for endringsloggen (Atom)',
  added: 'Lagt til på nettstedet',
  /** m16: a group in the filters that is not in the site's målgruppe. */
  notMalgruppe:
    'Innvandrerbakgrunn er ikke en del av målgruppen for særbehandling på dette nettstedet. I staten gir innvandrerbakgrunn intervjuplikt, ikke mer.',
  notMalgruppeLink: 'Les om intervjuplikten og særbehandling',
  notMalgruppeHref: '/regelverk/intervjuplikt-og-saerbehandling/#ikke-innvandrer',
} as const;
