import { useId, useState, type ReactNode } from 'react';
import { useT } from '@/lib/i18n';
import { rankChoices } from '../utils/choices';

export type ChoicePickerProps<T> = {
  label: string;
  hint: string;
  /** Undefined while the choices load. */
  choices: readonly T[] | undefined;
  keyOf: (choice: T) => string;
  nameOf: (choice: T) => string;
  words: (choice: T) => { exact: readonly string[]; names: readonly string[] };
  /** Extra content after the name (badges, a code); not part of the button's name. */
  detail?: (choice: T) => ReactNode;
  /** Keys already in the list: offered no more. */
  taken: readonly string[];
  onPick: (choice: T) => void;
  /** "Add Germany" */
  addLabel: (name: string) => string;
};

/**
 * A search box that lists matching choices as "Add …" buttons: plain controls, so it works the same
 * with a keyboard, a screen reader or a mouse. Enter adds the best match.
 */
export function ChoicePicker<T>({
  label,
  hint,
  choices,
  keyOf,
  nameOf,
  words,
  detail,
  taken,
  onPick,
  addLabel,
}: ChoicePickerProps<T>) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const statusId = useId();
  const [text, setText] = useState('');
  const matches = choices
    ? rankChoices(
        choices.filter((choice) => !taken.includes(keyOf(choice))),
        text,
        words,
      )
    : [];

  const pick = (choice: T) => {
    onPick(choice);
    setText('');
    document.getElementById(inputId)?.focus();
  };

  return (
    <div className="choice-picker">
      <div className="field">
        <label htmlFor={inputId}>{label}</label>
        <span id={hintId} className="field__hint">
          {hint}
        </span>
        <input
          id={inputId}
          type="search"
          value={text}
          autoComplete="off"
          aria-describedby={`${hintId} ${statusId}`}
          disabled={!choices}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // Enter in the search box adds the best match instead of submitting the form.
            event.preventDefault();
            const first = matches[0];
            if (first) pick(first);
          }}
        />
      </div>
      <p id={statusId} className="muted choice-picker__status" role="status">
        {!choices
          ? t('editor.picker.loading')
          : text.trim() === ''
            ? ''
            : matches.length === 0
              ? t('editor.picker.noMatches', { text: text.trim() })
              : t('editor.picker.matches', { count: matches.length })}
      </p>
      {matches.length > 0 ? (
        <ul className="choice-picker__results">
          {matches.map((choice) => (
            <li key={keyOf(choice)}>
              <button
                type="button"
                className="button button--secondary choice-picker__add"
                onClick={() => pick(choice)}
              >
                {addLabel(nameOf(choice))}
              </button>
              {detail ? <span className="choice-picker__detail">{detail(choice)}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
