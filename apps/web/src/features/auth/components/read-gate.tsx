import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useT } from '@/lib/i18n';
import { useSession } from '../api/get-session';

/**
 * When the server is set to require sign-in for reading (READ_REQUIRES_SIGN_IN), a signed-out
 * reader sees a sign-in prompt instead of pages whose every request would be refused. The sign-in
 * page itself always shows. While the session loads, the page renders as usual.
 */
export function ReadGate({ children }: { children: ReactNode }) {
  const t = useT();
  const { pathname, search } = useLocation();
  const session = useSession();
  const gated =
    session.data?.readRequiresSignIn === true &&
    session.data.user === null &&
    pathname !== paths.signIn();
  if (!gated) return children;
  return (
    <div className="state state--not-found">
      <PageTitle title={t('auth.readGate.title')} />
      <h1>{t('auth.readGate.title')}</h1>
      <p>{t('auth.readGate.body')}</p>
      <p>
        <Link to={paths.signIn(`${pathname}${search}`)} className="button button--primary">
          {t('auth.signIn.link')}
        </Link>
      </p>
    </div>
  );
}
