import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/states';
import { useSession } from '@/features/auth/api/get-session';
import { SignedInNotice } from '@/features/auth/components/signed-in-notice';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { safeNextPath } from '@/features/auth/utils/roles';
import { useT } from '@/lib/i18n';

export function SignInRoute() {
  const t = useT();
  const [signedIn, setSignedIn] = useState(false);
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const session = useSession();
  const user = session.data?.user;

  // Rendered rather than called from the form's handler: by then the refreshed session has
  // already replaced the form.
  if (signedIn && user) return <Navigate to={next} replace />;

  return (
    <div className="page page--narrow">
      <PageHeader title={t('auth.signIn.title')} intro={t('auth.signIn.intro')} />
      {session.isPending ? (
        <LoadingState label={t('auth.checking')} />
      ) : user ? (
        <SignedInNotice next={next} />
      ) : (
        <SignInForm onSignedIn={() => setSignedIn(true)} />
      )}
    </div>
  );
}
