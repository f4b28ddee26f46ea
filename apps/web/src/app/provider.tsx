import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider, type Language } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';

export function AppProvider({
  children,
  queryClient,
  language,
}: {
  children: ReactNode;
  /** Tests pass their own client so no cache leaks between them. */
  queryClient?: QueryClient;
  language?: Language;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nProvider language={language}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </I18nProvider>
  );
}
