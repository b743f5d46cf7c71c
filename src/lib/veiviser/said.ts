/** A text and its one-line form (at most ten words) for the answer at the top of a result. */
export interface Said {
  readonly text: string;
  readonly short: string;
}

export const said = (text: string, short: string): Said => ({ text, short });
