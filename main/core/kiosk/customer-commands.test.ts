import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RequestReservationInput } from '../../../domain/kiosk/contract.ts';
import { COMMANDS } from '../../../domain/workspaces.ts';
import { customerCommandSpecs } from './customer-commands.ts';

/** The longest purpose and name the kiosk's own contract takes. */
const longest = (schema: unknown) => (schema as { maxLength: number }).maxLength;
const PURPOSE_MAX = longest(RequestReservationInput.shape.purpose);
const NAME_MAX = longest(RequestReservationInput.shape.reservee.shape.name);

const who = { terminalId: randomUUID(), servicePointId: () => 'sp-oodi' };
const request = (purpose: string) => ({
  reservationUnitId: randomUUID(),
  beginsAt: '2027-03-02T10:00:00.000Z',
  endsAt: '2027-03-02T11:00:00.000Z',
  numPersons: 4,
  purpose,
  reservee: { name: 'Å'.repeat(NAME_MAX), email: `${'a'.repeat(64)}@${'b'.repeat(60)}.fi`, phone: '+358 40 123 4567 89' },
  language: 'sv',
});

describe('a space request from the kiosk', () => {
  it('that the kiosk takes at its longest is one the bookings decider takes too, so a customer never meets the general refusal for its length', () => {
    const input = RequestReservationInput.parse(request('x'.repeat(PURPOSE_MAX)));
    const payload = customerCommandSpecs(who)['bookings.requestReservation']!.payload(input, '2027-03-01', randomUUID);
    expect(COMMANDS['bookings.requestReservation'].payload.safeParse(payload).success).toBe(true);
  });

  it('is refused at the kiosk when its purpose is longer than the contract takes', () => {
    expect(RequestReservationInput.safeParse(request('x'.repeat(PURPOSE_MAX + 1))).success).toBe(false);
  });
});
