import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type MultiSelectOption = {
  value: string;
  label: string;
  /** Shown after the label (e.g. an ISO code); not part of the accessible name. */
  hint?: string;
  /** Other words that find this option when typed in the filter box (aliases, codes, symbols). */
  keywords?: readonly string[];
  /** Options with the same group are listed together under its heading. */
  group?: string;
};

export type MultiSelectProps = {
  /** The visible label of the whole control. */
  label: string;
  /** What the closed control shows: "Any status", "2 selected". */
  summary: string;
  /** Undefined while the choices load. */
  options: readonly MultiSelectOption[] | undefined;
  selected: readonly string[];
  onChange: (values: string[]) => void;
  loadingLabel: string;
  /** A type-to-filter box above the list, for long lists. */
  filter?: { label: string; hint?: string; noMatches: (text: string) => string };
  groupLabel?: (group: string) => string;
  /** Extra controls at the top of the panel (e.g. group picks). */
  header?: ReactNode;
  /** A description under the label, read with the control. */
  hint?: string;
  className?: string;
};

/** Lower case without diacritics: "Türkiye" is found by typing "turkiye". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

function matches(option: MultiSelectOption, needle: string): boolean {
  if (needle === '') return true;
  return [option.label, option.value, ...(option.keywords ?? [])].some((text) =>
    foldText(text).includes(needle),
  );
}

/**
 * A multi-select built from plain controls: a labelled disclosure (`<details>`, so it opens with
 * Enter or Space and Escape closes it) holding a checkbox per option, optionally grouped and
 * filterable by typing. Native controls keep it usable by keyboard and screen reader alike.
 */
export function MultiSelect({
  label,
  summary,
  options,
  selected,
  onChange,
  loadingLabel,
  filter,
  groupLabel,
  header,
  hint,
  className,
}: MultiSelectProps) {
  const legendId = useId();
  const hintId = useId();
  const filterId = useId();
  const filterHintId = useId();
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const [text, setText] = useState('');
  const needle = foldText(text.trim());
  const visible = (options ?? []).filter((option) => matches(option, needle));

  const groups: [string | undefined, MultiSelectOption[]][] = [];
  for (const option of visible) {
    const last = groups.at(-1);
    if (last && last[0] === option.group) last[1].push(option);
    else groups.push([option.group, [option]]);
  }

  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((entry) => entry !== value));

  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const details = detailsRef.current;
    if (event.key !== 'Escape' || !details?.open) return;
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')?.focus();
  };

  const list = (members: MultiSelectOption[]) => (
    <ul className="checkbox-grid">
      {members.map((option) => (
        <li key={option.value}>
          <label className="checkbox">
            <input
              type="checkbox"
              value={option.value}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <span>{option.label}</span>
            {option.hint ? (
              <span className="code" aria-hidden="true">
                {option.hint}
              </span>
            ) : null}
          </label>
        </li>
      ))}
    </ul>
  );

  return (
    <fieldset
      className={['field', 'multi-select', className].filter(Boolean).join(' ')}
      aria-labelledby={legendId}
      aria-describedby={hint ? hintId : undefined}
    >
      <legend id={legendId}>{label}</legend>
      <details ref={detailsRef} className="disclosure" onKeyDown={closeOnEscape}>
        <summary className="disclosure__summary">{summary}</summary>
        <div className="disclosure__panel">
          {header}
          {options === undefined ? (
            <p className="muted">{loadingLabel}</p>
          ) : (
            <>
              {filter ? (
                <div className="field multi-select__filter">
                  <label htmlFor={filterId}>{filter.label}</label>
                  <input
                    id={filterId}
                    type="search"
                    value={text}
                    autoComplete="off"
                    aria-describedby={filter.hint ? filterHintId : undefined}
                    onChange={(event) => setText(event.target.value)}
                    onKeyDown={(event) => {
                      // Enter in the filter box must not submit the surrounding form.
                      if (event.key === 'Enter') event.preventDefault();
                    }}
                  />
                  {filter.hint ? (
                    <span id={filterHintId} className="field__hint">
                      {filter.hint}
                    </span>
                  ) : null}
                </div>
              ) : null}
              {filter && visible.length === 0 ? (
                <p className="muted" role="status">
                  {filter.noMatches(text.trim())}
                </p>
              ) : null}
              {groups.map(([group, members]) =>
                group === undefined ? (
                  <div key="__ungrouped">{list(members)}</div>
                ) : (
                  <fieldset key={group} className="checkbox-group">
                    <legend>{groupLabel ? groupLabel(group) : group}</legend>
                    {list(members)}
                  </fieldset>
                ),
              )}
            </>
          )}
        </div>
      </details>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
    </fieldset>
  );
}
