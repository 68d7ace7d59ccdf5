import { describe, expect, it } from 'vitest';
import { decideKioskInput, DEFAULT_ADMIN_CHORD, type KioskKeyInput } from './input-decisions.ts';

function key(k: string, code: string, mods: Partial<KioskKeyInput> = {}): KioskKeyInput {
  return { type: 'keyDown', key: k, code, control: false, shift: false, alt: false, meta: false, isAutoRepeat: false, ...mods };
}

describe('decideKioskInput', () => {
  it.each([
    ['F12', key('F12', 'F12')],
    ['Ctrl+Shift+I', key('I', 'KeyI', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', 'KeyJ', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', 'KeyC', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', 'KeyI', { meta: true, alt: true })],
    ['Ctrl+Shift+I on a Cyrillic layout', key('Ш', 'KeyI', { control: true, shift: true })],
  ])('blocks and logs the devtools chord %s', (_name, input) => {
    expect(decideKioskInput(input)).toEqual({ allow: false, bypass: 'devtools_chord', adminChord: false });
  });

  it.each([
    ['F5', key('F5', 'F5')],
    ['F11', key('F11', 'F11')],
    ['Ctrl+R', key('r', 'KeyR', { control: true })],
    ['Ctrl+Shift+R', key('R', 'KeyR', { control: true, shift: true })],
    ['Ctrl+W', key('w', 'KeyW', { control: true })],
    ['Cmd+Q', key('q', 'KeyQ', { meta: true })],
    ['Ctrl+N', key('n', 'KeyN', { control: true })],
    ['Ctrl+T', key('t', 'KeyT', { control: true })],
    ['Ctrl+O', key('o', 'KeyO', { control: true })],
    ['Ctrl+S', key('s', 'KeyS', { control: true })],
    ['Ctrl+P', key('p', 'KeyP', { control: true })],
    ['Ctrl+U', key('u', 'KeyU', { control: true })],
    ['Ctrl+J', key('j', 'KeyJ', { control: true })],
    ['Ctrl+plus', key('+', 'Minus', { control: true })],
    ['Ctrl+minus', key('-', 'Slash', { control: true })],
    ['Ctrl+0', key('0', 'Digit0', { control: true })],
    ['Ctrl+numpad plus', key('+', 'NumpadAdd', { control: true })],
    ['Alt+Left', key('ArrowLeft', 'ArrowLeft', { alt: true })],
    ['Alt+F4', key('F4', 'F4', { alt: true })],
    ['BrowserBack', key('BrowserBack', 'BrowserBack')],
  ])('blocks and logs the browser shortcut %s', (_name, input) => {
    expect(decideKioskInput(input)).toEqual({ allow: false, bypass: 'blocked_shortcut', adminChord: false });
  });

  it.each([
    ['a letter', key('a', 'KeyA')],
    ['å', key('å', 'BracketLeft')],
    ['Ä with Shift', key('Ä', 'Quote', { shift: true })],
    ['ö', key('ö', 'Semicolon')],
    ['@ by AltGr (Ctrl+Alt) on the Finnish layout', key('@', 'Digit2', { control: true, alt: true })],
    ['@ by AltGr+Q on a German layout', key('@', 'KeyQ', { control: true, alt: true })],
    ['€ by AltGr+E', key('€', 'KeyE', { control: true, alt: true })],
    ['Ctrl+C copy', key('c', 'KeyC', { control: true })],
    ['Ctrl+V paste', key('v', 'KeyV', { control: true })],
    ['Ctrl+Z undo', key('z', 'KeyZ', { control: true })],
    ['Ctrl+A select all', key('a', 'KeyA', { control: true })],
    ['Tab', key('Tab', 'Tab')],
    ['Shift+Tab', key('Tab', 'Tab', { shift: true })],
    ['Enter', key('Enter', 'Enter')],
    ['Escape', key('Escape', 'Escape')],
    ['Backspace', key('Backspace', 'Backspace')],
    ['ArrowLeft', key('ArrowLeft', 'ArrowLeft')],
    ['Space', key(' ', 'Space')],
  ])('lets %s through', (_name, input) => {
    expect(decideKioskInput(input)).toEqual({ allow: true, bypass: null, adminChord: false });
  });

  it('takes the admin chord by key position, swallows it and logs no bypass', () => {
    const chord = key('K', 'KeyK', { control: true, alt: true, shift: true });
    expect(decideKioskInput(chord)).toEqual({ allow: false, bypass: null, adminChord: true });
    expect(decideKioskInput({ ...chord, key: 'Л' })).toEqual({ allow: false, bypass: null, adminChord: true });
    expect(decideKioskInput({ ...chord, shift: false }).adminChord).toBe(false);
    expect(decideKioskInput({ ...chord, meta: true }).adminChord).toBe(false);
    expect(decideKioskInput(key('k', 'KeyK')).adminChord).toBe(false);
  });

  it('honours a configured admin chord instead of the default', () => {
    const custom = { ...DEFAULT_ADMIN_CHORD, code: 'F9', control: true, shift: false, alt: true };
    expect(decideKioskInput(key('F9', 'F9', { control: true, alt: true }), custom).adminChord).toBe(true);
    expect(decideKioskInput(key('K', 'KeyK', { control: true, alt: true, shift: true }), custom).adminChord).toBe(false);
  });

  it('blocks the key-up and the auto-repeat of a blocked key but logs only the first key-down', () => {
    expect(decideKioskInput({ ...key('F12', 'F12'), isAutoRepeat: true })).toEqual({ allow: false, bypass: null, adminChord: false });
    expect(decideKioskInput({ ...key('F12', 'F12'), type: 'keyUp' })).toEqual({ allow: false, bypass: null, adminChord: false });
    expect(decideKioskInput({ ...key('r', 'KeyR', { control: true }), type: 'keyUp' })).toEqual({ allow: false, bypass: null, adminChord: false });
    expect(decideKioskInput({ ...key('K', 'KeyK', { control: true, alt: true, shift: true }), type: 'keyUp' })).toEqual({ allow: false, bypass: null, adminChord: false });
  });
});
