import type { ParsedInput } from '../../../domain/contract.ts';
import type { BookingCommandPayload, BookingCommandType } from '../../../domain/bookings/commands.ts';
import type { Reservation, ReservationSeries } from '../../../domain/bookings/entities.ts';
import { BOOKING_DECIDERS, type BookingCommandStates, type Decider } from '../../../domain/bookings/decide.ts';
import type { AppError } from '../../../domain/result.ts';
import { ok } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { CacheAccess, CacheWorkspace } from '../cache/workspace.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { BOOKING_TABLES } from './tables.ts';
import { BOOKING_COMMAND_SPECS } from './command-payloads.ts';
import { BOOKING_STATE_LOADERS } from './command-state.ts';
import { bookingRights } from './rights.ts';
import { listUnits, openRequests } from './list-units.ts';
import { listReservations } from './list-reservations.ts';
import { getReservation } from './get-reservation.ts';
import { dayCalendar, weekCalendar } from './calendars.ts';
import { checkSlot } from './check-slot.ts';
import { previewSeries } from './preview-series.ts';
import { previewReschedule } from './preview-reschedule.ts';
import { unitSettings } from './unit-settings.ts';
import { describeReservation, describeSeries } from './describe.ts';
import { loadReservationUnit } from './structure.ts';

type AnyPayload = BookingCommandPayload<BookingCommandType>;
type AnyDecider = (state: BookingCommandStates[BookingCommandType], payload: AnyPayload, ctx: Parameters<Decider<'bookings.approveReservation'>>[2]) => ReturnType<Decider<'bookings.approveReservation'>>;
type AnyLoader = (db: SqliteDatabase, payload: AnyPayload) => BookingCommandStates[BookingCommandType];

const rows = preparedFor((db: SqliteDatabase) => ({
  reservation: db.prepare<[string], { data: string }>('SELECT data FROM reservation WHERE id = ?'),
  series: db.prepare<[string], { data: string }>('SELECT data FROM reservation_series WHERE id = ?'),
}));
const parse = <T>(row: { data: string } | undefined): T | null => (row ? (JSON.parse(row.data) as T) : null);

const SERIES_COMMANDS = new Set<string>(['bookings.createSeries', 'bookings.endSeries', 'bookings.rescheduleSeries']);
/** An admin's changes to a reservation unit: its prices and its rules. */
const UNIT_COMMANDS = new Set<string>(['bookings.setPrices', 'bookings.setUnitRules']);

/** The unit a command acts in and who booked what it acts on (null for something new). */
function targetOf(db: SqliteDatabase, type: BookingCommandType, payload: unknown): { unitId: string; bookedBy: string | null } | null {
  const p = payload as { reservationId?: string; seriesId?: string; reservationUnitId?: string };
  if (type === 'bookings.createStaffReservation' || type === 'bookings.createSeries' || UNIT_COMMANDS.has(type)) {
    const ru = loadReservationUnit(db, p.reservationUnitId!);
    return ru ? { unitId: ru.unitId, bookedBy: null } : null;
  }
  if (type === 'bookings.endSeries' || type === 'bookings.rescheduleSeries') {
    const s = parse<ReservationSeries>(rows(db).series.get(p.seriesId!));
    return s ? { unitId: s.unitId, bookedBy: s.userId } : null;
  }
  const r = parse<Reservation>(rows(db).reservation.get(p.reservationId!));
  return r ? { unitId: r.unitId, bookedBy: r.userId } : null;
}

/** A role on the command's unit that handles bookings; a reserver's own bookings only. */
function authorize({ db }: CacheAccess, actor: StaffUser, type: BookingCommandType, payload: unknown): AppError | null {
  // Nothing to act on: the decider answers not_found.
  const target = targetOf(db, type, payload);
  if (!target) return null;
  const rights = bookingRights(db, actor);
  if (UNIT_COMMANDS.has(type)) {
    return rights.may('bookings.resources.write', target.unitId) ? null : { code: 'forbidden', message: 'Only an admin of this unit may change its reservation units.' };
  }
  if (!rights.canHandle(target.unitId)) return { code: 'forbidden', message: 'Your roles do not let you handle or create bookings in this unit.' };
  if (target.bookedBy !== null && rights.onlyOwn(target.unitId) && target.bookedBy !== actor.id) {
    return { code: 'not_your_booking', message: 'This was booked by someone else: a reserver may act only on their own bookings.' };
  }
  return null;
}

