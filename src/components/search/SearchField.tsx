interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  onType: (q: string) => void;
  onSubmit: () => void;
  submit: string;
}

/** A labelled search box with a hint and a submit button; the parent keeps the value. */
export function SearchField({ id, label, hint, value, onType, onSubmit, submit }: Props) {
  return (
    <form
      role="search"
      aria-labelledby={`${id}-label`}
      className="story-search__form"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-q`} id={`${id}-label`}>
          {label}
        </label>
        <p className="ds-paragraph" data-size="sm" data-field="description" id={`${id}-hint`}>
          {hint}
        </p>
        <div className="story-search__row">
          <input
            className="ds-input"
            type="search"
            id={`${id}-q`}
            name="q"
            value={value}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            onChange={(e) => onType(e.target.value)}
            data-search-input
          />
          <button className="ds-button" type="submit" data-variant="primary">
            {submit}
          </button>
        </div>
      </div>
    </form>
  );
}
