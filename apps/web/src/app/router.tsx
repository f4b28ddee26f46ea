import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '@/components/ui/states';
import { useT } from '@/lib/i18n';
import { AppLayout } from './layout/app-layout';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { RouteError } from './routes/route-error';

function PageLoading() {
  const t = useT();
  return <LoadingState label={t('app.loadingPage')} />;
}

/**
 * A page whose code loads on demand, in its own chunk: the first load carries only the shell and
 * the Overview. The shell shows at once; the page's place shows a loading state meanwhile.
 */
function lazyPage(load: () => Promise<ComponentType>) {
  const Page = lazy(() => load().then((Component) => ({ default: Component })));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** The route table, shared by the browser router and by tests (with a memory router). */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewRoute /> },
          {
            path: 'initiatives',
            element: lazyPage(() => import('./routes/initiatives').then((m) => m.InitiativesRoute)),
          },
          {
            path: 'initiatives/:slug',
            element: lazyPage(() => import('./routes/initiative').then((m) => m.InitiativeRoute)),
          },
          {
            path: 'matrix',
            element: lazyPage(() => import('./routes/matrix').then((m) => m.MatrixRoute)),
          },
          {
            path: 'countries',
            element: lazyPage(() => import('./routes/countries').then((m) => m.CountriesRoute)),
          },
          {
            path: 'countries/:code',
            element: lazyPage(() => import('./routes/country').then((m) => m.CountryRoute)),
          },
          {
            path: 'materials',
            element: lazyPage(() => import('./routes/materials').then((m) => m.MaterialsRoute)),
          },
          {
            path: 'materials/:id',
            element: lazyPage(() => import('./routes/material').then((m) => m.MaterialRoute)),
          },
          {
            path: 'methodology',
            element: lazyPage(() => import('./routes/methodology').then((m) => m.MethodologyRoute)),
          },
          {
            path: 'sign-in',
            element: lazyPage(() => import('./routes/sign-in').then((m) => m.SignInRoute)),
          },
          {
            path: 'account/password',
            element: lazyPage(() =>
              import('@/features/auth/components/change-password-page').then(
                (m) => m.ChangePasswordPage,
              ),
            ),
          },
          {
            path: 'initiatives/:slug/edit',
            element: lazyPage(() =>
              import('./routes/initiative-edit').then((m) => m.InitiativeEditRoute),
            ),
          },
          {
            path: 'initiatives/:slug/history',
            element: lazyPage(() =>
              import('./routes/initiative-history').then((m) => m.InitiativeHistoryRoute),
            ),
          },
          {
            path: 'admin',
            element: lazyPage(() => import('./routes/admin').then((m) => m.AdminRoute)),
          },
          {
            path: 'admin/initiatives',
            element: lazyPage(() =>
              import('./routes/admin-initiatives').then((m) => m.AdminInitiativesRoute),
            ),
          },
          {
            path: 'admin/initiatives/new',
            element: lazyPage(() =>
              import('./routes/initiative-new').then((m) => m.InitiativeNewRoute),
            ),
          },
          {
            path: 'admin/import',
            element: lazyPage(() =>
              import('./routes/admin-import').then((m) => m.AdminImportRoute),
            ),
          },
          {
            path: 'admin/audit',
            element: lazyPage(() => import('./routes/admin-audit').then((m) => m.AdminAuditRoute)),
          },
          {
            path: 'admin/users',
            element: lazyPage(() => import('./routes/admin-users').then((m) => m.AdminUsersRoute)),
          },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
