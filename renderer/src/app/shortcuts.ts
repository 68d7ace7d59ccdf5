/** True when a key press belongs to a text field, so single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** A modal dialog owns the keyboard while it is open. */
export const dialogOpen = (): boolean => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

/** The shortcuts the help dialog lists, in the order it lists them (keys are i18n keys). */
export const SHORTCUTS: readonly { keys: readonly string[]; action: string }[] = [
  { keys: ['?'], action: 'help.openHelp' },
  { keys: ['/'], action: 'help.search' },
  { keys: ['↑', '↓'], action: 'help.moveRows' },
  { keys: ['←', '→'], action: 'help.moveColumns' },
  { keys: ['Enter'], action: 'help.openRow' },
  { keys: ['Esc'], action: 'help.close' },
  { keys: ['Tab'], action: 'help.nextArea' },
  { keys: ['Shift', 'Tab'], action: 'help.previousArea' },
];
