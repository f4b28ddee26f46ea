import type { Role } from '@tracker/shared';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { useSession } from '../api/get-session';
import { hasRole } from '../utils/roles';

/**
 * Shows its children only to a signed-in user with one of `roles`; otherwise asks to sign in or
 * says the account lacks the role. The API enforces the same rule: this only spares a dead end.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const t = useT();
  const { pathname, search } = useLocation();
  const session = useSession();

  if (session.isPending) return <LoadingState label={t('auth.checking')} />;
  if (session.isError)
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  const user = session.data.user;
  if (!user) {
    return (
      <div className="state state--not-found">
        <PageTitle title={t('auth.required.title')} />
        <h1>{t('auth.required.title')}</h1>
        {/* A page open to viewers too (every role) says so, rather than naming editors. */}
        <p>{t(roles.includes('viewer') ? 'auth.required.bodyAnyAccount' : 'auth.required.body')}</p>
        <p>
          <Link to={paths.signIn(`${pathname}${search}`)} className="button button--primary">
            {t('auth.signIn.link')}
          </Link>
        </p>
      </div>
    );
  }
  if (!hasRole(user, roles)) {
    return (
      <div className="state state--not-found">
        <PageTitle title={t('auth.forbidden.title')} />
        <h1>{t('auth.forbidden.title')}</h1>
        <p>{t('auth.forbidden.body', { role: t(`auth.role.${user.role}`) })}</p>
        <p>
          <Link to={paths.overview()} className="button button--secondary">
            {t('notFound.home')}
          </Link>
        </p>
      </div>
    );
  }
  return children;
}
