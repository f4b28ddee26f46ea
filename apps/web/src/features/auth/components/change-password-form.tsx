import { zodResolver } from '@hookform/resolvers/zod';
import { changePasswordInputSchema, passwordMinLength } from '@tracker/shared';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ErrorSummary } from '@/components/form/error-summary';
import { fieldDomId, setServerErrors, summaryItems } from '@/components/form/field-errors';
import { FormField } from '@/components/form/form-field';
import { useErrorMessage } from '@/components/ui/states';
import { useT } from '@/lib/i18n';
import { useChangePassword } from '../api/change-password';

const fields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof fields)[number];

/**
 * The API's own schema plus the confirmation, which only the form has: what the API would refuse
 * is refused here with the same words, and the API's answer is shown the same way.
 */
function useChangePasswordFormSchema() {
  const t = useT();
  return useMemo(
    () =>
      changePasswordInputSchema
        .extend({ confirmPassword: z.string().min(1, t('auth.password.confirmMissing')) })
        .refine((values) => values.confirmPassword === values.newPassword, {
          path: ['confirmPassword'],
          message: t('auth.password.mismatch'),
        }),
    [t],
  );
}

type Schema = ReturnType<typeof useChangePasswordFormSchema>;
type Values = z.input<Schema>;
const emptyValues: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** A signed-in user's own password change: current password, the new one, and its confirmation. */
export function ChangePasswordForm() {
  const t = useT();
  const formId = useId();
  const messageOf = useErrorMessage();
  const change = useChangePassword();
  const schema = useChangePasswordFormSchema();
  const [failed, setFailed] = useState(0);
  const [changed, setChanged] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues: emptyValues,
    // The error summary takes focus on a failed submit, not the first field.
    shouldFocusError: false,
  });
  const id = (field: Field) => fieldDomId(formId, field);

  const submit = handleSubmit(
    async ({ currentPassword, newPassword }) => {
      setChanged(false);
      try {
        await change.mutateAsync({ currentPassword, newPassword });
        // Passwords never stay in the form once they are no longer needed.
        reset(emptyValues);
        setChanged(true);
      } catch (error) {
        // A wrong current password, or a new one that is too common, is put on its field.
        setServerErrors(error, fields, setError, (cause) =>
          cause instanceof Error ? messageOf(cause) : t('error.unexpected'),
        );
        setFailed((count) => count + 1);
      }
    },
    () => {
      setChanged(false);
      setFailed((count) => count + 1);
    },
  );

  const items = summaryItems(errors, fields, id, 'currentPassword');

  return (
    <form
      className="form form--narrow"
      noValidate
      aria-label={t('auth.password.title')}
      onSubmit={(event) => void submit(event)}
    >
      <ErrorSummary title={t('auth.errorSummary')} items={items} focusKey={failed} />
      <div role="status">{changed ? t('auth.password.changed') : null}</div>
      <FormField
        id={id('currentPassword')}
        label={t('auth.password.current')}
        error={errors.currentPassword?.message}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('currentPassword')}
            type="password"
            autoComplete="current-password"
          />
        )}
      </FormField>
      <FormField
        id={id('newPassword')}
        label={t('auth.password.new')}
        hint={t('auth.password.newHint', { min: passwordMinLength })}
        error={errors.newPassword?.message}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('newPassword')}
            type="password"
            autoComplete="new-password"
          />
        )}
      </FormField>
      <FormField
        id={id('confirmPassword')}
        label={t('auth.password.confirm')}
        error={errors.confirmPassword?.message}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('confirmPassword')}
            type="password"
            autoComplete="new-password"
          />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('auth.password.submitting') : t('auth.password.submit')}
        </button>
      </div>
    </form>
  );
}
