/**
 * Which reservations hold their time: the ones going to occur (created, waiting for payment,
 * requiring handling, confirmed); denied and cancelled ones free it. The bookings deciders and a
 * kiosk's free-time view read this one list, the kiosk on rows whose state is a bare string.
 */
export const TIME_HOLDING_STATES = ['CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED'] as const;

const HOLDING: ReadonlySet<string> = new Set(TIME_HOLDING_STATES);

export function holdsTime(state: string): boolean {
  return HOLDING.has(state);
}
