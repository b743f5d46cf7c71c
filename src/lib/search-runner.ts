// The search state machine without React or the DOM, shared by the story list and /sok/: one
// query at a time, results fetched a batch at a time. Readers type faster than Pagefind answers,
// so every answer carries the number of the run that asked for it, and an answer for an older
// query is dropped: a late response never overwrites a newer one.

export type SearchStatus = 'idle' | 'loading' | 'done' | 'failed';
export interface SearchView<H, Q = unknown> {
  status: SearchStatus;
  hits: H[];
  total: number;
  /** The query these hits (or this loading or failure) belong to; null when idle. */
  query: Q | null;
}

export interface SearchRunner<Q, H> {
  /** Starts a search for `query`; null clears (idle). Resolves when this run is shown or dropped. */
  run(query: Q | null): Promise<void>;
  /** Fetches the next batch; resolves to the index of its first hit, or null if dropped or failed. */
  more(): Promise<number | null>;
  /** Drops whatever is still on the way (the component went away). */
  dispose(): void;
  view(): SearchView<H, Q>;
}

export const idleView = <H, Q = unknown>(): SearchView<H, Q> => ({
  status: 'idle',
  hits: [],
  total: 0,
  query: null,
});

export function createSearchRunner<Q, R, H>(opts: {
  /** All results for a query, best first (cheap: Pagefind returns ids). */
  find: (query: Q) => Promise<R[]>;
  /** One result's text (one request each). */
  load: (result: R) => Promise<H>;
  /** Results whose text is fetched at a time. */
  step: number;
  onChange: (view: SearchView<H, Q>) => void;
}): SearchRunner<Q, H> {
  let generation = 0;
  let results: R[] = [];
  let current: SearchView<H, Q> = idleView();
  const set = (next: SearchView<H, Q>) => {
    current = next;
    opts.onChange(next);
  };
  return {
    async run(query) {
      const run = ++generation;
      if (query === null) {
        results = [];
        set(idleView());
        return;
      }
      set({ ...current, status: 'loading', query });
      try {
        const found = await opts.find(query);
        const hits = await Promise.all(found.slice(0, opts.step).map(opts.load));
        if (run !== generation) return;
        results = found;
        set({ status: 'done', hits, total: found.length, query });
      } catch {
        if (run === generation) set({ ...current, status: 'failed' });
      }
    },
    async more() {
      const run = generation;
      const from = current.hits.length;
      try {
        const hits = await Promise.all(results.slice(from, from + opts.step).map(opts.load));
        if (run !== generation) return null;
        set({ ...current, hits: [...current.hits, ...hits] });
        return from;
      } catch {
        if (run === generation) set({ ...current, status: 'failed' });
        return null;
      }
    },
    dispose() {
      generation += 1;
    },
    view: () => current,
  };
}
