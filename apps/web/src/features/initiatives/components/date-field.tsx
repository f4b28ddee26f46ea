import { useId, useState } from 'react';
import { useDebouncedCallback } from '@/hooks/use-debounced-callback';

/** A year a reader is still typing (0002, 0020, 0202…) is not a date to filter by yet. */
const completeDate = /^[12]\d{3}-\d{2}-\d{2}$/;

export type DateFieldProps = {
  label: string;
  hint?: string;
  value: string | undefined;
  min?: string | undefined;
  max?: string | undefined;
  onCommit: (value: string | undefined) => void;
};

/**
 * A native date input that applies a date once it is complete and the reader pauses (or leaves the
 * field, or presses Enter), so typing a year digit by digit does not fire a request per digit.
 */
export function DateField({ label, hint, value, min, max, onCommit }: DateFieldProps) {
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [committed, setCommitted] = useState(value ?? '');
  const { run, flush } = useDebouncedCallback((next: string) => {
    if (next === '' || completeDate.test(next)) onCommit(next || undefined);
  }, 600);

  // The URL changed from elsewhere (a chip removed, Back): show it.
  if ((value ?? '') !== committed) {
    setCommitted(value ?? '');
    setDraft(value ?? '');
  }

  return (
    <div className="field field--date">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={draft}
        min={min}
        max={max}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          run(event.target.value);
        }}
        onBlur={flush}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            flush();
          }
        }}
      />
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
