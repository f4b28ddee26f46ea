import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseCoverageSearch,
  serializeCoverageSearch,
  type CoverageSearch,
  type CoverageView,
} from '../utils/coverage-search';

export type CoverageSearchPatch = Partial<Omit<CoverageSearch, 'ignored'>>;

/** The coverage state, read from and written to the URL (each change is a history entry). */
export function useCoverageSearch(defaults: { view?: CoverageView } = {}) {
  const [params, setParams] = useSearchParams();
  const defaultView = defaults.view;
  const search = useMemo(
    () => parseCoverageSearch(params, { view: defaultView }),
    [params, defaultView],
  );
  const update = useCallback(
    (patch: CoverageSearchPatch) => {
      setParams(serializeCoverageSearch({ ...search, ...patch }, { view: defaultView }), {
        flushSync: true,
      });
    },
    [search, setParams, defaultView],
  );
  const href = useCallback(
    (patch: CoverageSearchPatch) => {
      const query = serializeCoverageSearch(
        { ...search, ...patch },
        { view: defaultView },
      ).toString();
      return query ? `?${query}` : '?';
    },
    [search, defaultView],
  );
  return { search, update, href };
}
