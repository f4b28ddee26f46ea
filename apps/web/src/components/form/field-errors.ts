import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiRequestError } from '@/lib/api-client';
import type { ErrorSummaryItem } from './error-summary';

export type FlatFieldError = {
  /** The form path, `participants.2.countryCode`; `participants` for an error on the whole list. */
  path: string;
  message: string;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * react-hook-form's nested error tree as a flat list in the order the schema reported them (which
 * follows the form's field order). `root` errors of a list are reported on the list itself.
 */
export function flattenFieldErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
): FlatFieldError[] {
  const out: FlatFieldError[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!isRecord(node)) return;
    if (typeof node.message === 'string' && node.message !== '') {
      out.push({ path: path.join('.'), message: node.message });
    }
    for (const [key, child] of Object.entries(node)) {
      // `ref`, `type`, `types` and `message` describe this node, not a child field.
      if (key === 'ref' || key === 'type' || key === 'types' || key === 'message') continue;
      walk(child, key === 'root' ? path : [...path, key]);
    }
  };
  walk(errors, []);
  return out;
}

/** A DOM id for a form field: stable, so the error summary can link to it. */
export function fieldDomId(formId: string, path: string): string {
  return `${formId}-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * The error summary's entries for a form of plain fields: the server's form-wide problem
 * (`root.server`) first, linked to `rootField`, then each field's own message in form order.
 */
export function summaryItems<T extends FieldValues, F extends keyof T & string>(
  errors: FieldErrors<T>,
  fields: readonly F[],
  targetId: (field: F) => string,
  rootField: F,
): ErrorSummaryItem[] {
  const server = errors.root?.server?.message;
  return [
    ...(server ? [{ targetId: targetId(rootField), message: server }] : []),
    ...fields.flatMap((field) => {
      const message = errors[field]?.message;
      return typeof message === 'string' && message !== ''
        ? [{ targetId: targetId(field), message }]
        : [];
    }),
  ];
}

/**
 * Puts a refused submission on a form of plain fields: each API issue naming one of `fields` on
 * that field (a wrong current password, a taken email), else the whole refusal as the form's
 * `root.server` problem, worded by `describe`.
 */
export function setServerErrors<T extends FieldValues, F extends Path<T>>(
  error: unknown,
  fields: readonly F[],
  setError: UseFormSetError<T>,
  describe: (error: unknown) => string,
): void {
  const issues = error instanceof ApiRequestError ? error.issues : [];
  const onFields = issues.filter((issue) => (fields as readonly string[]).includes(issue.path));
  for (const issue of onFields) {
    setError(issue.path as F, { type: 'server', message: issue.message });
  }
  if (onFields.length === 0) setError('root.server', { type: 'server', message: describe(error) });
}
