import { adminInitiativeStates, type AdminInitiativeState } from '@tracker/shared';
import { Link, useSearchParams } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { editorRoles } from '@/features/auth/utils/roles';
import {
  AdminInitiatives,
  type AdminInitiativesFilter,
} from '@/features/initiative-editor/components/admin-initiatives';
import { useT } from '@/lib/i18n';

function isState(value: string | null): value is AdminInitiativeState {
  return (adminInitiativeStates as readonly (string | null)[]).includes(value);
}

function AdminInitiativesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const visibility = params.get('visibility');
  const page = Number(params.get('page') ?? '1');
  const filter: AdminInitiativesFilter = {
    visibility: isState(visibility) ? visibility : undefined,
    q: params.get('q') ?? undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const onChange = (next: AdminInitiativesFilter) => {
    const search = new URLSearchParams();
    if (next.visibility) search.set('visibility', next.visibility);
    if (next.q) search.set('q', next.q);
    const nextPage = Number(next.page ?? 1);
    if (nextPage > 1) search.set('page', String(nextPage));
    setParams(search);
  };
  return (
    <div className="page">
      <Breadcrumb
        items={[{ label: t('admin.nav.admin'), to: paths.admin() }]}
        current={t('editor.list.title')}
      />
      <PageHeader title={t('editor.list.title')} intro={t('editor.list.intro')}>
        <p>
          <Link to={paths.initiativeNew()} className="button button--primary">
            {t('editor.new.title')}
          </Link>
        </p>
      </PageHeader>
      <AdminInitiatives filter={filter} onChange={onChange} />
    </div>
  );
}

export function AdminInitiativesRoute() {
  return (
    <RequireRole roles={editorRoles}>
      <AdminInitiativesPage />
    </RequireRole>
  );
}
