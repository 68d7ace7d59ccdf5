import { describe, expect, it } from 'vitest';
import { touchedBy } from './core.ts';

describe('touchedBy', () => {
  it('names every entity of the command\'s workspace, whatever its permission is called', () => {
    const bookings = touchedBy('bookings.approveReservation');
    expect(bookings).toEqual(expect.arrayContaining(['reservation', 'reservation_event', 'reservation_series', 'booking_opening_hours']));
    expect(bookings).not.toContain('application');
    const berths = touchedBy('berths.offerBerth');
    expect(berths).toEqual(expect.arrayContaining(['application', 'lease']));
    expect(berths).not.toContain('reservation');
    expect(touchedBy('bookings.listReservations')).toEqual([]);
  });
});
