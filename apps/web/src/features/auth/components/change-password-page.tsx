import { roles } from '@tracker/shared';
import { PageHeader } from '@/components/ui/page-header';
import { useT } from '@/lib/i18n';
import { ChangePasswordForm } from './change-password-form';
import { RequireRole } from './require-role';

/** /account/password: any signed-in user, whatever their role. */
export function ChangePasswordPage() {
  const t = useT();
  return (
    <RequireRole roles={roles}>
      <div className="page page--narrow">
        <PageHeader title={t('auth.password.title')} intro={t('auth.password.intro')} />
        <ChangePasswordForm />
      </div>
    </RequireRole>
  );
}
