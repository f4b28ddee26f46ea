import { roles, type Role, type User } from '@tracker/shared';
import { useId, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { ConfirmGroup } from '@/components/ui/confirm-group';
import { ErrorState, LoadingState, RequestError } from '@/components/ui/states';
import { useFormatDateTime } from '@/hooks/use-format-date-time';
import { useI18n } from '@/lib/i18n';
import { useUpdateUser, useUsers } from '../api/users';

function UserRow({ user, isSelf }: { user: User; isSelf: boolean }) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  const roleId = useId();
  const update = useUpdateUser();
  const [role, setRole] = useState<Role>(user.role);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const disabled = user.disabledAt !== null;

  const save = (input: { role?: Role; disabled?: boolean }, message: string) => {
    setDone(null);
    update.mutate(
      { id: user.id, input },
      {
        onSuccess: () => {
          setConfirming(false);
          setDone(message);
        },
      },
    );
  };

  return (
    <tr>
      <th scope="row">
        {user.name} {isSelf ? <Badge tone="info">{t('admin.users.you')}</Badge> : null}
        <div className="muted">{user.email}</div>
      </th>
      <td>
        <div className="inline-form">
          <label htmlFor={roleId} className="visually-hidden">
            {t('admin.users.roleFor', { name: user.name })}
          </label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            {roles.map((option) => (
              <option key={option} value={option}>
                {t(`auth.role.${option}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            disabled={role === user.role || update.isPending}
            onClick={() =>
              save(
                { role },
                t('admin.users.roleChanged', { name: user.name, role: t(`auth.role.${role}`) }),
              )
            }
          >
            {t('admin.users.changeRole', { name: user.name })}
          </button>
        </div>
      </td>
      <td>
        {disabled ? (
          <Badge tone="danger">{t('admin.users.disabled')}</Badge>
        ) : (
          <Badge tone="success">{t('admin.users.active')}</Badge>
        )}
      </td>
      <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('admin.users.never')}</td>
      <td>
        {disabled ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={update.isPending}
            onClick={() =>
              save({ disabled: false }, t('admin.users.enabledDone', { name: user.name }))
            }
          >
            {t('admin.users.enable', { name: user.name })}
          </button>
        ) : confirming ? (
          <ConfirmGroup
            label={t('admin.users.confirmLabel', { name: user.name })}
            question={t('admin.users.confirmDisable', { name: user.name })}
            confirmLabel={t('admin.users.disableConfirm')}
            cancelLabel={t('editor.cancel')}
            pending={update.isPending}
            onConfirm={() =>
              save({ disabled: true }, t('admin.users.disabledDone', { name: user.name }))
            }
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            disabled={isSelf}
            onClick={() => setConfirming(true)}
          >
            {t('admin.users.disable', { name: user.name })}
          </button>
        )}
        <div role="status" className="muted">
          {done}
        </div>
        <RequestError error={update.error} />
      </td>
    </tr>
  );
}

/** Every account with its role and state; role changes and disabling happen in the row. */
export function UsersTable({ currentUserId }: { currentUserId: string | undefined }) {
  const { t } = useI18n();
  const users = useUsers();
  if (users.isPending) return <LoadingState label={t('admin.users.loading')} />;
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="data-table__caption">
          {t('admin.users.caption', { count: users.data.items.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.users.name')}</th>
            <th scope="col">{t('admin.users.role')}</th>
            <th scope="col">{t('admin.users.state')}</th>
            <th scope="col">{t('admin.users.lastLogin')}</th>
            <th scope="col">{t('admin.users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.data.items.map((user) => (
            <UserRow
              key={`${user.id}:${user.role}:${user.disabledAt ?? ''}`}
              user={user}
              isSelf={user.id === currentUserId}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
