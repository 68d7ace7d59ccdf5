import { useEffect, useState } from 'react';

/** Where focus goes when the element that opened a dialog is gone (the offer row after offering). */
const FALLBACKS = ['.detail-head h2', '#main'];

export function restoreFocus(origin: Element | null): void {
  const target = origin instanceof HTMLElement && origin.isConnected ? origin : FALLBACKS.map((s) => document.querySelector<HTMLElement>(s)).find(Boolean);
  target?.focus();
}

/**
 * For a dialog that is mounted while it is open: remembers what had focus when it mounted and
 * gives focus back when it goes, so Escape or Cancel leaves a keyboard user where they were.
 */
export function useReturnFocus(): void {
  // Read during the first render: the dialog's own effects move focus before any effect here runs.
  const [origin] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  useEffect(
    () => () => {
      // On the next frame, once the dialog's focus trap has let go.
      requestAnimationFrame(() => restoreFocus(origin));
    },
    [origin],
  );
}
