import { historierText } from '../../i18n/historier';
import { facets, type Selection } from '../../lib/stories';
import type { Counts } from './useFacetCounts';

interface Props {
  id: string;
  baseline: Counts;
  counts: Counts | null;
  selection: Selection;
  onToggle: (facet: (typeof facets)[number]['key'], value: string, on: boolean) => void;
}

/** The story filters: a fieldset per group, a checkbox per value that has stories, with its count when known. */
export function FacetFilters({ id, baseline, counts, selection, onToggle }: Props) {
  return (
    <div className="story-search__groups">
      {facets.map((f) => {
        const values = f.values.filter((v) => (baseline[f.key][v.id] ?? 0) > 0);
        if (values.length === 0) return null;
        return (
          <fieldset className="ds-fieldset" key={f.key} data-facet={f.key}>
            <legend className="ds-label">{historierText.facets[f.key]}</legend>
            {values.map((v) => {
              const checked = (selection[f.key] ?? []).includes(v.id);
              const n = counts ? (counts[f.key][v.id] ?? 0) : undefined;
              return (
                <div className="ds-field" key={v.id}>
                  <input
                    className="ds-input"
                    type="checkbox"
                    id={`${id}-${f.key}-${v.id}`}
                    checked={checked}
                    data-filter={`${f.key}:${v.id}`}
                    onChange={(e) => onToggle(f.key, v.id, e.target.checked)}
                  />
                  <label
                    className="ds-label"
                    data-weight="regular"
                    htmlFor={`${id}-${f.key}-${v.id}`}
                  >
                    {v.label}
                    {n !== undefined && (
                      <>
                        {' '}
                        <span className="meta" data-count={n}>
                          ({n})
                        </span>
                      </>
                    )}
                  </label>
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
