import type { RefObject } from 'react';
import { scopeLabels, storySearchText } from '../../i18n/story-search';
import { sokIslandText } from '../../i18n/sok';
import type { Hit } from '../../lib/search-hit';

interface Props {
  id: string;
  hits: Hit[];
  total: number;
  list: RefObject<HTMLOListElement | null>;
  onMore: () => void;
}

/** The hits of a search with their type, a batch at a time, and «Vis flere treff». */
export function ResultList({ id, hits, total, list, onMore }: Props) {
  const text = storySearchText;
  return (
    <section>
      <h2 id={`${id}-results`} className="ds-heading" data-size="sm">
        {text.results}
      </h2>
      <ol className="story-search__results" data-search-results ref={list}>
        {hits.map((h) => (
          <li key={h.url} data-result={h.url}>
            <h3 className="ds-heading" data-size="xs">
              <a className="ds-link" href={h.href}>
                {h.title}
              </a>
            </h3>
            {h.section && (
              <p className="meta" data-result-section>
                {h.section}
              </p>
            )}
            <p className="story-search__tags">
              {h.type && (
                <span className="ds-tag" data-color="neutral" data-result-type={h.type}>
                  {sokIslandText.type[h.type]}
                </span>
              )}
              {h.scope && (
                <span className="ds-tag" data-color={h.scope === 'state' ? 'accent' : 'success'}>
                  {h.scope === 'state' ? scopeLabels.state : scopeLabels.open}
                </span>
              )}
            </p>
            {/* Pagefind escapes the page text and adds only <mark> (its documented contract). */}
            <p
              className="ds-paragraph"
              data-size="sm"
              dangerouslySetInnerHTML={{ __html: h.excerpt }}
            />
          </li>
        ))}
      </ol>
      {hits.length < total && (
        <p className="story-search__more">
          <span className="meta" data-search-shown>
            {text.shown(hits.length, total)}
          </span>{' '}
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            onClick={onMore}
            data-search-more
          >
            {text.more}
          </button>
        </p>
      )}
    </section>
  );
}

/**
 * The live region: the count when done, else what is going on. Always rendered, so it is announced.
 * «Søker …» is shown but not announced: a screen reader heard it before every count (review of 6
 * December 2026, part 4), and the count follows. `shownKey` (the query string of the search shown)
 * tells a test which query the status is for.
 */
export function SearchStatusLine({
  status,
  total,
  failed,
  shownKey,
}: {
  status: string;
  total: number;
  failed: string;
  shownKey: string;
}) {
  const text = storySearchText;
  const live =
    status === 'done' ? (
      text.count(total)
    ) : status === 'failed' ? (
      failed
    ) : status === 'loading' ? (
      <span aria-hidden="true">{text.loading}</span>
    ) : (
      ''
    );
  return (
    <p
      className="story-search__count"
      role="status"
      data-search-status={status}
      data-search-for={shownKey}
    >
      {live}
    </p>
  );
}
