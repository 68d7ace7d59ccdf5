import { useCallback, useLayoutEffect, useState } from 'react';

/**
 * Whether a wide layout fits the element that scrolls it sideways. It is wide until its content
 * overflows; then narrow until the element has grown to the width the wide layout needed, so the
 * two never flicker back and forth. A new `key` (the language, whose words set the width) measures
 * afresh. Measured before paint: the wide layout that does not fit is never shown.
 */
export function useWideEnough<T extends HTMLElement>(key: string): [(element: T | null) => void, boolean] {
  const [element, setElement] = useState<T | null>(null);
  // The width the wide layout needed, for the key it was measured under.
  const [measured, setMeasured] = useState<{ key: string; needed: number } | null>(null);
  const needed = measured?.key === key ? measured.needed : null;
  useLayoutEffect(() => {
    if (!element) return;
    const check = () => {
      if (needed === null) {
        if (element.scrollWidth > element.clientWidth + 1) setMeasured({ key, needed: element.scrollWidth });
      } else if (element.clientWidth >= needed) setMeasured(null);
    };
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, needed, key]);
  return [useCallback((e: T | null) => setElement(e), []), needed === null];
}
