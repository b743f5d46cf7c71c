// Text for the parts of a story page added for issue 12: steps, the wizard link, similar stories,
// dates, the «vanskelig» label, the feeds and the note on innvandrerbakgrunn (bokmål).
export const historieSideText = {
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
  /** Why the section keeps its name though it also has «vanskelig» stories. */
  listNote:
    'De fleste historiene gikk bra. Noen handler om forsøk som ikke førte fram. De er merket «Hva som var vanskelig», fordi dere kan lære like mye av dem.',
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
