import type { LabelledBlocker } from '../../../domain/bookings/contract.ts';
import type { Blocker } from '../../../domain/bookings/conflicts.ts';
import type { Reservation } from '../../../domain/bookings/entities.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { bookingLabel } from './reservee.ts';
import { loadReservationUnit } from './structure.ts';

const NO_NAME = { fi: '', sv: '', en: '' };

/**
 * The bookings in a slot's way as a handler knows them: the booking's name or its reservee, and its
 * reservation unit's name, beside why it blocks (conflicts.ts). `around` holds the bookings the
 * rule was run over.
 */
export function labelBlockers(db: SqliteDatabase, around: readonly Reservation[], blockers: readonly Blocker[]): LabelledBlocker[] {
  const byId = new Map(around.map((r) => [r.id, r]));
  return blockers.map((b) => {
    const r = byId.get(b.reservationId);
    return { ...b, label: r ? bookingLabel(r) : '', reservationUnitName: loadReservationUnit(db, b.reservationUnitId)?.name ?? NO_NAME };
  });
}
