import type { ReactNode } from 'react';

/**
 * An inline "are you sure?" step in place of the button that asked: the question, a primary
 * button that goes ahead and one that backs out, in a group named for what is being confirmed.
 */
export function ConfirmGroup({
  label,
  question,
  confirmLabel,
  cancelLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  /** The group's accessible name. */
  label: string;
  question: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** While the action runs, the confirm button is disabled. */
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={pending}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
