import type { AuditEntry } from '@tracker/shared';
import { useId } from 'react';
import { Pager } from '@/components/ui/pager';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useFormatDateTime } from '@/hooks/use-format-date-time';
import { useI18n } from '@/lib/i18n';
import { useAudit, type AuditFilter } from '../api/audit';
import { useUsers } from '../api/users';

/** The actions an administrator filters by most; any other can be typed in the URL. */
export const auditActions = [
  'initiative.create',
  'initiative.update',
  'initiative.publish',
  'initiative.archive',
  'initiative.restore',
  'initiative.revert',
  'import.apply',
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'user.created',
  'user.role_changed',
  'user.disabled',
] as const;

function Json({ value }: { value: unknown }) {
  return <pre className="audit__json">{JSON.stringify(value, null, 2)}</pre>;
}

function EntryDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  if (entry.before === null && entry.after === null) return null;
  return (
    <details className="disclosure audit__details">
      <summary className="disclosure__summary">{t('admin.audit.showChange')}</summary>
      <div className="disclosure__panel audit__sides">
        <div>
          <h3>{t('editor.history.before')}</h3>
          {entry.before === null ? (
            <p className="muted">{t('editor.notSet')}</p>
          ) : (
            <Json value={entry.before} />
          )}
        </div>
        <div>
          <h3>{t('editor.history.after')}</h3>
          {entry.after === null ? (
            <p className="muted">{t('editor.notSet')}</p>
          ) : (
            <Json value={entry.after} />
          )}
        </div>
      </div>
    </details>
  );
}

/** Every recorded change, newest first, filtered by who, what and when. */
export function AuditLog({
  filter,
  onChange,
}: {
  filter: AuditFilter;
  onChange: (next: AuditFilter) => void;
}) {
  const { t } = useI18n();
  const formatDateTime = useFormatDateTime();
  const userId = useId();
  const actionId = useId();
  const fromId = useId();
  const toId = useId();
  const users = useUsers();
  const audit = useAudit(filter);
  const set = (patch: Partial<AuditFilter>) =>
    onChange({ ...filter, ...patch, page: patch.page ?? 1 });

  return (
    <div className="audit">
      <div className="toolbar" role="group" aria-label={t('admin.audit.filters')}>
        <div className="toolbar__row">
          <div className="field">
            <label htmlFor={userId}>{t('admin.audit.user')}</label>
            <select
              id={userId}
              value={filter.user ?? ''}
              onChange={(event) => set({ user: event.target.value || undefined })}
            >
              <option value="">{t('admin.audit.anyUser')}</option>
              {(users.data?.items ?? []).map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.email})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={actionId}>{t('admin.audit.action')}</label>
            <select
              id={actionId}
              value={filter.action ?? ''}
              onChange={(event) => set({ action: event.target.value || undefined })}
            >
              <option value="">{t('admin.audit.anyAction')}</option>
              {filter.action && !(auditActions as readonly string[]).includes(filter.action) ? (
                <option value={filter.action}>{filter.action}</option>
              ) : null}
              {auditActions.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </div>
          <div className="field field--date">
            <label htmlFor={fromId}>{t('admin.audit.from')}</label>
            <input
              id={fromId}
              type="date"
              value={filter.from ?? ''}
              onChange={(event) => set({ from: event.target.value || undefined })}
            />
          </div>
          <div className="field field--date">
            <label htmlFor={toId}>{t('admin.audit.to')}</label>
            <input
              id={toId}
              type="date"
              value={filter.to ?? ''}
              min={filter.from}
              onChange={(event) => set({ to: event.target.value || undefined })}
            />
          </div>
        </div>
      </div>
      {audit.isPending ? (
        <LoadingState label={t('admin.audit.loading')} />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <div className="state state--empty">
          <p>{t('admin.audit.empty')}</p>
        </div>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table" aria-busy={audit.isPlaceholderData}>
              <caption className="data-table__caption">
                {t('admin.audit.caption', { count: audit.data.total })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.audit.when')}</th>
                  <th scope="col">{t('admin.audit.user')}</th>
                  <th scope="col">{t('admin.audit.action')}</th>
                  <th scope="col">{t('admin.audit.entity')}</th>
                  <th scope="col">{t('admin.audit.change')}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((entry) => (
                  <tr key={entry.id}>
                    <td>
                      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                    </td>
                    <td>
                      {entry.user ? (
                        entry.user.name
                      ) : (
                        <span className="unknown">{t('editor.history.system')}</span>
                      )}
                    </td>
                    <td>
                      <span className="code">{entry.action}</span>
                      {entry.importId ? (
                        <div className="muted">
                          {t('admin.audit.import', { id: entry.importId.slice(0, 8) })}
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {entry.entity}
                      {entry.entityId ? <div className="muted code">{entry.entityId}</div> : null}
                    </td>
                    <td>
                      {entry.note ? <p>{entry.note}</p> : null}
                      <EntryDetails entry={entry} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={audit.data.page}
            pageSize={audit.data.pageSize}
            total={audit.data.total}
            onPage={(page) => set({ page })}
          />
        </>
      )}
    </div>
  );
}
