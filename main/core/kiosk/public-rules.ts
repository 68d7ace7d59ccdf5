import { fromWallClock, parseTimeOfDay, toIsoInstant } from '../../../domain/wall-clock.ts';

/**
 * The few rules of other workspaces a kiosk applies to the public rows it holds. Workspaces do not
 * import each other's internals (npm run deps), so the kiosk states them here for its partial
 * rows; each names the rule it mirrors, and kiosk-cache.test.ts checks them on real rows.
 */

/** Reservation states that hold their time (domain/bookings/vocabulary.ts BLOCKING_STATES). */
export const BLOCKING_RESERVATION_STATES: ReadonlySet<string> = new Set(['CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED']);

/** The help time assumed per customer (domain/assist/vocabulary.ts DEFAULT_HELP_MIN): public rows carry no help times. */
export const HELP_MIN_PER_CUSTOMER = 10;

/** Waiting tickets in the order they are called (domain/assist/queue.ts waitingInOrder). */
export function waitingInCallOrder<T extends { status: string; queuedAt: string; number: number }>(tickets: readonly T[]): T[] {
  return tickets.filter((t) => t.status === 'waiting').sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.number - b.number);
}

/** An appointment holds its slot until cancelled (domain/assist/slots.ts holdsSlot). */
export function holdsHelpSlot(a: { status: string }): boolean {
  return a.status !== 'cancelled';
}

/** A helper's day cut into equal slots in Helsinki wall-clock time (domain/assist/slots.ts slotsOf). */
export function helpSlotsOf(calendar: { date: string; startTime: string; endTime: string; slotLengthMin: number }): { startsAt: string; endsAt: string }[] {
  const start = parseTimeOfDay(calendar.startTime);
  const end = parseTimeOfDay(calendar.endTime);
  if (start === null || end === null) return [];
  const slots: { startsAt: string; endsAt: string }[] = [];
  for (let m = start; m + calendar.slotLengthMin <= end; m += calendar.slotLengthMin) {
    slots.push({ startsAt: toIsoInstant(fromWallClock(calendar.date, m)), endsAt: toIsoInstant(fromWallClock(calendar.date, m + calendar.slotLengthMin)) });
  }
  return slots;
}
