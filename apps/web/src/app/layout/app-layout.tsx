import { useEffect, useRef } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { ReadGate } from '@/features/auth/components/read-gate';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useT } from '@/lib/i18n';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

/** After client-side navigation, move focus to the new page so screen readers start there. */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  // Compare with the last path rather than "first render", so StrictMode's double effect
  // run does not steal focus from the skip link on the initial load.
  const previousPathname = useRef(pathname);
  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}

export function AppLayout() {
  const t = useT();
  const mainRef = useFocusMainOnNavigate();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.overview()} className="brand" aria-label={t('app.home')}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
        <div className="site-header__nav">
          <MainNav />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1} ref={mainRef}>
        <ReadGate>
          <Outlet />
        </ReadGate>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>
            {t('footer.sources')} <Link to={paths.methodology()}>{t('footer.methodology')}</Link>
          </p>
          <p className="site-footer__small">{t('footer.offline')}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
