import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import type { Language } from '@/lib/i18n';

/** Renders the whole app (shell and routes) at `path`, with a fresh cache and no retries. */
export function renderApp(path: string, { language = 'en' }: { language?: Language } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <AppProvider queryClient={queryClient} language={language}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router };
}
