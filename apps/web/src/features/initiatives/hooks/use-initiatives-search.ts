import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  applyInitiativesQueryPatch,
  clearFilters,
  parseInitiativesSearch,
  serializeInitiativesSearch,
  type InitiativesQueryPatch,
} from '../utils/initiatives-search';

/**
 * The Initiatives view state, read from and written to the URL. Typing in the search box
 * replaces the history entry; every other change pushes one, so Back undoes it.
 */
export function useInitiativesSearch() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { query, ignored } = useMemo(() => parseInitiativesSearch(searchParams), [searchParams]);

  const update = useCallback(
    (patch: InitiativesQueryPatch, options: { replace?: boolean } = {}) => {
      // flushSync: the controls read their state from the URL, so a click must show at once
      // rather than after a transition (a ticked box would otherwise flicker back).
      setSearchParams(serializeInitiativesSearch(applyInitiativesQueryPatch(query, patch)), {
        replace: options.replace ?? false,
        flushSync: true,
      });
    },
    [query, setSearchParams],
  );

  const clear = useCallback(() => {
    setSearchParams(serializeInitiativesSearch(clearFilters(query)), { flushSync: true });
  }, [query, setSearchParams]);

  return { query, ignored, update, clear };
}
