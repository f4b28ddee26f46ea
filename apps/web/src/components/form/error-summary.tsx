import { useEffect, useId, useRef, type MouseEvent } from 'react';

export type ErrorSummaryItem = {
  /** The DOM id of the field to move to. */
  targetId: string;
  message: string;
};

/**
 * The list of problems at the top of a form (GOV.UK pattern): it takes focus whenever a submission
 * fails (`focusKey` changes), and each entry moves focus to its field.
 */
export function ErrorSummary({
  title,
  items,
  focusKey,
}: {
  title: string;
  items: readonly ErrorSummaryItem[];
  /** Changes on every failed submission, so the summary is announced again. */
  focusKey: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const visible = items.length > 0;
  useEffect(() => {
    if (visible && focusKey > 0) ref.current?.focus();
  }, [focusKey, visible]);

  if (!visible) return null;

  const moveTo = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView?.({ block: 'center' });
    target.focus();
  };

  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.targetId}:${item.message}`}>
            <a href={`#${item.targetId}`} onClick={(event) => moveTo(event, item.targetId)}>
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
