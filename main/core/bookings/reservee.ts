import type { Reservation } from '../../../domain/bookings/entities.ts';

/** The person, or the organisation with the person after it ("Töölön lukupiiri ry, Aili Mäkinen"). */
export function reserveeName(r: Pick<Reservation, 'reserveeFirstName' | 'reserveeLastName' | 'reserveeOrganisation'>): string {
  const person = `${r.reserveeFirstName} ${r.reserveeLastName}`.trim();
  if (!r.reserveeOrganisation) return person;
  return person ? `${r.reserveeOrganisation}, ${person}` : r.reserveeOrganisation;
}

/** What a calendar writes on a booking: its name, else who holds it. */
export function bookingLabel(r: Pick<Reservation, 'name' | 'reserveeFirstName' | 'reserveeLastName' | 'reserveeOrganisation'>): string {
  return r.name.trim() || reserveeName(r);
}
