import type { Input } from 'electron';
import type { BypassKind } from '../../../domain/kiosk/heartbeat.ts';

export type KioskKeyInput = Pick<Input, 'type' | 'key' | 'code' | 'control' | 'shift' | 'alt' | 'meta' | 'isAutoRepeat'>;

export interface Chord {
  /** KeyboardEvent.code, so the chord is the same keys on a Finnish and an English layout. */
  code: string;
  control: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
}

/**
 * The hidden admin chord, before the PIN. Ctrl+Alt+Shift: AltGr (Ctrl+Alt on Windows) with Shift
 * types nothing on the Nordic layouts on K, so a customer typing text cannot hit it.
 */
export const DEFAULT_ADMIN_CHORD: Chord = { code: 'KeyK', control: true, shift: true, alt: true, meta: false };

export interface KioskInputDecision {
  /** preventDefault() when false. */
  allow: boolean;
  bypass: BypassKind | null;
  /** Feed `admin_chord` to the session reducer. */
  adminChord: boolean;
}

const ALLOW: KioskInputDecision = { allow: true, bypass: null, adminChord: false };

/**
 * The letter a shortcut means: the typed Latin letter, or on a non-Latin layout (Cyrillic, Greek)
 * the key's position, as Chromium resolves its own accelerators.
 */
function letter(input: KioskKeyInput): string {
  const key = input.key.toLowerCase();
  if (/^[a-z]$/.test(key)) return key;
  return /^Key[A-Z]$/.test(input.code) ? input.code.slice(3).toLowerCase() : key;
}

/** Ctrl+Alt is AltGr on Windows: it types characters (@, braces, backslash, € on Nordic layouts), not shortcuts. */
function isAltGr(input: KioskKeyInput): boolean {
  return input.control && input.alt && !input.meta;
}

function isDevtoolsChord(input: KioskKeyInput): boolean {
  const l = letter(input);
  if (input.key === 'F12') return true;
  // Ctrl+Shift+I/J/C on Windows and Linux, Cmd+Alt+I/J/C on macOS.
  const inspector = l === 'i' || l === 'j' || l === 'c';
  return inspector && ((input.control && input.shift && !input.alt) || (input.meta && input.alt));
}

const BLOCKED_FUNCTION_KEYS = new Set(['F5', 'F7', 'F11', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch', 'Print']);
/** With Ctrl or Cmd: reload, close, quit, new window/tab, open, save, print, find, view source, history, bookmarks, zoom. */
const BLOCKED_WITH_COMMAND = new Set(['r', 'w', 'q', 'n', 't', 'o', 's', 'p', 'f', 'g', 'u', 'h', 'd', 'l', 'j', '+', '=', '-', '0', 'add', 'subtract']);

function isBlockedShortcut(input: KioskKeyInput): boolean {
  if (BLOCKED_FUNCTION_KEYS.has(input.key)) return true;
  // Alt+Left/Right go back and forward; Alt+F4 closes the window.
  if (input.alt && !input.control && (input.key === 'ArrowLeft' || input.key === 'ArrowRight' || input.key === 'F4' || input.key === 'Home')) return true;
  if ((input.control || input.meta) && !isAltGr(input)) {
    const l = letter(input);
    if (BLOCKED_WITH_COMMAND.has(l)) return true;
    if (input.code === 'NumpadAdd' || input.code === 'NumpadSubtract' || input.code === 'Numpad0') return true;
  }
  return false;
}

function isChord(input: KioskKeyInput, chord: Chord): boolean {
  return input.code === chord.code && input.control === chord.control && input.shift === chord.shift && input.alt === chord.alt && input.meta === chord.meta;
}

/**
 * before-input-event of the kiosk window. Key-up and auto-repeat of a blocked key are blocked
 * too, but only the first key-down is logged, so holding F12 is one attempt and not fifty.
 * Plain typing (å ä ö included), Tab, Enter, Escape and the arrows pass.
 */
export function decideKioskInput(input: KioskKeyInput, chord: Chord = DEFAULT_ADMIN_CHORD): KioskInputDecision {
  const logged = input.type === 'keyDown' && !input.isAutoRepeat;
  if (isChord(input, chord)) return { allow: false, bypass: null, adminChord: logged };
  if (isDevtoolsChord(input)) return { allow: false, bypass: logged ? 'devtools_chord' : null, adminChord: false };
  if (isBlockedShortcut(input)) return { allow: false, bypass: logged ? 'blocked_shortcut' : null, adminChord: false };
  return ALLOW;
}