/** The bookings workspace's part of the local cache. */
export const BOOKING_CACHE: CacheWorkspace = {
  tables: BOOKING_TABLES,
  queries: {
    'bookings.listUnits': { permission: 'bookings.resources.read', run: ({ db, actor }) => ok(listUnits(db, bookingRights(db, actor))) },
    'bookings.openRequests': { permission: 'bookings.reservations.read', run: ({ db, actor, now }) => ok(openRequests(db, bookingRights(db, actor), now)) },
    'bookings.listReservations': {
      permission: 'bookings.reservations.read',
      run: ({ db, actor }, input) => ok(listReservations(db, input as ParsedInput<'bookings.listReservations'>, bookingRights(db, actor))),
    },
    'bookings.getReservation': {
      permission: 'bookings.reservations.read',
      run: ({ db, actor, now }, input) => getReservation(db, bookingRights(db, actor), (input as ParsedInput<'bookings.getReservation'>).id, now),
    },
    'bookings.dayCalendar': {
      permission: 'bookings.reservations.read',
      run: ({ db, actor }, input) => {
        const i = input as ParsedInput<'bookings.dayCalendar'>;
        return dayCalendar(db, bookingRights(db, actor), i.unitId, i.date);
      },
    },
    'bookings.weekCalendar': {
      permission: 'bookings.reservations.read',
      run: ({ db, actor }, input) => {
        const i = input as ParsedInput<'bookings.weekCalendar'>;
        return weekCalendar(db, bookingRights(db, actor), i.reservationUnitId, i.weekOf);
      },
    },
    'bookings.checkSlot': {
      permission: 'bookings.reservations.read',
      run: ({ db, actor }, input) => checkSlot(db, bookingRights(db, actor), input as ParsedInput<'bookings.checkSlot'>),
    },
    'bookings.previewSeries': {
      permission: 'bookings.reservations.read',
      run: ({ db, actor }, input) => previewSeries(db, bookingRights(db, actor), input as ParsedInput<'bookings.previewSeries'>),
    },
    'bookings.unitSettings': {
      permission: 'bookings.resources.read',
      run: ({ db, actor, now }, input) => unitSettings(db, bookingRights(db, actor), (input as ParsedInput<'bookings.unitSettings'>).reservationUnitId, now),
    },
    'bookings.previewReschedule': {
      permission: 'bookings.reservations.read',
      run: ({ db, actor, now }, input) => previewReschedule(db, bookingRights(db, actor), input as ParsedInput<'bookings.previewReschedule'>, now.getTime()),
    },
  },
  commands: BOOKING_COMMAND_SPECS,
  aggregateOf: (type, payload) => {
    const p = payload as { reservationId?: string; seriesId?: string };
    // New bookings are not versioned (no baseVersion); their id still links a refusal to them.
    if (SERIES_COMMANDS.has(type)) return { entity: 'reservation_series', id: p.seriesId! };
    if (UNIT_COMMANDS.has(type)) return { entity: 'reservation_unit', id: (payload as { reservationUnitId: string }).reservationUnitId };
    return { entity: 'reservation', id: p.reservationId! };
  },
  authorize: (access, actor, type, payload) => authorize(access, actor, type as BookingCommandType, payload),
  decide: ({ db }, type, payload, ctx) => {
    const t = type as BookingCommandType;
    const p = payload as AnyPayload;
    const load = BOOKING_STATE_LOADERS[t] as AnyLoader;
    return (BOOKING_DECIDERS[t] as AnyDecider)(load(db, p), p, ctx);
  },
  describeAggregate: ({ db }, id) => {
    const r = parse<Reservation>(rows(db).reservation.get(id));
    if (r) return describeReservation(r);
    const s = parse<ReservationSeries>(rows(db).series.get(id));
    if (s) return describeSeries(s);
    const ru = loadReservationUnit(db, id);
    return ru ? ru.name.fi : null;
  },
};
