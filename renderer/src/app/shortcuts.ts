/** True when a key press belongs to a text field, so single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** A modal dialog owns the keyboard while it is open. */
export const dialogOpen = (): boolean => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

/**
 * The shortcuts the help dialog lists, in its order (actions are i18n keys). `either`: any one of
 * the keys; otherwise the keys are pressed together.
 */
export const SHORTCUTS: readonly { keys: readonly string[]; action: string; either?: boolean }[] = [
  { keys: ['?'], action: 'help.openHelp' },
  { keys: ['/'], action: 'help.search' },
  { keys: ['↑', '↓'], action: 'help.moveRows', either: true },
  { keys: ['←', '→'], action: 'help.moveColumns', either: true },
  { keys: ['Enter'], action: 'help.openRow' },
  { keys: ['Esc'], action: 'help.escape' },
  { keys: ['Tab'], action: 'help.nextArea' },
  { keys: ['Shift', 'Tab'], action: 'help.previousArea' },
];
