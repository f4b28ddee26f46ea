import { useEffect, useState, type RefObject } from 'react';

/**
 * The element's content width, following resizes. Charts draw at this width so their SVG (and
 * the downloaded file) has real pixel dimensions; `fallback` applies where layout is unavailable.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 720): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      // A hidden element (table view) measures 0: keep drawing at the last real width.
      if (next > 0) setWidth(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
