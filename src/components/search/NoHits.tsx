import type { ReactNode } from 'react';
import { sokIslandText as text } from '../../i18n/sok';

/** No hits on /sok/: what to try, and the lists (children) where the answer may be. */
export function NoHits({
  q,
  typed,
  onAllTypes,
  children,
}: {
  q: string;
  typed: boolean;
  onAllTypes: () => void;
  children: ReactNode;
}) {
  return (
    <section className="box" data-no-hits>
      <h2 id="ingen-treff" className="ds-heading" data-size="sm">
        {text.none(q)}
      </h2>
      <p>{text.noneHelp}</p>
      <ul>
        <li>{text.noneSpelling}</li>
        {typed && (
          <li>
            <button
              type="button"
              className="ds-button"
              data-variant="tertiary"
              onClick={onAllTypes}
            >
              {text.noneType}
            </button>
          </li>
        )}
      </ul>
      {children}
    </section>
  );
}
