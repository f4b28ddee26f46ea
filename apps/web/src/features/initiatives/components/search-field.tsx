import { useId, useState } from 'react';
import { useDebouncedCallback } from '@/hooks/use-debounced-callback';
import { useT } from '@/lib/i18n';

/** Debounced free-text search; Enter applies it at once. */
export function SearchField({
  value,
  onCommit,
}: {
  value: string;
  onCommit: (value: string) => void;
}) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  const { run, flush } = useDebouncedCallback((next: string) => onCommit(next.trim()), 350);

  // The URL changed from elsewhere (Clear filters, Back): show it, unless it is what is being typed.
  if (value !== committed) {
    setCommitted(value);
    if (value !== draft.trim()) setDraft(value);
  }

  return (
    <div className="field field--search">
      <label htmlFor={id}>{t('initiatives.filters.search')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        maxLength={200}
        autoComplete="off"
        aria-describedby={hintId}
        onChange={(event) => {
          setDraft(event.target.value);
          run(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            flush();
          }
        }}
      />
      <span id={hintId} className="field__hint">
        {t('initiatives.filters.searchHint')}
      </span>
    </div>
  );
}
