import { useRouteError } from 'react-router';
import { ErrorState } from '@/components/ui/states';

/** Last resort for a render error inside a page: keep the shell, explain, offer a retry. */
export function RouteError() {
  const error = useRouteError();
  return (
    <ErrorState
      error={error instanceof Error ? error : new Error(String(error))}
      onRetry={() => window.location.reload()}
    />
  );
}
