import { zodResolver } from '@hookform/resolvers/zod';
import { loginInputSchema } from '@tracker/shared';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorSummary } from '@/components/form/error-summary';
import { fieldDomId, summaryItems } from '@/components/form/field-errors';
import { FormField } from '@/components/form/form-field';
import { useErrorMessage } from '@/components/ui/states';
import { ApiRequestError } from '@/lib/api-client';
import { useT } from '@/lib/i18n';
import { useSignIn } from '../api/sign-in';

type SignInValues = z.input<typeof loginInputSchema>;

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useT();
  const formId = useId();
  const messageOf = useErrorMessage();
  const signIn = useSignIn();
  const [failedSubmits, setFailedSubmits] = useState(0);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SignInValues, unknown, z.output<typeof loginInputSchema>>({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { email: '', password: '' },
    // The error summary takes focus on a failed submit, not the first field.
    shouldFocusError: false,
  });
  const emailId = fieldDomId(formId, 'email');
  const passwordId = fieldDomId(formId, 'password');

  const onSubmit = handleSubmit(
    async (values) => {
      try {
        await signIn.mutateAsync(values);
        onSignedIn();
      } catch (error) {
        // The same words for an unknown email and a wrong password: the API does not say which.
        const message =
          error instanceof ApiRequestError && error.status === 401
            ? t('auth.signIn.failed')
            : error instanceof Error
              ? messageOf(error)
              : t('error.unexpected');
        setError('root.server', { message });
        setFailedSubmits((count) => count + 1);
      }
    },
    () => setFailedSubmits((count) => count + 1),
  );

  const items = summaryItems(
    errors,
    ['email', 'password'],
    (field) => (field === 'email' ? emailId : passwordId),
    'email',
  );

  return (
    <form className="form form--narrow" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary title={t('auth.errorSummary')} items={items} focusKey={failedSubmits} />
      <FormField id={emailId} label={t('auth.signIn.email')} error={errors.email?.message} required>
        {(control) => (
          <input
            {...control}
            {...register('email')}
            type="email"
            autoComplete="username"
            spellCheck={false}
          />
        )}
      </FormField>
      <FormField
        id={passwordId}
        label={t('auth.signIn.password')}
        error={errors.password?.message}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('password')}
            type="password"
            autoComplete="current-password"
          />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </button>
      </div>
    </form>
  );
}
