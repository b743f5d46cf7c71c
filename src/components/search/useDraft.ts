import { useEffect, useRef, useState } from 'react';

const DEBOUNCE_MS = 300;

/**
 * The text in a search box, apart from the query searched: typing searches by itself after a
 * short pause (`commit`), Enter at once. `set` puts a value from the URL in the box.
 */
export function useDraft(commit: (q: string) => void) {
  const [draft, setDraft] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    draft,
    set: setDraft,
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

/**
 * State that lives in the query string: read on mount and on Back/Forward, written with
 * replaceState when it changes. `mounted` is false until the URL has been read (the server HTML
 * and the first render show the no-JavaScript view).
 */
export function useUrlState<S>(parse: (search: string) => S, serialize: (state: S) => string, initial: S, onRead?: (state: S) => void) {
  const [state, setState] = useState<S>(initial);
  const [mounted, setMounted] = useState(false);
  const onReadRef = useRef(onRead);
  onReadRef.current = onRead;
  useEffect(() => {
    const fromUrl = () => {
      const parsed = parse(location.search);
      setState(parsed);
      onReadRef.current?.(parsed);
    };
    fromUrl();
    setMounted(true);
    addEventListener('popstate', fromUrl);
    return () => removeEventListener('popstate', fromUrl);
    // parse is a module function; read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const query = serialize(state);
  useEffect(() => {
    if (mounted && query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  }, [query, mounted]);
  return { state, setState, mounted, query };
}
