import { Link } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/api/get-session';
import { RequireRole } from '@/features/auth/components/require-role';
import { editorRoles, isAdmin } from '@/features/auth/utils/roles';
import { useT, type TranslationKey } from '@/lib/i18n';

const sections: readonly {
  to: string;
  title: TranslationKey;
  body: TranslationKey;
  adminOnly: boolean;
}[] = [
  {
    to: paths.adminInitiatives(),
    title: 'admin.home.initiatives',
    body: 'admin.home.initiativesBody',
    adminOnly: false,
  },
  {
    to: paths.initiativeNew(),
    title: 'admin.home.new',
    body: 'admin.home.newBody',
    adminOnly: false,
  },
  {
    to: paths.adminImport(),
    title: 'admin.home.import',
    body: 'admin.home.importBody',
    adminOnly: false,
  },
  {
    to: paths.adminAudit(),
    title: 'admin.home.audit',
    body: 'admin.home.auditBody',
    adminOnly: true,
  },
  {
    to: paths.adminUsers(),
    title: 'admin.home.users',
    body: 'admin.home.usersBody',
    adminOnly: true,
  },
];

function AdminHome() {
  const t = useT();
  const user = useSession().data?.user;
  return (
    <div className="page">
      <PageHeader title={t('admin.home.title')} intro={t('admin.home.intro')} />
      <ul className="admin-cards">
        {sections
          .filter((section) => !section.adminOnly || isAdmin(user))
          .map((section) => (
            <li key={section.to} className="admin-card">
              <h2 className="admin-card__title">
                <Link to={section.to}>{t(section.title)}</Link>
              </h2>
              <p>{t(section.body)}</p>
            </li>
          ))}
      </ul>
    </div>
  );
}

export function AdminRoute() {
  return (
    <RequireRole roles={editorRoles}>
      <AdminHome />
    </RequireRole>
  );
}
