import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react';

const DEBOUNCE_MS = 300;

/**
 * The text in a search box (`draft`, held by the caller), apart from the query searched: typing
 * searches by itself after a short pause (`commit`), Enter at once.
 */
export function useDraft(
  draft: string,
  setDraft: (q: string) => void,
  commit: (q: string) => void
) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    draft,
    onType(q: string) {
      setDraft(q);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => commit(q), DEBOUNCE_MS);
    },
    submit() {
      clearTimeout(timer.current);
      commit(draft);
    },
    clear() {
      clearTimeout(timer.current);
      setDraft('');
    },
  };
}

const noSubscribe = () => () => {};

/** The state in the page's URL; `initial` on the server. */
export const readUrl = <S>(parse: (search: string) => S, initial: S): S =>
  typeof location === 'undefined' ? initial : parse(location.search);

/**
 * State that lives in the query string: read on mount and on Back/Forward (`onRead`), written with
 * replaceState when it changes. `mounted` is false on the server and while hydrating, so the
 * server HTML and the first render show the no-JavaScript view; the URL is read when the state is
 * created (nothing renders it before `mounted`).
 */
export function useUrlState<S>(
  parse: (search: string) => S,
  serialize: (state: S) => string,
  initial: S,
  onRead?: (state: S) => void
) {
  const [state, setState] = useState<S>(() => readUrl(parse, initial));
  const mounted = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false
  );
  const onPop = useEffectEvent(() => {
    const parsed = parse(location.search);
    setState(parsed);
    onRead?.(parsed);
  });
  useEffect(() => {
    const listener = () => onPop();
    addEventListener('popstate', listener);
    return () => removeEventListener('popstate', listener);
  }, []);
  const query = serialize(state);
  useEffect(() => {
    if (mounted && query !== location.search)
      history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  }, [query, mounted]);
  return { state, setState, mounted, query };
}

/**
 * A search box over state kept in the URL (both search pages): the state, and the box's text,
 * which a search commits trimmed and Back/Forward sets to the URL's query.
 */
export function useSearchBox<S extends { q: string }>(
  parse: (search: string) => S,
  serialize: (state: S) => string,
  initial: S
) {
  const [typed, setTyped] = useState(() => readUrl(parse, initial).q);
  const url = useUrlState(parse, serialize, initial, (s) => setTyped(s.q));
  const draft = useDraft(typed, setTyped, (q) => url.setState((s) => ({ ...s, q: q.trim() })));
  return { ...url, draft };
}
