// One search result as the pages show it, from Pagefind's result data. Pure, so the story list,
// /sok/ and the tests read the type the same way.

/** The kinds of page the index holds (the `type` filter and metadata, set in PagefindData.astro). */
export const resultTypes = ['regelverk', 'historie', 'ordliste', 'sporsmal'] as const;
export type ResultType = (typeof resultTypes)[number];
export const isResultType = (v: string): v is ResultType =>
  (resultTypes as readonly string[]).includes(v);

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface Hit {
  url: string;
  title: string;
  excerpt: string;
  type: ResultType | '';
  scope?: string;
}

export function toHit(d: ResultData): Hit {
  const type = d.meta.type ?? '';
  return {
    url: d.url,
    title: d.meta.title ?? d.url,
    excerpt: d.excerpt,
    type: isResultType(type) ? type : '',
    scope: d.meta.omfang,
  };
}
