import type { RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { CountriesRoute } from './routes/countries';
import { CountryRoute } from './routes/country';
import { InitiativeRoute } from './routes/initiative';
import { InitiativesRoute } from './routes/initiatives';
import { MaterialRoute } from './routes/material';
import { MethodologyRoute } from './routes/methodology';
import { MaterialsRoute } from './routes/materials';
import { MatrixRoute } from './routes/matrix';
import { NotFoundRoute } from './routes/not-found';
import { OverviewRoute } from './routes/overview';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in';

/** The route table, shared by the browser router and by tests (with a memory router). */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <OverviewRoute /> },
          { path: 'initiatives', element: <InitiativesRoute /> },
          { path: 'initiatives/:slug', element: <InitiativeRoute /> },
          { path: 'matrix', element: <MatrixRoute /> },
          { path: 'countries', element: <CountriesRoute /> },
          { path: 'countries/:code', element: <CountryRoute /> },
          { path: 'materials', element: <MaterialsRoute /> },
          { path: 'materials/:id', element: <MaterialRoute /> },
          { path: 'methodology', element: <MethodologyRoute /> },
          { path: 'sign-in', element: <SignInRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
