import type { Reservation, ReservationSeries } from '../../../domain/bookings/entities.ts';
import { toWallClock } from '../../../domain/wall-clock.ts';
import { bookingLabel } from './reservee.ts';

const finnishDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;

/** "Lukupiiri 10.12.2026 17.00–19.00": a booking as a handler recognises it (Helsinki time). */
export function describeReservation(r: Reservation): string {
  const begin = toWallClock(Date.parse(r.beginsAt));
  const end = toWallClock(Date.parse(r.endsAt));
  const until = end.date === begin.date ? clock(end.minutes) : `${finnishDate(end.date)} ${clock(end.minutes)}`;
  return `${bookingLabel(r)} ${finnishDate(begin.date)} ${clock(begin.minutes)}–${until}`;
}

/** "Kuoroharjoitus 5.1.2027–28.5.2027": a series by its name and dates. */
export function describeSeries(s: ReservationSeries): string {
  return `${s.name} ${finnishDate(s.beginDate)}–${finnishDate(s.endDate)}`;
}
