import { useId, useState, type ReactNode } from 'react';
import { historierText } from '../../i18n/historier';
import { facetKeys } from '../../lib/stories';
import {
  isActive,
  parseSearchState,
  searchResults,
  searchStateToQuery,
  STORIES_ONLY,
  toggle,
  type SearchState,
} from '../../lib/story-search';
import { FacetFilters } from './FacetFilters';
import { ResultList, SearchStatusLine } from './ResultList';
import { SearchField } from './SearchField';
import { useFacetCounts, type Counts } from './useFacetCounts';
import { useSearchBox } from './useDraft';
import { useSearch } from './useSearch';
import type { Pagefind } from './pagefind';

const text = historierText;
const empty: SearchState = { q: '', selection: {} };
const findStories = (pf: Pagefind, state: SearchState) => searchResults(pf, state, STORIES_ONLY);

interface Props {
  /** Counts over all stories (from counts() at build time), shown before any search. */
  baseline: Counts;
  /** The plain list, shown without JavaScript and whenever nothing is searched or ticked. */
  children?: ReactNode;
}

/**
 * Search and filters over the stories (Pagefind; /sok/ searches the whole site). Without
 * JavaScript, only the children render: the list and the links to the static filter pages. The
 * query and the ticked values live in the URL, so a link reproduces the view.
 */
export default function StorySearch({ baseline, children }: Props) {
  const id = useId();
  const { state, setState, mounted, query, draft } = useSearchBox(
    parseSearchState,
    searchStateToQuery,
    empty
  );
  const active = isActive(state);
  const [filtersUsed, setFiltersUsed] = useState(false);
  const ticked = facetKeys.some((k) => (state.selection[k] ?? []).length > 0);
  const results = useSearch(mounted && active ? state : null, mounted ? query : '', findStories);
  const { counts, countsState } = useFacetCounts(
    state,
    query,
    mounted,
    filtersUsed || ticked,
    baseline
  );

  if (!mounted) return <div className="story-search">{children}</div>;

  const clear = () => {
    draft.clear();
    setState(empty);
  };
  const { status, hits, total } = results;
  return (
    <div className="story-search story-search--ready" data-story-search>
      <section className="story-search__panel">
        <h2 id={`${id}-title`} className="ds-heading" data-size="sm">
          {text.search.title}
        </h2>
        <SearchField
          id={id}
          label={text.search.label}
          hint={text.search.hint}
          value={draft.draft}
          onType={draft.onType}
          onSubmit={draft.submit}
          submit={text.search.submit}
        />
        <div
          className="story-search__filters"
          role="group"
          aria-labelledby={`${id}-filters`}
          aria-busy={countsState === 'loading'}
          data-counts={countsState}
          onFocus={() => setFiltersUsed(true)}
          onPointerEnter={() => setFiltersUsed(true)}
        >
          <p id={`${id}-filters`} className="ds-heading" data-size="2xs">
            {text.search.filters}
          </p>
          <p className="meta">{text.search.filterHelp}</p>
          <FacetFilters
            id={id}
            baseline={baseline}
            counts={counts}
            selection={state.selection}
            onToggle={(key, value, on) =>
              setState((s) => ({ ...s, selection: toggle(s.selection, key, value, on) }))
            }
          />
          {active && (
            <button type="button" className="ds-button" data-variant="secondary" onClick={clear}>
              {text.search.clear}
            </button>
          )}
        </div>
      </section>
      <SearchStatusLine
        status={status}
        total={total}
        failed={text.search.failed}
        shownKey={results.shownKey}
      />
      {active && status === 'done' && hits.length === 0 && <p>{text.search.none}</p>}
      {active && status === 'done' && hits.length > 0 && (
        <ResultList
          id={id}
          hits={hits}
          total={total}
          list={results.list}
          onMore={results.showMore}
        />
      )}
      <div hidden={active}>{children}</div>
    </div>
  );
}
