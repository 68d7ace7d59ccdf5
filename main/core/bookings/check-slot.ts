import type { SlotAnswerView } from '../../../domain/bookings/contract.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import { checkSlot as checkSlotRule } from '../../../domain/bookings/conflicts.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { BookingRights } from './rights.ts';
import { labelBlockers } from './blocker-labels.ts';
import { loadRelations, loadReservationUnit } from './structure.ts';
import { relatedBookings } from './timeline.ts';

/**
 * Is the slot free (conflicts.ts, over the cached bookings of the related units)? The answer names
 * each booking in the way and why, in words the screen can show.
 */
export function checkSlot(db: SqliteDatabase, rights: BookingRights, input: ParsedInput<'bookings.checkSlot'>): Result<SlotAnswerView> {
  const ru = loadReservationUnit(db, input.reservationUnitId);
  if (!ru) return fail('not_found', `The reservation unit ${input.reservationUnitId} does not exist.`);
  if (!rights.may('bookings.reservations.read', ru.unitId)) return fail('forbidden', 'Your roles do not cover this unit.');
  const begin = Date.parse(input.beginsAt);
  const end = Date.parse(input.endsAt);
  if (end <= begin) return fail('reservation_ends_before_begins', `A booking must end after it begins (${input.beginsAt}–${input.endsAt}).`);
  const relations = loadRelations(db);
  const existing = relatedBookings(db, relations, ru.id, begin, end);
  const answer = checkSlotRule({ id: null, ...input }, existing, relations);
  return ok({ free: answer.free, blockers: labelBlockers(db, existing, answer.blockers) });
}
