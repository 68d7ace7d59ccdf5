import { useCallback, useEffect, useState } from 'react';

/**
 * The content width of an element, following it as the window or a split view resizes. Charts
 * draw in real pixels (not a scaled viewBox) so text stays 12 px and the focus layer lies exactly
 * over the bars; until the first measurement `fallback` is used.
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [(element: T | null) => void, number] {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    if (!element) return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [useCallback((e: T | null) => setElement(e), []), width];
}
