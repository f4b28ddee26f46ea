import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { ImportWizard } from '@/features/admin/components/import-wizard';
import { RequireRole } from '@/features/auth/components/require-role';
import { editorRoles } from '@/features/auth/utils/roles';
import { useT } from '@/lib/i18n';

export function AdminImportRoute() {
  const t = useT();
  return (
    <RequireRole roles={editorRoles}>
      <div className="page">
        <Breadcrumb
          items={[{ label: t('admin.nav.admin'), to: paths.admin() }]}
          current={t('admin.import.title')}
        />
        <PageHeader title={t('admin.import.title')} intro={t('admin.import.intro')} />
        <ImportWizard />
      </div>
    </RequireRole>
  );
}
