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
export function useFacetCounts(
  state: SearchState,
  key: string,
  mounted: boolean,
  wanted: boolean,
  baseline: Counts
) {
  const [shown, setShown] = useState<{ counts: Counts | null; countsState: CountsState }>({
    counts: baseline,
    countsState: 'ready',
  });
  // A new search (`key` stands for `state`) or a change in `wanted` settles what it can while
  // rendering (React's pattern for state that follows props); only fetched counts wait for the effect.
  const [seen, setSeen] = useState<{ key: string; wanted: boolean } | null>(null);
  if (mounted && (seen?.key !== key || seen.wanted !== wanted)) {
    setSeen({ key, wanted });
    if (!isActive(state)) setShown({ counts: baseline, countsState: 'ready' });
    else if (!wanted) setShown({ counts: null, countsState: 'later' });
    else setShown((s) => ({ ...s, countsState: 'loading' }));
  }
  const fetching = mounted && wanted && isActive(state);
  useEffect(() => {
    if (!fetching) return;
    let stale = false;
    (async () => {
      const next = await searchCounts(await loadPagefind(), state, STORIES_ONLY);
      if (!stale) setShown({ counts: next, countsState: 'ready' });
    })().catch(() => {
      if (!stale) setShown((s) => ({ ...s, countsState: 'later' }));
    });
    return () => {
      stale = true;
    };
    // `key` stands for `state`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, fetching]);
  return shown;
}
