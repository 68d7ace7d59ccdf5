import { describe, expect, it } from 'vitest';
import { RequestReservationInput } from '../../../../domain/kiosk/contract.ts';
import { KIOSK_ERROR_CODES } from '../../../../domain/kiosk/errors.ts';
import { kioskEn } from '../../i18n/locales/kiosk-en.ts';
import { kioskFi } from '../../i18n/locales/kiosk-fi.ts';
import { kioskSv } from '../../i18n/locales/kiosk-sv.ts';
import { contactCheck, personsCheck, personsCount, personsHint, requestRefusalKey } from './space-request-checks.ts';

const booth = { minPersons: null, maxPersons: 2 };
const hall = { minPersons: 10, maxPersons: 60 };
const open = { minPersons: null, maxPersons: null };

describe('the persons answer of a space request', () => {
  it('is refused before sending when more people come than the space takes, naming its limit', () => {
    expect(personsCheck(booth, '4')).toEqual({ problem: 'too_many', text: { key: 'kiosk.request.personsTooMany', params: { count: 2 } } });
    expect(personsCheck(hall, '61')).toMatchObject({ problem: 'too_many', text: { params: { count: 60 } } });
    expect(personsCheck(booth, '2')).toBeNull();
    expect(personsCheck(open, '400')).toBeNull();
  });

  it('is refused when fewer people come than the space is for', () => {
    expect(personsCheck(hall, '3')).toEqual({ problem: 'too_few', text: { key: 'kiosk.request.personsTooFew', params: { count: 10 } } });
    expect(personsCheck(hall, '10')).toBeNull();
  });

  it('must be a whole number of at least one; an empty answer is left to the required check', () => {
    for (const answer of ['kaksi', '2.5', '-1', '0', '1e3']) expect(personsCheck(booth, answer)).toMatchObject({ problem: 'whole' });
    expect(personsCheck(null, 'x')).toMatchObject({ problem: 'whole' });
    expect(personsCheck(booth, '  ')).toBeNull();
    expect(personsCheck(null, '40')).toBeNull();
    expect(personsCount(' 3 ')).toBe(3);
    expect(personsCount('0')).toBeNull();
  });

  it('is hinted with the space’s limits', () => {
    expect(personsHint(booth)).toEqual({ key: 'kiosk.request.personsMax', params: { count: 2 } });
    expect(personsHint(hall)).toEqual({ key: 'kiosk.request.personsRange', params: { min: 10, max: 60 } });
    expect(personsHint({ minPersons: 4, maxPersons: null })).toEqual({ key: 'kiosk.request.personsMin', params: { count: 4 } });
    expect(personsHint({ minPersons: 1, maxPersons: null })).toBeNull();
    expect(personsHint(null)).toBeNull();
  });
});

describe('the contact details of a space request', () => {
  const reservee = { name: 'Aada Asiakas', email: 'aada@example.org', phone: '040 765 4321' };
  // Whether the kiosk's core takes the request with this reservee (the contract's input, which the form's check must agree with).
  const taken = (r: typeof reservee) =>
    RequestReservationInput.safeParse({ reservationUnitId: 'u1', beginsAt: '2026-12-08T10:00:00Z', endsAt: '2026-12-08T11:00:00Z', numPersons: 2, purpose: 'Kuoro', reservee: r }).success;

  it('refuses a phone number the request would be refused for, such as a single digit, before sending', () => {
    for (const phone of ['1', '12345', '040 abc', '+358 40 123 4567 890 12', '040/1234567']) {
      expect(contactCheck('phone', phone), phone).toEqual({ key: 'kiosk.request.phoneInvalid' });
      expect(taken({ ...reservee, phone }), phone).toBe(false);
    }
  });

  it('refuses a malformed e-mail address before sending', () => {
    for (const email of ['aada', 'aada@', 'aada@example', '@example.org', 'aada example.org', 'aada@@example.org']) {
      expect(contactCheck('email', email), email).toEqual({ key: 'kiosk.request.emailInvalid' });
      expect(taken({ ...reservee, email }), email).toBe(false);
    }
  });

  it('lets through what the request takes, judged as sent (trimmed); an empty answer is left to the required check', () => {
    for (const phone of ['040 765 4321', '+358 40 765 4321', '0407654321', '09-310 1234', ' 040 765 4321 ']) {
      expect(contactCheck('phone', phone), phone).toBeNull();
      expect(taken({ ...reservee, phone: phone.trim() }), phone).toBe(true);
    }
    for (const email of ['aada@example.org', 'aada.asiakas+kioski@hel.fi', ' aada@example.org ']) {
      expect(contactCheck('email', email), email).toBeNull();
      expect(taken({ ...reservee, email: email.trim() }), email).toBe(true);
    }
    expect(contactCheck('phone', '  ')).toBeNull();
    expect(contactCheck('email', '')).toBeNull();
  });

  it('has its messages in Finnish, Swedish and English', () => {
    const texts = [kioskFi, kioskSv, kioskEn].map(({ kiosk: { request } }) => [request.emailInvalid, request.phoneInvalid]);
    expect(new Set(texts.flat()).size).toBe(6);
    expect(texts[2]).toEqual([expect.stringContaining('e-mail address'), expect.stringContaining('phone number')]);
  });
});

describe('a refused space request', () => {
  const text = (key: string | null) => key?.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], kioskEn);

  it('reads as its reason for every refusal the bookings decider gives a customer', () => {
    // decideRequestReservation's refusals (domain/bookings/decide-request.ts) and the central's own "taken meanwhile".
    const decided = ['not_found', 'kiosk_space_not_bookable', 'reservation_in_past', 'kiosk_party_size', 'kiosk_duration_not_allowed', 'kiosk_outside_booking_window', 'kiosk_outside_opening_hours', 'kiosk_start_not_allowed', 'reservation_time_taken'];
    for (const code of decided) expect(text(requestRefusalKey(code)), code).toEqual(expect.stringMatching(/^The request was not accepted: /));
    expect(text(requestRefusalKey('kiosk_party_size'))).toContain('the number of people does not suit this space');
    expect(text(requestRefusalKey('kiosk_outside_opening_hours'))).toContain('not open for the whole time');
    expect(text(requestRefusalKey('reservation_time_taken'))).toContain('someone else booked the time');
    // Each reason its own text, but a missing space and one not bookable now read alike.
    expect(new Set(decided.map(requestRefusalKey)).size).toBe(decided.length - 1);
  });

  it('keeps the general text for a refusal with no reason a customer could act on', () => {
    for (const code of ['reservation_ends_before_begins', 'validation_failed', 'forbidden', 'internal', 'toString', '__proto__']) expect(requestRefusalKey(code), code).toBeNull();
  });

  it('names every code of the kiosk’s own space request rules', () => {
    const requestRules = KIOSK_ERROR_CODES.filter((c) => !['kiosk_not_this_terminal', 'kiosk_terminal_unknown'].includes(c));
    expect(requestRules.filter((c) => requestRefusalKey(c) === null)).toEqual([]);
  });
});
