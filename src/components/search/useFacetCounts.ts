import { useEffect, useState } from 'react';
import type { FacetKey } from '../../lib/stories';
import { isActive, searchCounts, STORIES_ONLY, type SearchState } from '../../lib/story-search';
import { loadPagefind } from './pagefind';

export type Counts = Record<FacetKey, Record<string, number>>;
/** 'later': a text search, and nobody has reached for the filters yet, so their index is not fetched. */
export type CountsState = 'ready' | 'loading' | 'later';

/**
 * The counts beside the story filters. The counts need Pagefind's whole filter index (tens of kB
 * with thousands of stories), so a plain text search waits until `wanted` (the reader moves to the
 * filters or ticks one). null: not known for this search (hidden); while new ones load, the last stay.
 */
export function useFacetCounts(state: SearchState, key: string, mounted: boolean, wanted: boolean, baseline: Counts) {
  const [counts, setCounts] = useState<Counts | null>(baseline);
  const [countsState, setCountsState] = useState<CountsState>('ready');
  useEffect(() => {
    if (!mounted) return;
    if (!isActive(state)) {
      setCounts(baseline);
      setCountsState('ready');
      return;
    }
    if (!wanted) {
      setCounts(null);
      setCountsState('later');
      return;
    }
    let stale = false;
    setCountsState('loading');
    (async () => {
      const next = await searchCounts(await loadPagefind(), state, STORIES_ONLY);
      if (stale) return;
      setCounts(next);
      setCountsState('ready');
    })().catch(() => { if (!stale) setCountsState('later'); });
    return () => { stale = true; };
    // `key` stands for `state`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, mounted, wanted]);
  return { counts, countsState };
}
