// Loads Pagefind once per page, in the browser only. Built by src/integrations/pagefind.mjs after
// `astro build`; not part of the Vite bundle.
import { pagefindOptions } from '../../lib/search-options';
import type { ResultData } from '../../lib/search-hit';
import type { PagefindLike } from '../../lib/story-search';

const PAGEFIND_URL = '/pagefind/pagefind.js';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export type Pagefind = PagefindLike<PagefindResult>;

let pagefind: Promise<Pagefind> | null = null;
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = await import(/* @vite-ignore */ PAGEFIND_URL);
    await pf.options(pagefindOptions);
    return pf as Pagefind;
  })();
  return pagefind;
}
