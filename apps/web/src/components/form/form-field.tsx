import type { ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error. */
export type ControlProps = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
};

export type FormFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  /** Marks the visible label "(optional)" etc.; the caller writes it in its language. */
  labelSuffix?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
};

/**
 * A visible label, an optional hint and the field's error right under the label (where a screen
 * reader reads it with the control, through `aria-describedby`), wrapping one control.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  required,
  labelSuffix,
  className,
  children,
}: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div
      className={['field', 'form-field', error ? 'form-field--error' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <label htmlFor={id}>
        {label}
        {labelSuffix ? <span className="form-field__suffix"> {labelSuffix}</span> : null}
      </label>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="form-field__error">
          {error}
        </span>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
    </div>
  );
}

/** A group of controls (radios, checkboxes, a repeated row) with its legend, hint and error. */
export function FormFieldset({
  id,
  legend,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      // Focusable so the error summary can move to a list-level problem.
      tabIndex={-1}
      className={['field', 'form-fieldset', error ? 'form-field--error' : null, className]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={describedBy || undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} className="form-field__error">
          {error}
        </span>
      ) : null}
      {children}
    </fieldset>
  );
}
