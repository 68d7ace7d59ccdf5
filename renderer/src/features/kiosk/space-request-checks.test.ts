import { describe, expect, it } from 'vitest';
import { KIOSK_ERROR_CODES } from '../../../../domain/kiosk/errors.ts';
import { kioskEn } from '../../i18n/locales/kiosk-en.ts';
import { personsCheck, personsCount, personsHint, requestRefusalKey } from './space-request-checks.ts';

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
