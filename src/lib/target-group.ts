/**
 * What makes a person part of the target group of statsansatteforskriften §§ 4 and 4a, as a
 * checklist for wizard results where a route needs it (issue 10, item 4). The wording follows
 * /regelverk/hvem-er-i-malgruppen/, which explains each point with its sources; keep them in step.
 */
export interface TargetGroupItem {
  readonly label: string;
  readonly text: string;
  /** Anchor on the rule page that explains it. */
  readonly anchor: string;
  /** Set while the point rests on a source we could not check against the law text. */
  readonly mustCheck?: string;
}

export const TARGET_GROUP_PAGE = 'hvem-er-i-malgruppen';

export const targetGroupChecklist: readonly TargetGroupItem[] = [
  {
    label: 'Selv oppgitt',
    text: 'Personen har selv oppgitt det. Spør ikke om helse.',
    anchor: 'oppgir',
  },
  {
    label: '§ 4',
    text: 'Funksjonsnedsettelsen krever tilrettelegging i jobben.',
    anchor: 'funksjon',
  },
  {
    label: '§ 4a',
    text: 'Til sammen minst 2 av de siste 5 årene utenfor arbeid, utdanning eller opplæring, på grunn av rus, soning, sykdom eller aktiv jobbsøking.',
    anchor: 'hull-i-cv',
  },
  {
    label: '§ 4a',
    text: 'Da hen søkte, hadde hen ikke fast stilling eller midlertidig stilling over ett år.',
    anchor: 'hull-i-cv',
    mustCheck: 'dfo-rapportering-2021',
  },
  {
    label: 'Dokumentasjon',
    text: 'Ta vare på personens egen erklæring, eller NAVs henvisning med samtykke.',
    anchor: 'oppgir',
  },
];
