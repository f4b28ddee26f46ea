import { useCallback, useEffect, useRef } from 'react';

/**
 * Returns `run`, which calls `callback` once `delay` ms have passed without another call, and
 * `flush`, which calls it at once with the latest arguments (e.g. when the reader presses Enter).
 */
export function useDebouncedCallback<TArgs extends unknown[]>(
  callback: (...args: TArgs) => void,
  delay: number,
) {
  const callbackRef = useRef(callback);
  const timerRef = useRef<number | undefined>(undefined);
  const pendingRef = useRef<TArgs | null>(null);

  useEffect(() => {
    callbackRef.current = callback;
  }, [callback]);

  useEffect(() => () => window.clearTimeout(timerRef.current), []);

  const run = useCallback(
    (...args: TArgs) => {
      pendingRef.current = args;
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(() => {
        pendingRef.current = null;
        callbackRef.current(...args);
      }, delay);
    },
    [delay],
  );

  const flush = useCallback(() => {
    window.clearTimeout(timerRef.current);
    const args = pendingRef.current;
    pendingRef.current = null;
    if (args) callbackRef.current(...args);
  }, []);

  return { run, flush };
}
