import { describe, expect, it } from 'vitest';
import { isStorableText, StorableText } from './text.ts';

describe('storable text', () => {
  it('refuses U+0000 and lone surrogates, wherever they are', () => {
    for (const bad of ['\u0000', 'a\u0000', '\ud800', '\udfff', 'x\ud83dy', '\ude00\ud83d', '😀'.slice(0, 1)]) expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
  });

  it('accepts any other text: emoji, right-to-left scripts, control characters other than NUL', () => {
    for (const good of ['', 'Soitti 📞', 'שלום עולם', '\u202eRTL override', 'tab\there', '\u0001', 'e\u0301', '\uffff']) expect(isStorableText(good), JSON.stringify(good)).toBe(true);
  });

  it('keeps zod’s own checks chainable after it', () => {
    const note = StorableText.trim().min(1).max(5);
    expect(note.safeParse('  ok  ')).toEqual({ success: true, data: 'ok' });
    expect(note.safeParse('   ').success).toBe(false);
    expect(note.safeParse('a\u0000').success).toBe(false);
    expect(note.safeParse('toolong').success).toBe(false);
  });
});
