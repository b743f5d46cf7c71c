// Text the search islands show (the story list and /sok/), in a module of its own: the islands import
// this, not historierText, so their JavaScript does not carry the text of the story pages.

/** Who can do the same: the label on a story and on a story hit. */
export const scopeLabels = {
  state: 'Bare for staten',
  open: 'Åpent for alle',
} as const;

export const storySearchText = {
  title: 'Søk og filtrer',
  label: 'Søk i historiene',
  hint: 'For eksempel «lønnstilskudd», «mentor» eller «hull i CV».',
  submit: 'Søk',
  filters: 'Filtrer historiene',
  filterHelp: 'Velger dere flere i samme gruppe, får dere historier med minst én av dem.',
  clear: 'Fjern søk og filtre',
  results: 'Treff',
  count: (n: number) => (n === 1 ? '1 treff' : `${n} treff`),
  countOf: (n: number, label: string) => `${label}, ${n === 1 ? '1 historie' : `${n} historier`}`,
  shown: (n: number, total: number) => `Viser ${n} av ${total} treff.`,
  more: 'Vis flere treff',
  none: 'Ingen treff. Prøv et annet ord, eller fjern noen filtre.',
  loading: 'Søker …',
  failed: 'Søket virker ikke akkurat nå. Listen over alle historier står under.',
} as const;
