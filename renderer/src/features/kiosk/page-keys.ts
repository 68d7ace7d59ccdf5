import type { BypassKind } from '../../../../domain/kiosk/heartbeat.ts';

/**
 * Keys the kiosk page itself catches in the browser host (Electron's shell catches them earlier,
 * main/shell/kiosk/input-decisions.ts): the hidden admin chord, and the browser shortcuts a
 * customer could leave or inspect the page with, which are logged as bypass attempts.
 */
export interface PageKey {
  key: string;
  code: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

export type PageKeyDecision = { kind: 'admin_chord' } | { kind: 'bypass'; bypass: BypassKind | null } | { kind: 'pass' };

const RELOAD_AND_LEAVE = new Set(['r', 'p', 's', 'o', 'w', 'n', 't', 'u', 'l', 'h', 'j']);

export function decidePageKey(e: PageKey): PageKeyDecision {
  // Ctrl+Alt+Shift+K, by key position: on the Nordic layouts AltGr+Shift+K types nothing.
  if (e.code === 'KeyK' && e.ctrlKey && e.altKey && e.shiftKey && !e.metaKey) return e.repeat ? { kind: 'bypass', bypass: null } : { kind: 'admin_chord' };
  const logged = (kind: BypassKind): PageKeyDecision => ({ kind: 'bypass', bypass: e.repeat ? null : kind });
  const letter = e.key.length === 1 ? e.key.toLowerCase() : '';
  if (e.key === 'F12' || ((e.ctrlKey || e.metaKey) && e.shiftKey && ['i', 'j', 'c'].includes(letter))) return logged('devtools_chord');
  if (e.key === 'F5' || e.key === 'F11' || (e.altKey && !e.ctrlKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight'))) return logged('blocked_shortcut');
  // Ctrl+Alt is AltGr: it types @ and braces on Nordic layouts, never a shortcut.
  if ((e.ctrlKey || e.metaKey) && !(e.ctrlKey && e.altKey) && RELOAD_AND_LEAVE.has(letter)) return logged('blocked_shortcut');
  return { kind: 'pass' };
}
