import { Breadcrumb } from '@/components/ui/breadcrumb';
import { PageHeader } from '@/components/ui/page-header';
import { Section } from '@/components/ui/section';
import { paths } from '@/config/paths';
import { CreateUserForm } from '@/features/admin/components/create-user-form';
import { UsersTable } from '@/features/admin/components/users-table';
import { useSession } from '@/features/auth/api/get-session';
import { RequireRole } from '@/features/auth/components/require-role';
import { adminRoles } from '@/features/auth/utils/roles';
import { useT } from '@/lib/i18n';

function UsersPage() {
  const t = useT();
  const user = useSession().data?.user;
  return (
    <div className="page">
      <Breadcrumb
        items={[{ label: t('admin.nav.admin'), to: paths.admin() }]}
        current={t('admin.users.title')}
      />
      <PageHeader title={t('admin.users.title')} intro={t('admin.users.intro')} />
      <Section title={t('admin.users.listTitle')}>
        <UsersTable currentUserId={user?.id} />
      </Section>
      <Section title={t('admin.users.createTitle')}>
        <CreateUserForm />
      </Section>
    </div>
  );
}

export function AdminUsersRoute() {
  return (
    <RequireRole roles={adminRoles}>
      <UsersPage />
    </RequireRole>
  );
}
