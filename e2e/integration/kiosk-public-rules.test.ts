import { describe, expect, it } from 'vitest';
import { waitingInOrder } from '../../domain/assist/queue.ts';
import { holdsSlot, slotsOf } from '../../domain/assist/slots.ts';
import { APPOINTMENT_STATUSES, DEFAULT_HELP_MIN } from '../../domain/assist/vocabulary.ts';
import { BLOCKING_STATES } from '../../domain/bookings/vocabulary.ts';
import { BLOCKING_RESERVATION_STATES, helpSlotsOf, holdsHelpSlot, HELP_MIN_PER_CUSTOMER, waitingInCallOrder } from '../../main/core/kiosk/public-rules.ts';

/**
 * The kiosk states a few of the bookings and Assistance rules for its public rows (workspaces do
 * not import each other); here, outside the workspaces, they are held to the originals.
 */
describe("the kiosk's copies of other workspaces' rules", () => {
  it('agree on which bookings hold their time and on the help time per customer', () => {
    expect([...BLOCKING_RESERVATION_STATES].sort()).toEqual([...BLOCKING_STATES].sort());
    expect(HELP_MIN_PER_CUSTOMER).toBe(DEFAULT_HELP_MIN);
    for (const status of APPOINTMENT_STATUSES) expect(holdsHelpSlot({ status })).toBe(holdsSlot({ status }));
  });

  it('cut a helper day into the same slots, across a change of clocks too', () => {
    for (const date of ['2026-12-03', '2026-03-29', '2026-10-25']) {
      const calendar = { id: 'c', servicePointId: 'sp', helperId: 'h', date, startTime: '00:30', endTime: '05:00', slotLengthMin: 45 as const };
      expect(helpSlotsOf(calendar)).toEqual(slotsOf(calendar));
    }
  });

  it('call waiting tickets in the same order', () => {
    const t = (id: string, number: number, queuedAt: string, status = 'waiting') => ({ id, number, queuedAt, status }) as never;
    const tickets = [t('a', 3, '2026-12-03T08:00:00Z'), t('b', 1, '2026-12-03T08:05:00Z'), t('c', 2, '2026-12-03T08:00:00Z'), t('d', 4, '2026-12-03T07:00:00Z', 'called')];
    expect(waitingInCallOrder(tickets)).toEqual(waitingInOrder(tickets));
  });
});
