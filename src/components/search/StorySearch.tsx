import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { historierText } from '../../i18n/historier';
import { pagefindOptions, RESULTS_STEP } from '../../lib/search-options';
import { facetKeys, facets, type FacetKey } from '../../lib/stories';
import {
  isActive, parseSearchState, searchCounts, searchResults, searchStateToQuery, toggle, type PagefindLike, type SearchState,
} from '../../lib/story-search';

const text = historierText;
/** Built by scripts/pagefind-index.mjs after `astro build`; not part of the Vite bundle. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
const DEBOUNCE_MS = 300;

type Counts = Record<FacetKey, Record<string, number>>;
interface PagefindResult { id: string; data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined> }> }
interface Hit { url: string; title: string; excerpt: string; type: string; scope?: string }
type ResultData = Awaited<ReturnType<PagefindResult['data']>>;
const toHit = (d: ResultData): Hit => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, type: d.meta.type ?? '', scope: d.meta.omfang });
type Status = 'idle' | 'loading' | 'done' | 'failed';

interface Props {
  /** Counts over all stories (from counts() at build time), shown before any search. */
  baseline: Counts;
  /** The plain list, shown without JavaScript and whenever nothing is searched or ticked. */
  children?: ReactNode;
}

let pagefind: Promise<PagefindLike<PagefindResult>> | null = null;
function loadPagefind() {
  pagefind ??= (async () => {
    const pf = await import(/* @vite-ignore */ PAGEFIND_URL);
    await pf.options(pagefindOptions);
    return pf as PagefindLike<PagefindResult>;
  })();
  return pagefind;
}

/**
 * Search and filters over the stories and regelverk pages (Pagefind). Without JavaScript, only
 * the children render: the list and the links to the static filter pages. The query and the
 * ticked values live in the URL, so a link reproduces the view.
 */
