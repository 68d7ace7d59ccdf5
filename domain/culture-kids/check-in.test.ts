import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url.ts';
import { attendanceRefusal, checkInWindow, formatTicket, parseTicket, checkTicket, ticketSignedBytes, type Ticket, type TicketLookup } from './check-in.ts';
import { enrolment, event, occurrence } from './fixtures.test-support.ts';

/**
 * domain/ does no cryptography (and may not import node:crypto): the signature is injected. Here
 * a keyed checksum stands in for Ed25519, so the tests show what the format and the door check do
 * with a good, a foreign and a mismatched signature; main/core signs and verifies with node:crypto.
 */
function keyedSign(key: number, bytes: Uint8Array): Uint8Array {
  let h = key >>> 0;
  const out = new Uint8Array(16);
  bytes.forEach((b, i) => {
    h = Math.imul(h ^ b, 16777619) >>> 0;
    out[i % 16] = (out[i % 16]! + h) & 255;
  });
  return out;
}
const privateKey = 0x5eed;
const sign = (_alg: null, bytes: Uint8Array, key: number) => keyedSign(key, bytes);
const verify = (_alg: null, bytes: Uint8Array, key: number, sig: Uint8Array) => toBase64url(keyedSign(key, bytes)) === toBase64url(sig);
const publicKey = privateKey;
const ticket: Ticket = { enrolmentId: 'enr-1', occurrenceId: 'occ-1', cohortId: 'c-2023', issuedAt: '2027-02-02T08:00:00.000Z' };
const signed = (t: Ticket) => formatTicket(t, sign(null, ticketSignedBytes(t), privateKey));
const check = (bytes: Uint8Array, sig: Uint8Array) => verify(null, bytes, publicKey, sig);
const lookup = (o: Partial<TicketLookup> = {}) => () => ({ enrolment: enrolment(), occurrence: occurrence(), event: event(), ...o });
// occurrence(): 10:00Z, event(): 60 minutes.
const during = '2027-03-10T10:30:00.000Z';

describe('the check-in window', () => {
  it('runs from 60 minutes before the start to 60 minutes after the end', () => {
    expect(checkInWindow(event(), occurrence())).toEqual({ opensAt: '2027-03-10T09:00:00.000Z', closesAt: '2027-03-10T12:00:00.000Z' });
    expect(checkInWindow(event({ durationMin: null }), occurrence()).closesAt).toBe('2027-03-10T13:00:00.000Z');
  });
});

describe('the QR ticket', () => {
  it('signs a fixed, tagged text of its fields, and reads back what was written', () => {
    expect(new TextDecoder().decode(ticketSignedBytes(ticket))).toBe('kuva-desk/culture-kids/ticket/v1\nenr-1\nocc-1\nc-2023\n2027-02-02T08:00:00.000Z');
    const text = signed(ticket);
    expect(text).toMatch(/^CK1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(parseTicket(text)?.ticket).toEqual(ticket);
  });

  it('is accepted at the door inside the window, and refused before, after, forged, altered or cancelled', () => {
    const text = signed(ticket);
    expect(checkTicket(text, check, lookup(), during)).toMatchObject({ ok: true, ticket });
    expect(checkTicket(text, check, lookup(), '2027-03-10T08:59:00.000Z')).toMatchObject({ code: 'ck_ticket_not_valid_now' });
    expect(checkTicket(text, check, lookup(), '2027-03-10T09:00:00.000Z')).toMatchObject({ ok: true });
    expect(checkTicket(text, check, lookup(), '2027-03-10T12:00:01.000Z')).toMatchObject({ code: 'ck_ticket_not_valid_now' });
    const forged = formatTicket(ticket, sign(null, ticketSignedBytes(ticket), 0xbad));
    expect(checkTicket(forged, check, lookup(), during)).toMatchObject({ code: 'ck_ticket_signature_invalid' });
    const [, , sig] = text.split('.');
    const altered = `CK1.${toBase64url(ticketSignedBytes({ ...ticket, enrolmentId: 'enr-2' }))}.${sig}`;
    expect(checkTicket(altered, check, lookup(), during)).toMatchObject({ code: 'ck_ticket_signature_invalid' });
    expect(checkTicket(text, check, lookup({ enrolment: enrolment({ status: 'cancelled', cancelKind: 'staff' }) }), during)).toMatchObject({ code: 'ck_ticket_cancelled' });
    expect(checkTicket(text, check, lookup({ enrolment: null }), during)).toMatchObject({ code: 'ck_ticket_unreadable' });
  });

  it('carries a real Ed25519 signature over exactly the signed bytes (Web Crypto, no import)', async () => {
    type Key = Parameters<typeof crypto.subtle.sign>[1];
    const keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])) as unknown as { privateKey: Key; publicKey: Key };
    const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', keys.privateKey, ticketSignedBytes(ticket)));
    const parsed = parseTicket(formatTicket(ticket, signature))!;
    expect(parsed.signature).toEqual(signature);
    expect(await crypto.subtle.verify('Ed25519', keys.publicKey, parsed.signature, parsed.signedBytes)).toBe(true);
    const altered = ticketSignedBytes({ ...ticket, occurrenceId: 'occ-2' });
    expect(await crypto.subtle.verify('Ed25519', keys.publicKey, parsed.signature, altered)).toBe(false);
  });

  it('refuses what is not a ticket', () => {
    for (const text of ['', 'https://kummilapset.hel.fi/check-ticket-validity/abcde', 'CK1.a.b.c', 'CK1.!!!.AAAA', `CK1.${toBase64url(new TextEncoder().encode('other/v1\na\nb\nc\nd'))}.AAAA`]) {
      expect(parseTicket(text), text).toBeNull();
    }
    expect(() => ticketSignedBytes({ ...ticket, cohortId: 'a\nb' })).toThrow();
  });
});

describe('base64url', () => {
  it('round-trips every length and matches the platform\'s encoding', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
    }
    expect(fromBase64url('A')).toBeNull();
    expect(fromBase64url('AB=C')).toBeNull();
  });
});

describe('marking attendance', () => {
  it('opens with the ticket window and stays open afterwards, never for a cancelled enrolment', () => {
    expect(attendanceRefusal(enrolment(), event(), occurrence(), '2027-03-10T08:59:00.000Z')?.code).toBe('ck_attendance_not_open');
    expect(attendanceRefusal(enrolment(), event(), occurrence(), '2027-03-10T09:00:00.000Z')).toBeNull();
    expect(attendanceRefusal(enrolment(), event(), occurrence(), '2027-03-17T09:00:00.000Z')).toBeNull();
    expect(attendanceRefusal(enrolment({ status: 'cancelled', cancelKind: 'family' }), event(), occurrence(), during)?.code).toBe('ck_enrolment_not_active');
  });
});
