import { useEffect, useRef } from 'react';
import { dialogOpen, isTyping } from '../../app/shortcuts.ts';

/**
 * A single-key shortcut of an Assistance view (the help dialog lists them): it fires only while
 * the user is not typing and no dialog owns the keyboard, and never with Ctrl, Alt or Meta.
 */
export function useKey(key: string, action: () => void, enabled = true): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== key || e.ctrlKey || e.altKey || e.metaKey || e.repeat || isTyping(e.target) || dialogOpen()) return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, enabled]);
}
