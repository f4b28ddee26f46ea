import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useSession } from '@/features/auth/api/get-session';
import { canEdit } from '@/features/auth/utils/roles';
import { useT, type TranslationKey } from '@/lib/i18n';

const items: readonly { to: string; label: TranslationKey }[] = [
  { to: paths.overview(), label: 'nav.overview' },
  { to: paths.initiatives(), label: 'nav.initiatives' },
  { to: paths.matrix(), label: 'nav.matrix' },
  { to: paths.countries(), label: 'nav.countries' },
  { to: paths.materials(), label: 'nav.materials' },
];

/** Shown to editors and admins only; the API refuses the pages' writes to anyone else. */
const editorItems: readonly { to: string; label: TranslationKey }[] = [
  { to: paths.admin(), label: 'admin.nav.admin' },
];

/**
 * `aria-current="page"` on the link to the page shown; `aria-current="true"` on its section
 * when a detail page inside it is shown (e.g. Initiatives while reading one initiative).
 */
export function MainNav() {
  const t = useT();
  const { pathname } = useLocation();
  const user = useSession().data?.user;
  const shown = canEdit(user) ? [...items, ...editorItems] : items;
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {shown.map((item) => {
          const exact = pathname === item.to || (item.to !== '/' && pathname === `${item.to}/`);
          const inSection = item.to !== '/' && pathname.startsWith(`${item.to}/`);
          return (
            <li key={item.to}>
              <Link
                to={item.to}
                className="main-nav__link"
                aria-current={exact ? 'page' : inSection ? 'true' : undefined}
              >
                {t(item.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