export default function StorySearch({ baseline, children }: Props) {
  const id = useId();
  const [mounted, setMounted] = useState(false);
  const [state, setState] = useState<SearchState>({ q: '', selection: {} });
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [hits, setHits] = useState<Hit[]>([]);
  const [total, setTotal] = useState(0);
  const results = useRef<PagefindResult[]>([]);
  const generation = useRef(0);
  const focusFrom = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  /** null: not known for this search (hidden); while new ones load, the last ones stay. */
  const [counts, setCounts] = useState<Counts | null>(baseline);
  /** 'later': a text search, and nobody has reached for the filters yet, so their index is not fetched. */
  const [countsState, setCountsState] = useState<'ready' | 'loading' | 'later'>('ready');
  const [filtersUsed, setFiltersUsed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const active = isActive(state);
  const ticked = facetKeys.some((k) => (state.selection[k] ?? []).length > 0);
  // The counts need Pagefind's whole filter index (tens of kB with thousands of stories), so a
  // plain text search waits until the reader moves to the filters or ticks one.
  const wantCounts = filtersUsed || ticked;

  useEffect(() => {
    const fromUrl = () => {
      const parsed = parseSearchState(location.search);
      setState(parsed);
      setDraft(parsed.q);
    };
    fromUrl();
    setMounted(true);
    addEventListener('popstate', fromUrl);
    return () => removeEventListener('popstate', fromUrl);
  }, []);

  useEffect(() => {
    if (!mounted) return;
    const query = searchStateToQuery(state);
    if (query !== location.search) history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    if (!isActive(state)) {
      setStatus('idle');
      setHits([]);
      setTotal(0);
      return;
    }
    let stale = false;
    const run = ++generation.current;
    setStatus('loading');
    (async () => {
      const pf = await loadPagefind();
      const found = await searchResults(pf, state);
      const data = await Promise.all(found.slice(0, RESULTS_STEP).map((r) => r.data()));
      if (stale || run !== generation.current) return;
      results.current = found;
      setHits(data.map(toHit));
      setTotal(found.length);
      setStatus('done');
    })().catch(() => { if (!stale) setStatus('failed'); });
    return () => { stale = true; };
  }, [state, mounted]);

  useEffect(() => {
    if (!mounted) return;
    if (!isActive(state)) {
      setCounts(baseline);
      setCountsState('ready');
      return;
    }
    if (!wantCounts) {
      setCounts(null);
      setCountsState('later');
      return;
    }
    let stale = false;
    setCountsState('loading');
    (async () => {
      const next = await searchCounts(await loadPagefind(), state);
      if (stale) return;
      setCounts(next);
      setCountsState('ready');
    })().catch(() => { if (!stale) setCountsState('later'); });
    return () => { stale = true; };
  }, [state, mounted, wantCounts]);

  // Fetches the next results' text; focus goes to the first new one, so a keyboard user goes on from there.
  const showMore = async () => {
    const run = generation.current;
    const from = hits.length;
    try {
      const data = await Promise.all(results.current.slice(from, from + RESULTS_STEP).map((r) => r.data()));
      if (run !== generation.current) return;
      focusFrom.current = from;
      setHits((h) => [...h, ...data.map(toHit)]);
    } catch {
      if (run === generation.current) setStatus('failed');
    }
  };
  useEffect(() => {
    if (focusFrom.current === null) return;
    list.current?.querySelectorAll<HTMLAnchorElement>('[data-result] a')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [hits]);

  const search = (q: string) => setState((s) => ({ ...s, q }));
  const onType = (q: string) => {
    setDraft(q);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => search(q), DEBOUNCE_MS);
  };
  const clear = () => {
    clearTimeout(timer.current);
    setDraft('');
    setState({ q: '', selection: {} });
  };

  if (!mounted) return <div className="story-search">{children}</div>;

  const live = status === 'done' ? text.search.count(total) : status === 'failed' ? text.search.failed : status === 'loading' ? text.search.loading : '';
  return (
    <div className="story-search story-search--ready" data-story-search>
      <section className="story-search__panel" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="ds-heading" data-size="sm">{text.search.title}</h2>
        <form role="search" className="story-search__form" onSubmit={(e) => { e.preventDefault(); clearTimeout(timer.current); search(draft); }}>
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-q`}>{text.search.label}</label>
            <p className="ds-paragraph" data-size="sm" data-field="description" id={`${id}-hint`}>{text.search.hint}</p>
            <div className="story-search__row">
              <input className="ds-input" type="search" id={`${id}-q`} name="q" value={draft} autoComplete="off"
                aria-describedby={`${id}-hint`} onChange={(e) => onType(e.target.value)} data-search-input />
              <button className="ds-button" type="submit" data-variant="primary">{text.search.submit}</button>
            </div>
          </div>
        </form>
        <div className="story-search__filters" role="group" aria-labelledby={`${id}-filters`} aria-busy={countsState === 'loading'} data-counts={countsState}
          onFocus={() => setFiltersUsed(true)} onPointerEnter={() => setFiltersUsed(true)}>
          <p id={`${id}-filters`} className="ds-heading" data-size="2xs">{text.search.filters}</p>
          <p className="meta">{text.search.filterHelp}</p>
          <div className="story-search__groups">
            {facets.map((f) => {
              const values = f.values.filter((v) => (baseline[f.key][v.id] ?? 0) > 0);
              if (values.length === 0) return null;
              return (
                <fieldset className="ds-fieldset" key={f.key} data-facet={f.key}>
                  <legend className="ds-label">{text.facets[f.key]}</legend>
                  {values.map((v) => {
                    const checked = (state.selection[f.key] ?? []).includes(v.id);
                    const n = counts ? counts[f.key][v.id] ?? 0 : undefined;
                    return (
                      <div className="ds-field" key={v.id}>
                        <input className="ds-input" type="checkbox" id={`${id}-${f.key}-${v.id}`} checked={checked} data-filter={`${f.key}:${v.id}`}
                          onChange={(e) => setState((s) => ({ ...s, selection: toggle(s.selection, f.key, v.id, e.target.checked) }))} />
                        <label className="ds-label" data-weight="regular" htmlFor={`${id}-${f.key}-${v.id}`}>
                          {v.label}{n !== undefined && <> <span className="meta" data-count={n}>({n})</span></>}
                        </label>
                      </div>
                    );
                  })}
                </fieldset>
              );
            })}
          </div>
          {active && <button type="button" className="ds-button" data-variant="secondary" onClick={clear}>{text.search.clear}</button>}
        </div>
      </section>
      <p className="story-search__count" role="status" data-search-status={status}>{live}</p>
      {active && status === 'done' && hits.length === 0 && <p>{text.search.none}</p>}
      {active && status === 'done' && hits.length > 0 && (
        <section aria-labelledby={`${id}-results`}>
          <h2 id={`${id}-results`} className="ds-heading" data-size="sm">{text.search.results}</h2>
          <ol className="story-search__results" data-search-results ref={list}>
            {hits.map((h) => (
              <li key={h.url} data-result={h.url}>
                <h3 className="ds-heading" data-size="xs"><a className="ds-link" href={h.url}>{h.title}</a></h3>
                <p className="story-search__tags">
                  <span className="ds-tag" data-color="neutral" data-result-type={h.type}>{h.type === 'historie' ? text.search.type.historie : text.search.type.regelverk}</span>
                  {h.scope && <span className="ds-tag" data-color={h.scope === 'state' ? 'accent' : 'success'}>{h.scope === 'state' ? text.scope.state : text.scope.open}</span>}
                </p>
                {/* Pagefind escapes the page text and adds only <mark> (its documented contract). */}
                <p className="ds-paragraph" data-size="sm" dangerouslySetInnerHTML={{ __html: h.excerpt }} />
              </li>
            ))}
          </ol>
          {hits.length < total && (
            <p className="story-search__more">
              <span className="meta" data-search-shown>{text.search.shown(hits.length, total)}</span>{' '}
              <button type="button" className="ds-button" data-variant="secondary" onClick={showMore} data-search-more>{text.search.more}</button>
            </p>
          )}
        </section>
      )}
      <div hidden={active}>{children}</div>
    </div>
  );
}
