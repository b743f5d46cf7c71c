import { useCallback, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { sokIslandText as text } from '../../i18n/sok';
import { resultTypes } from '../../lib/search-hit';
import { betFor, decodeBets } from '../../lib/search-terms';
import {
  parseSiteSearch,
  siteSearchResults,
  siteSearchToQuery,
  titleWithQuery,
  type SiteSearchState,
} from '../../lib/site-search';
import { NoHits } from './NoHits';
import { ResultList, SearchStatusLine } from './ResultList';
import { SearchField } from './SearchField';
import { useSearchBox } from './useDraft';
import { useSearch } from './useSearch';
import type { Pagefind } from './pagefind';
import { loadQuestions } from './questions';

const empty: SiteSearchState = { q: '', type: null };

interface Props {
  /** Ordliste terms and aliases (encodeBets in src/lib/search-terms.ts): their defining place comes first. */
  bets: string;
  /** Without JavaScript: what to say, and the lists to browse. */
  children?: ReactNode;
  /** The help links for no hits (rendered on the server, so the island does not carry the URLs' text twice). */
  help?: ReactNode;
}

/** The whole-site search on /sok/: every type of page, a type filter, the query in the URL. */
export default function SiteSearch({ bets, children, help }: Props) {
  const id = useId();
  const { state, setState, mounted, query, draft } = useSearchBox(
    parseSiteSearch,
    siteSearchToQuery,
    empty
  );
  const active = state.q !== '';
  const table = useMemo(() => decodeBets(bets), [bets]);
  const find = useCallback(
    (pf: Pagefind, s: SiteSearchState) =>
      siteSearchResults(pf, s, betFor(s.q, table), loadQuestions),
    [table]
  );
  const results = useSearch(mounted && active ? state : null, mounted ? query : '', find);
  const input = useRef<HTMLDivElement>(null);
  const title = useRef<string | null>(null);
  useEffect(() => {
    if (!mounted) return;
    title.current ??= document.title;
    document.title = titleWithQuery(title.current, state.q);
  }, [mounted, state.q]);
  // Arriving without a query (the «Søk» link on a narrow screen): the box is what the reader came for.
  useEffect(() => {
    if (mounted && !parseSiteSearch(location.search).q)
      input.current?.querySelector('input')?.focus();
  }, [mounted]);

  if (!mounted) return <div className="site-search-page">{children}</div>;

  const { status, hits, total } = results;
  return (
    <div className="story-search story-search--ready" data-site-search>
      <div className="story-search__panel" ref={input}>
        <SearchField
          id={id}
          label={text.label}
          hint={text.hint}
          value={draft.draft}
          onType={draft.onType}
          onSubmit={draft.submit}
          submit={text.submit}
        />
        <fieldset className="ds-fieldset site-search-types" data-type-filter>
          <legend className="ds-label">{text.typeLegend}</legend>
          {[null, ...resultTypes].map((type) => (
            <div className="ds-field" key={type ?? 'alle'}>
              <input
                className="ds-input"
                type="radio"
                name={`${id}-type`}
                id={`${id}-type-${type ?? 'alle'}`}
                value={type ?? ''}
                checked={state.type === type}
                data-type={type ?? 'alle'}
                onChange={() => setState((s) => ({ ...s, type }))}
              />
              <label
                className="ds-label"
                data-weight="regular"
                htmlFor={`${id}-type-${type ?? 'alle'}`}
              >
                {type ? text.typeFilter[type] : text.allTypes}
              </label>
            </div>
          ))}
        </fieldset>
      </div>
      <SearchStatusLine
        status={active ? status : 'idle'}
        total={total}
        failed={text.failed}
        shownKey={results.shownKey}
      />
      {active && status === 'done' && hits.length === 0 && (
        <NoHits
          q={state.q}
          typed={state.type !== null}
          onAllTypes={() => setState((s) => ({ ...s, type: null }))}
        >
          {help}
        </NoHits>
      )}
      {active && status === 'done' && hits.length > 0 && (
        <ResultList
          id={id}
          hits={hits}
          total={total}
          list={results.list}
          onMore={results.showMore}
        />
      )}
    </div>
  );
}
