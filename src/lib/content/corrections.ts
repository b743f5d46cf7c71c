// What a correction («rettelse» in content/endringer.yaml) quotes on each page: the page's own old
// sentence, the shared old text, or that the page said nothing (review of 6 December 2026, N8).

/** The fields of a rettelse this module reads. */
export interface CorrectionTexts {
  readonly oldText: string;
  readonly pages: readonly string[];
  readonly oldTextOn?: Readonly<Record<string, string>>;
  readonly saidNothingOn?: readonly string[];
}

export type OldText =
  { readonly kind: 'quote'; readonly text: string } | { readonly kind: 'nothing' };

/** The place in `pages` a built page stands for: «/regelverk/x/» → «x», «/ordliste/» → «ordliste». */
export function placeOfPath(pathname: string): string {
  const parts = pathname.split('/').filter(Boolean);
  return parts[0] === 'regelverk' && parts[1] ? parts[1] : (parts[0] ?? '');
}

/** What the notice on `place` quotes (tests/unit/content/endringer.test.ts checks that every page showing a notice is in `pages`). */
export function oldTextOn(e: CorrectionTexts, place: string): OldText {
  if (e.saidNothingOn?.includes(place)) return { kind: 'nothing' };
  return { kind: 'quote', text: e.oldTextOn?.[place] ?? e.oldText };
}

export interface OldTextGroup {
  /** The quoted old text; null for the pages that said nothing. */
  readonly text: string | null;
  readonly places: readonly string[];
  /** The entry's shared old text (shown first, also when every page has its own). */
  readonly shared: boolean;
}

/** Old texts for the endringslogg: the shared text with the pages that had it, each page's own text, then the pages that said nothing. */
export function oldTextGroups(e: CorrectionTexts): OldTextGroup[] {
  const own = e.oldTextOn ?? {};
  const nothing = e.saidNothingOn ?? [];
  const groups: OldTextGroup[] = [
    {
      text: e.oldText,
      places: e.pages.filter((p) => !(p in own) && !nothing.includes(p)),
      shared: true,
    },
  ];
  const byText = new Map<string, string[]>();
  for (const place of e.pages.filter((p) => p in own)) {
    const text = own[place] as string;
    byText.set(text, [...(byText.get(text) ?? []), place]);
  }
  for (const [text, places] of byText) groups.push({ text, places, shared: false });
  const silent = e.pages.filter((p) => nothing.includes(p));
  if (silent.length > 0) groups.push({ text: null, places: silent, shared: false });
  return groups;
}

/**
 * The id of the passage a correction is about, on the page that tells it (the «Rettet» line there);
 * the correction's own id is its full notice in «Endret på denne siden».
 */
export const passageId = (correctionId: string) => `ved-${correctionId}`;
