import { describe, expect, it } from 'vitest';
import { decidePageKey, type PageKey } from './page-keys.ts';

const key = (over: Partial<PageKey>): PageKey => ({ key: 'a', code: 'KeyA', ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, repeat: false, ...over });

describe('keys the kiosk page catches', () => {
  it('opens the admin prompt on Ctrl+Alt+Shift+K only', () => {
    expect(decidePageKey(key({ key: 'K', code: 'KeyK', ctrlKey: true, altKey: true, shiftKey: true }))).toEqual({ kind: 'admin_chord' });
    expect(decidePageKey(key({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'pass' });
  });

  it('blocks and logs devtools and reload, once per press', () => {
    expect(decidePageKey(key({ key: 'F12', code: 'F12' }))).toEqual({ kind: 'bypass', bypass: 'devtools_chord' });
    expect(decidePageKey(key({ key: 'I', code: 'KeyI', ctrlKey: true, shiftKey: true }))).toEqual({ kind: 'bypass', bypass: 'devtools_chord' });
    expect(decidePageKey(key({ key: 'r', code: 'KeyR', ctrlKey: true }))).toEqual({ kind: 'bypass', bypass: 'blocked_shortcut' });
    expect(decidePageKey(key({ key: 'F5', code: 'F5', repeat: true }))).toEqual({ kind: 'bypass', bypass: null });
  });

  it('lets typing through: å ä ö, and AltGr characters', () => {
    for (const k of ['å', 'ä', 'ö', 'Å']) expect(decidePageKey(key({ key: k, code: 'BracketLeft' }))).toEqual({ kind: 'pass' });
    expect(decidePageKey(key({ key: '@', code: 'Digit2', ctrlKey: true, altKey: true }))).toEqual({ kind: 'pass' });
  });
});
