import { useEffect, useMemo, useRef, useState } from 'react';
import { RESULTS_STEP } from '../../lib/search-options';
import { toHit, type Hit } from '../../lib/search-hit';
import { createSearchRunner, idleView, type SearchView } from '../../lib/search-runner';
import { loadPagefind, type Pagefind, type PagefindResult } from './pagefind';

type Find<Q> = (pf: Pagefind, query: Q) => Promise<PagefindResult[]>;
interface Run<Q> {
  query: Q;
  find: Find<Q>;
  key: string;
}

/**
 * The results of a search, in React state: `query` null shows nothing (idle); a new `key` starts
 * a new search, and an older one that answers late is dropped (src/lib/search-runner.ts).
 * `shownKey` is the key of the search the view shows (the status line carries it), so a test that
 * runs one query after another on the same page knows when the hits are the new query's.
 * `showMore` fetches the next batch and moves focus to its first hit, so a keyboard user goes on
 * from there.
 */
export function useSearch<Q>(query: Q | null, key: string, find: Find<Q>) {
  const [view, setView] = useState<SearchView<Hit, Run<Q>>>(idleView);
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  // Each run carries its own `find`, so the runner made once never calls an outdated one.
  const runner = useMemo(
    () =>
      createSearchRunner<Run<Q>, PagefindResult, Hit>({
        find: async (r) => r.find(await loadPagefind(), r.query),
        load: async (r) => toHit(await r.data()),
        step: RESULTS_STEP,
        onChange: setView,
      }),
    []
  );
  useEffect(() => () => runner.dispose(), [runner]);
  useEffect(() => {
    void runner.run(query === null ? null : { query, find, key });
    // `key` stands for `query`: the effect runs once per distinct search, not per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, runner, find]);
  useEffect(() => {
    if (focusFrom.current === null) return;
    const links = list.current?.querySelectorAll<HTMLAnchorElement>('[data-result] a');
    links?.[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [view.hits]);
  const showMore = async () => {
    focusFrom.current = runner.view().hits.length;
    if ((await runner.more()) === null) focusFrom.current = null;
  };
  return { ...view, shownKey: view.query?.key ?? '', list, showMore };
}
