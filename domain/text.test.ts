import { describe, expect, it } from 'vitest';
import { isStorableText, LONG_TEXT_MAX, StorableText } from './text.ts';
import { AddNoteInput, parseCall, WithdrawOfferInput } from './contract.ts';
import { AddNotePayload, WithdrawOfferPayload } from './berths/commands.ts';

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

describe('long free text', () => {
  const id = '00000000-0000-4000-8000-000000000001';
  const at = (n: number) => 'x'.repeat(n);

  it('is bounded at LONG_TEXT_MAX by the contract and the command payloads alike', () => {
    expect(AddNoteInput.safeParse({ applicationId: id, note: at(LONG_TEXT_MAX) }).success).toBe(true);
    expect(AddNoteInput.safeParse({ applicationId: id, note: at(LONG_TEXT_MAX + 1) }).success).toBe(false);
    expect(AddNotePayload.safeParse({ applicationId: id, note: at(LONG_TEXT_MAX) }).success).toBe(true);
    expect(AddNotePayload.safeParse({ applicationId: id, note: at(LONG_TEXT_MAX + 1) }).success).toBe(false);
    expect(WithdrawOfferInput.safeParse({ applicationId: id, leaseId: id, reason: at(LONG_TEXT_MAX) }).success).toBe(true);
    expect(WithdrawOfferInput.safeParse({ applicationId: id, leaseId: id, reason: at(LONG_TEXT_MAX + 1) }).success).toBe(false);
    expect(WithdrawOfferPayload.safeParse({ applicationId: id, leaseId: id, reason: at(LONG_TEXT_MAX + 1) }).success).toBe(false);
  });

  it('over the limit is refused with its own code, not cut', () => {
    const r = parseCall('berths.addNote', { applicationId: id, note: at(LONG_TEXT_MAX + 1) });
    expect(r.ok ? null : r.error.code).toBe('text_too_long');
    const bad = parseCall('berths.addNote', { applicationId: 'not-a-uuid', note: at(LONG_TEXT_MAX + 1) });
    expect(bad.ok ? null : bad.error.code).toBe('bad_request');
  });
});
