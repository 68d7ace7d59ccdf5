import { describe, expect, it } from 'vitest';
import { applyKey, keyboardRows } from './keyboard-layout.ts';

const chars = (rows: ReturnType<typeof keyboardRows>) => rows.flat().flatMap((k) => (k.kind === 'char' ? [k.char] : []));

describe('the on-screen keyboard', () => {
  it('has å, ä and ö, in capitals with shift', () => {
    expect(chars(keyboardRows(false, false))).toEqual(expect.arrayContaining(['å', 'ä', 'ö', 'a']));
    expect(chars(keyboardRows(true, false))).toEqual(expect.arrayContaining(['Å', 'Ä', 'Ö']));
    // The symbols page has what an e-mail address and a phone number need.
    expect(chars(keyboardRows(false, true))).toEqual(expect.arrayContaining(['@', '+', '_', '1']));
  });

  it('types at the caret and replaces a selection', () => {
    expect(applyKey({ value: 'Mtti', start: 1, end: 1 }, { kind: 'char', char: 'a' })).toEqual({ value: 'Matti', start: 2, end: 2 });
    expect(applyKey({ value: 'Maija', start: 1, end: 4 }, { kind: 'char', char: 'ö' })).toEqual({ value: 'Möa', start: 2, end: 2 });
    expect(applyKey({ value: 'a', start: 1, end: 1 }, { kind: 'space' })).toEqual({ value: 'a ', start: 2, end: 2 });
  });

  it('erases the character before the caret, or the selection, and nothing at the start', () => {
    expect(applyKey({ value: 'Åke', start: 3, end: 3 }, { kind: 'backspace' })).toEqual({ value: 'Åk', start: 2, end: 2 });
    expect(applyKey({ value: 'Åke', start: 0, end: 3 }, { kind: 'backspace' })).toEqual({ value: '', start: 0, end: 0 });
    expect(applyKey({ value: 'Åke', start: 0, end: 0 }, { kind: 'backspace' })).toEqual({ value: 'Åke', start: 0, end: 0 });
    expect(applyKey({ value: 'a😀', start: 3, end: 3 }, { kind: 'backspace' })).toEqual({ value: 'a', start: 1, end: 1 });
  });

  it('stops at the field length', () => {
    expect(applyKey({ value: 'abc', start: 3, end: 3 }, { kind: 'char', char: 'd' }, 3)).toEqual({ value: 'abc', start: 3, end: 3 });
  });
});
