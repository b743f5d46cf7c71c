/** A text and its one-line form (at most ten words) for the answer at the top of a result. */
export interface Said {
  readonly text: string;
  readonly short: string;
}

export const said = (text: string, short: string): Said => ({ text, short });

/**
 * A fact the employer must know to use a route lawfully, shown on the result itself, not folded
 * (issue 18, item 4), with its source (an id in content/kilder.yaml). `mustCheck`: the point is
 * unsettled, so it is also a «Må sjekkes» of the route (the source is rated «likely»).
 */
export interface Known {
  readonly text: string;
  readonly kilde: string;
  readonly passage?: string;
  readonly mustCheck?: true;
}

export const known = (
  text: string,
  source: { kilde: string; passage?: string; mustCheck?: true }
): Known => ({ text, ...source });
