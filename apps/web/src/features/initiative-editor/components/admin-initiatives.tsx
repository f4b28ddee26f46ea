import { adminInitiativeStates } from '@tracker/shared';
import { useId } from 'react';
import { Link } from 'react-router';
import { Badge, StatusBadge } from '@/components/ui/badge';
import { Pager } from '@/components/ui/pager';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useAdminInitiatives, type AdminInitiativesQuery } from '../api/get-admin-initiatives';

export type AdminInitiativesFilter = Pick<AdminInitiativesQuery, 'visibility' | 'q' | 'page'>;

/** Every initiative for editors, drafts and archived ones included, by state and text. */
export function AdminInitiatives({
  filter,
  onChange,
}: {
  filter: AdminInitiativesFilter;
  onChange: (next: AdminInitiativesFilter) => void;
}) {
  const { t, formatTimestamp } = useI18n();
  const visibilityId = useId();
  const searchId = useId();
  const list = useAdminInitiatives({ ...filter, pageSize: 50 });

  return (
    <div className="admin-list">
      <form
        className="toolbar"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          const q = new FormData(event.currentTarget).get('q');
          onChange({
            ...filter,
            q: typeof q === 'string' && q.trim() ? q.trim() : undefined,
            page: 1,
          });
        }}
      >
        <div className="toolbar__row">
          <div className="field">
            <label htmlFor={visibilityId}>{t('editor.list.visibility')}</label>
            <select
              id={visibilityId}
              value={filter.visibility ?? ''}
              onChange={(event) =>
                onChange({
                  ...filter,
                  visibility: (event.target.value ||
                    undefined) as AdminInitiativesFilter['visibility'],
                  page: 1,
                })
              }
            >
              <option value="">{t('editor.list.visibilityAll')}</option>
              {adminInitiativeStates.map((state) => (
                <option key={state} value={state}>
                  {t(`editor.visibility.${state}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={searchId}>{t('editor.list.search')}</label>
            <input id={searchId} name="q" type="search" defaultValue={filter.q ?? ''} />
          </div>
          <div className="toolbar__actions">
            <button type="submit" className="button button--secondary">
              {t('editor.list.searchButton')}
            </button>
          </div>
        </div>
      </form>
      {list.isPending ? (
        <LoadingState label={t('initiatives.loading')} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <div className="state state--empty">
          <p>{t('editor.list.empty')}</p>
        </div>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="data-table__caption">
                {t('editor.list.caption', { count: list.data.total })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('editor.field.title')}</th>
                  <th scope="col">{t('editor.list.state')}</th>
                  <th scope="col">{t('editor.field.status')}</th>
                  <th scope="col" className="is-numeric">
                    {t('editor.field.sources')}
                  </th>
                  <th scope="col" className="is-numeric">
                    {t('editor.list.version')}
                  </th>
                  <th scope="col">{t('editor.list.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((item) => {
                  const state = item.archivedAt ? 'archived' : item.visibility;
                  return (
                    <tr key={item.id}>
                      <th scope="row">
                        <Link to={paths.initiativeEdit(item.slug)}>{item.title}</Link>
                      </th>
                      <td>
                        <Badge
                          tone={
                            state === 'published'
                              ? 'success'
                              : state === 'archived'
                                ? 'neutral'
                                : 'warning'
                          }
                        >
                          {t(`editor.visibility.${state}`)}
                        </Badge>
                      </td>
                      <td>
                        <StatusBadge status={item.status} />
                      </td>
                      <td className="is-numeric">{item.sourceCount}</td>
                      <td className="is-numeric">{item.version}</td>
                      <td>{formatTimestamp(item.updatedAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(page) => onChange({ ...filter, page })}
          />
        </>
      )}
    </div>
  );
}
