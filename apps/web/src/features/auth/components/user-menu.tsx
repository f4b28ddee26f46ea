import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { useSession } from '../api/get-session';
import { useSignOut } from '../api/sign-out';

/** The header's account corner: "Sign in", or who is signed in with their role and "Sign out". */
export function UserMenu() {
  const t = useT();
  const { pathname, search } = useLocation();
  const session = useSession();
  const signOut = useSignOut();
  const user = session.data?.user ?? null;

  if (session.isPending) return null;
  if (!user) {
    if (pathname === paths.signIn()) return null;
    return (
      <Link
        to={paths.signIn(`${pathname}${search}`)}
        className="button button--secondary user-menu__sign-in"
      >
        {t('auth.signIn.link')}
      </Link>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-menu__who">
        {t('auth.signedInAs', { name: user.name })}{' '}
        <span className="badge badge--info">{t(`auth.role.${user.role}`)}</span>
      </span>
      <Link to={paths.accountPassword()} className="button button--secondary">
        {t('auth.password.link')}
      </Link>
      <button
        type="button"
        className="button button--secondary"
        disabled={signOut.isPending}
        // Stays on the page: one that needs an account then asks to sign in again.
        onClick={() => signOut.mutate()}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}
