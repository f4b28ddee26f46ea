import { createContext, use, type ReactNode } from 'react';
import { get, useFormContext, type FieldPath, type RegisterOptions } from 'react-hook-form';
import { fieldDomId } from '@/components/form/field-errors';
import { FormField, type FormFieldProps } from '@/components/form/form-field';
import type { EditorValues } from '../utils/form-values';

/** The form's DOM id prefix, so every field id (and the summary's links) is unique on the page. */
export const FormIdContext = createContext('initiative-form');

export type EditorPath = FieldPath<EditorValues>;

/** The message react-hook-form holds at `path` (a field, or a list's `root`), if any. */
export function messageAt(errors: unknown, path: string): string | undefined {
  const node: unknown = get(errors, path);
  if (typeof node !== 'object' || node === null || !('message' in node)) return undefined;
  return typeof node.message === 'string' && node.message !== '' ? node.message : undefined;
}

/** The id and the current message of one field. */
export function useEditorField(path: string) {
  const formId = use(FormIdContext);
  const {
    formState: { errors },
  } = useFormContext<EditorValues>();
  return { id: fieldDomId(formId, path), error: messageAt(errors, path) };
}

/** '' for "not stated" becomes null; the schema does the rest. */
export const emptyAsNull = (value: unknown) => (value === '' ? null : value);

type BaseProps = {
  path: EditorPath;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  optionalLabel?: string;
  className?: string;
};

/** The shared field frame for `path`: its id and message, and "(optional)" when not required. */
function EditorFormField({
  path,
  label,
  hint,
  required,
  optionalLabel,
  className,
  children,
}: BaseProps & Pick<FormFieldProps, 'children'>) {
  const { id, error } = useEditorField(path);
  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      error={error}
      required={required}
      labelSuffix={required ? undefined : optionalLabel}
      className={className}
    >
      {children}
    </FormField>
  );
}

export function TextInput({
  type = 'text',
  inputMode,
  options,
  ...field
}: BaseProps & {
  type?: 'text' | 'url' | 'date';
  inputMode?: 'decimal' | 'url';
  options?: RegisterOptions<EditorValues, EditorPath>;
}) {
  const { register } = useFormContext<EditorValues>();
  return (
    <EditorFormField {...field}>
      {(control) => (
        <input
          {...control}
          {...register(field.path, options)}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
        />
      )}
    </EditorFormField>
  );
}

export function TextArea(field: BaseProps) {
  const { register } = useFormContext<EditorValues>();
  return (
    <EditorFormField {...field}>
      {(control) => <textarea {...control} {...register(field.path)} rows={3} />}
    </EditorFormField>
  );
}

export function SelectInput({
  options,
  emptyLabel,
  nullWhenEmpty = false,
  ...field
}: BaseProps & {
  options: readonly { value: string; label: string }[];
  /** The first, empty choice ("Choose…", "Not stated"). */
  emptyLabel?: string;
  /** An optional choice: the empty option means null ("not stated"). */
  nullWhenEmpty?: boolean;
}) {
  const { register } = useFormContext<EditorValues>();
  return (
    <EditorFormField {...field}>
      {(control) => (
        <select
          {...control}
          {...register(field.path, nullWhenEmpty ? { setValueAs: emptyAsNull } : undefined)}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </EditorFormField>
  );
}

export function CheckboxInput({ path, label, hint }: Omit<BaseProps, 'required'>) {
  const { register } = useFormContext<EditorValues>();
  const { id, error } = useEditorField(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field form-field form-field--checkbox">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          {...register(path)}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
          }
        />
        <span>{label}</span>
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
    </div>
  );
}
