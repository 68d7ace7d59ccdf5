import { useCallback, useEffect, useState } from 'react';

/**
 * Whether an element's content is taller than the element (it scrolls), kept up to date as the
 * element or the window changes size. Returns a callback ref to put on the element.
 */
export function useOverflowing<E extends HTMLElement>(): [(element: E | null) => void, boolean] {
  const [element, setElement] = useState<E | null>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    if (!element) return;
    const check = () => setOverflowing(element.scrollHeight > element.clientHeight + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [element]);
  return [useCallback((e: E | null) => setElement(e), []), overflowing];
}
