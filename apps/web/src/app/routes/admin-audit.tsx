import { useSearchParams } from 'react-router';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import type { AuditFilter } from '@/features/admin/api/audit';
import { AuditLog } from '@/features/admin/components/audit-log';
import { RequireRole } from '@/features/auth/components/require-role';
import { adminRoles } from '@/features/auth/utils/roles';
import { useT } from '@/lib/i18n';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function AuditPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const date = (key: string) => {
    const value = params.get(key);
    return value && isoDate.test(value) ? value : undefined;
  };
  const page = Number(params.get('page') ?? '1');
  const filter: AuditFilter = {
    user: params.get('user') ?? undefined,
    action: params.get('action') ?? undefined,
    from: date('from'),
    to: date('to'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
  const onChange = (next: AuditFilter) => {
    const search = new URLSearchParams();
    for (const key of ['user', 'action', 'from', 'to'] as const) {
      const value = next[key];
      if (value) search.set(key, value);
    }
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  return (
    <div className="page">
      <Breadcrumb
        items={[{ label: t('admin.nav.admin'), to: paths.admin() }]}
        current={t('admin.audit.title')}
      />
      <PageHeader title={t('admin.audit.title')} intro={t('admin.audit.intro')} />
      <AuditLog filter={filter} onChange={onChange} />
    </div>
  );
}

export function AdminAuditRoute() {
  return (
    <RequireRole roles={adminRoles}>
      <AuditPage />
    </RequireRole>
  );
}
