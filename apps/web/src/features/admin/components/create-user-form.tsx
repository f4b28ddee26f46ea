import { zodResolver } from '@hookform/resolvers/zod';
import {
  createUserInputSchema,
  passwordMinLength,
  roles,
  type CreateUserInput,
} from '@tracker/shared';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ErrorSummary } from '@/components/form/error-summary';
import { fieldDomId, setServerErrors, summaryItems } from '@/components/form/field-errors';
import { FormField } from '@/components/form/form-field';
import { useErrorMessage } from '@/components/ui/states';
import { useT } from '@/lib/i18n';
import { useCreateUser } from '../api/users';

type Values = z.input<typeof createUserInputSchema>;
const fields = ['email', 'name', 'role', 'password'] as const;

/** Creates an account with a role and a first password the administrator hands over. */
export function CreateUserForm() {
  const t = useT();
  const formId = useId();
  const messageOf = useErrorMessage();
  const create = useCreateUser();
  const [failed, setFailed] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values, unknown, CreateUserInput>({
    resolver: zodResolver(createUserInputSchema),
    defaultValues: { email: '', name: '', role: 'editor', password: '' },
    // The error summary takes focus on a failed submit, not the first field.
    shouldFocusError: false,
  });
  const id = (field: (typeof fields)[number]) => fieldDomId(formId, field);

  const submit = handleSubmit(
    async (input) => {
      setCreated(null);
      try {
        const user = await create.mutateAsync(input);
        reset({ email: '', name: '', role: 'editor', password: '' });
        setCreated(
          t('admin.users.created', { name: user.name, role: t(`auth.role.${user.role}`) }),
        );
      } catch (error) {
        setServerErrors(error, fields, setError, (cause) =>
          cause instanceof Error ? messageOf(cause) : t('error.unexpected'),
        );
        setFailed((count) => count + 1);
      }
    },
    () => setFailed((count) => count + 1),
  );

  const items = summaryItems(errors, fields, id, 'email');

  return (
    <form
      className="form form--narrow"
      noValidate
      aria-label={t('admin.users.createTitle')}
      onSubmit={(event) => void submit(event)}
    >
      <ErrorSummary title={t('admin.errorSummary')} items={items} focusKey={failed} />
      <div role="status">{created}</div>
      <FormField
        id={id('name')}
        label={t('admin.users.name')}
        error={errors.name?.message}
        required
      >
        {(control) => <input {...control} {...register('name')} type="text" autoComplete="off" />}
      </FormField>
      <FormField
        id={id('email')}
        label={t('admin.users.email')}
        error={errors.email?.message}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('email')}
            type="email"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </FormField>
      <FormField
        id={id('role')}
        label={t('admin.users.role')}
        hint={t('admin.users.roleHint')}
        error={errors.role?.message}
        required
      >
        {(control) => (
          <select {...control} {...register('role')}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`auth.role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id={id('password')}
        label={t('admin.users.password')}
        hint={t('admin.users.passwordHint', { min: passwordMinLength })}
        error={errors.password?.message}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('password')}
            type="password"
            autoComplete="new-password"
          />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {t('admin.users.create')}
        </button>
      </div>
    </form>
  );
}
