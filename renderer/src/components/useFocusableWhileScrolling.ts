import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * Makes an element a keyboard stop exactly while its content is taller than it (it scrolls), as
 * the element, its content or the window changes size: a scrolling part must be reachable by the
 * keyboard, and one that does not scroll is a stop with nothing to do. Returns a ref to put on
 * the element; the hook owns its tabindex.
 *
 * The attribute is written here, not rendered from state: a state update would come a render
 * after the change, and for that moment a part that had just begun to scroll (a refusal added to
 * a dialog) was out of the keyboard's reach, which an accessibility check caught under load.
 */
export function useFocusableWhileScrolling<E extends HTMLElement>(): (element: E | null) => void {
  const elementRef = useRef<E | null>(null);
  const check = useCallback(() => {
    const element = elementRef.current;
    if (!element) return;
    if (element.scrollHeight > element.clientHeight + 1) element.setAttribute('tabindex', '0');
    else element.removeAttribute('tabindex');
  }, []);
  // In the commit that changed the owner's content, before anything else runs.
  useLayoutEffect(check);
  const observers = useRef<{ disconnect: () => void } | null>(null);
  // React calls the ref with null when the element goes, which also ends the observers.
  const ref = useCallback(
    (element: E | null) => {
      observers.current?.disconnect();
      observers.current = null;
      elementRef.current = element;
      if (!element) return;
      // Content a child renders on its own (a field's message) and parts added later are watched too.
      const resizes = new ResizeObserver(check);
      const watch = () => {
        resizes.observe(element);
        for (const child of Array.from(element.children)) resizes.observe(child);
      };
      watch();
      const additions = new MutationObserver(() => {
        watch();
        check();
      });
      additions.observe(element, { childList: true });
      observers.current = {
        disconnect: () => {
          resizes.disconnect();
          additions.disconnect();
        },
      };
      check();
    },
    [check],
  );
  return ref;
}
