import { Link } from 'react-router';
import { useT } from '@/lib/i18n';
import { useSession } from '../api/get-session';

/** On the sign-in page when already signed in: who, and the way on. */
export function SignedInNotice({ next }: { next: string }) {
  const t = useT();
  const user = useSession().data?.user;
  if (!user) return null;
  return (
    <div className="state">
      <p>{t('auth.signIn.already', { name: user.name, email: user.email })}</p>
      <p>
        <Link to={next} className="button button--primary">
          {t('auth.signIn.continue')}
        </Link>
      </p>
    </div>
  );
}
