import {
  BOOKING_DECIDERS,
  type BookingDecision,
  type EndSeriesState,
  type ReservationUnitState,
  type RescheduleSeriesState,
  type ReservationCommandState,
  type ReservationRequestState,
  type SeriesState,
  type StaffReservationState,
} from '../../domain/bookings/decide.ts';
import type { BookingCommandPayload, BookingCommandType } from '../../domain/bookings/commands.ts';
import { buildConflictIndex } from '../../domain/bookings/conflict-index.ts';
import { checkSlot, isBlockingState, type Blocker, type ProposedSlot, type SlotCheck } from '../../domain/bookings/conflicts.ts';
import type { Reservation, ReservationEvent } from '../../domain/bookings/entities.ts';
import type { OccurrencePreview } from '../../domain/bookings/series.ts';
import { isStaffCreatedType, type ReservationUnitLinks } from '../../domain/bookings/vocabulary.ts';
import { helsinkiDateOf } from '../../domain/wall-clock.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import type { ChunkCache, CommandHandler, IncomingCommand } from '../sync/handler.ts';
import { blockingAround, lockReservation, lockReservationUnit, lockSeries, openingHoursOn, REACH_MS } from './command-state.ts';
import { canOnUnit } from '../../domain/roles.ts';
import { decisionMessages } from './messages.ts';
import { rightsOnUnit, unitRefusal } from './rights.ts';
import { seriesWindows } from './series-windows.ts';
import { rescheduledBuffers } from '../../domain/bookings/series-reschedule.ts';
import { lockSlotRows, slotLocksOf } from './slot-locks.ts';
import { deleteSlotRows, insertSlotRows, slotHolders, slotRows, type SlotRow } from './slots.ts';
import { bookingStructure, forgetBookingStructure, type BookingStructure } from './structure.ts';

/** The name of migration 101's exclusion constraint: two related bookings in each other's time. */
export const SLOT_CONSTRAINT = 'reservation_slot_no_overlap';

/** The `current` of a time conflict on one booking: the bookings in the way and why (domain Blocker). */
export interface SlotTaken {
  free: false;
  blockers: Blocker[];
}

type Decide = (s: unknown, p: unknown, c: CommandContext) => BookingDecision;
const decider = (type: BookingCommandType) => BOOKING_DECIDERS[type] as Decide;

const rejected = (code: 'bad_request', message: string): BookingDecision => ({ ok: false, status: 'rejected', code, message });
const unitName = (structure: BookingStructure, unitId: string) => structure.units.get(unitId)?.name.en ?? `unit ${unitId}`;

/** The reservations a command read before deciding, and those it wrote: for `written` and `explainViolation`. */
const beforeKey = (commandId: string) => `bookings.before:${commandId}`;
const putsKey = (commandId: string) => `bookings.puts:${commandId}`;
/** The reservation units related to `unitId` (itself included), as the rule knows them. */
function relatedUnits(structure: BookingStructure, unitId: string): ReservationUnitLinks[] {
  return [...structure.relations.related(unitId).keys()].map((id) => structure.relations.unit(id)).filter((u) => u !== undefined);
}

/**
 * The conflict rule over the blocking bookings of every unit related to `unitId`, around the
 * time [from, to) widened by what the slot's own buffers can reach: the check a decider runs
 * before a booking takes time.
 */
async function slotCheckFor(tx: Queryable, structure: BookingStructure, unitId: string, fromMs: number, toMs: number): Promise<(slot: ProposedSlot) => SlotCheck> {
  const window = { from: Math.min(fromMs, toMs) - REACH_MS, to: Math.max(fromMs, toMs) + REACH_MS };
  const index = buildConflictIndex(await blockingAround(tx, relatedUnits(structure, unitId), [window]), structure.relations);
  return (slot) => index.check(slot);
}

async function onReservation(tx: Queryable, command: IncomingCommand, cache: ChunkCache, structure: BookingStructure, user: StaffUser): Promise<ReservationCommandState | BookingDecision> {
  const reservation = await lockReservation(tx, (command.payload as { reservationId: string }).reservationId);
  const state: ReservationCommandState = { reservation, denyReasons: structure.denyReasons };
  if (!reservation) return state;
  const r = reservation.record;
  const rights = rightsOnUnit(user, r.unitId, structure.groups);
  if (rights === 'none') return unitRefusal(user, r.unitId, structure.groups, unitName(structure, r.unitId))!;
  state.actorMayOnlyTouchOwn = rights === 'own';
  cache.set(beforeKey(command.id), [r]);
  // A denied booking gave its time away: taking it back is judged against today's bookings.
  if (command.type === 'bookings.returnToHandling' && r.state === 'DENIED') {
    state.checkSlot = await slotCheckFor(tx, structure, r.reservationUnitId, Date.parse(r.beginsAt), Date.parse(r.endsAt));
  }
  return state;
}

async function onStaffReservation(tx: Queryable, p: BookingCommandPayload<'bookings.createStaffReservation'>, structure: BookingStructure, user: StaffUser): Promise<StaffReservationState | BookingDecision> {
  const unit = structure.reservationUnits.get(p.reservationUnitId) ?? null;
  const refusal = unit && unitRefusal(user, unit.unitId, structure.groups, unitName(structure, unit.unitId));
  if (refusal) return refusal;
  const checkSlot = unit ? await slotCheckFor(tx, structure, unit.id, Date.parse(p.beginsAt), Date.parse(p.endsAt)) : () => ({ free: true, blockers: [] });
  return { reservationUnit: unit, checkSlot };
}

/** A customer's request from a kiosk: no rights on the unit to check (bookings.request holds everywhere), its day's hours. */
async function onRequest(tx: Queryable, p: BookingCommandPayload<'bookings.requestReservation'>, structure: BookingStructure): Promise<ReservationRequestState> {
  const unit = structure.reservationUnits.get(p.reservationUnitId) ?? null;
  if (!unit) return { reservationUnit: null, openingHours: null, checkSlot: () => ({ free: true, blockers: [] }) };
  const openingHours = await openingHoursOn(tx, unit, helsinkiDateOf(Date.parse(p.beginsAt)));
  return { reservationUnit: unit, openingHours, checkSlot: await slotCheckFor(tx, structure, unit.id, Date.parse(p.beginsAt), Date.parse(p.endsAt)) };
}

async function onNewSeries(tx: Queryable, p: BookingCommandPayload<'bookings.createSeries'>, structure: BookingStructure, user: StaffUser): Promise<SeriesState | BookingDecision> {
  const unit = structure.reservationUnits.get(p.reservationUnitId) ?? null;
  const refusal = unit && unitRefusal(user, unit.unitId, structure.groups, unitName(structure, unit.unitId));
  if (refusal) return refusal;
  if (!unit) return { reservationUnit: null, existing: [], relations: structure.relations };
  return { reservationUnit: unit, existing: await blockingAround(tx, relatedUnits(structure, unit.id), seriesWindows(p, unit)), relations: structure.relations };
}

async function onSeriesEnd(tx: Queryable, command: IncomingCommand, cache: ChunkCache, structure: BookingStructure, user: StaffUser): Promise<EndSeriesState | BookingDecision> {
  const locked = await lockSeries(tx, (command.payload as { seriesId: string }).seriesId);
  const state: EndSeriesState = { series: locked?.series ?? null, members: locked?.occurrences ?? [], denyReasons: structure.denyReasons };
  if (!locked) return state;
  const unitId = locked.series.record.unitId;
  const rights = rightsOnUnit(user, unitId, structure.groups);
  if (rights === 'none') return unitRefusal(user, unitId, structure.groups, unitName(structure, unitId))!;
  state.actorMayOnlyTouchOwn = rights === 'own';
  cache.set(beforeKey(command.id), locked.occurrences.map((o) => o.record));
  return state;
}

/**
 * A series to reschedule: locked with its occurrences, the user's rights on its unit, and the
 * blocking bookings around the new pattern's dates (buffered as the decider books them).
 */
async function onSeriesReschedule(tx: Queryable, command: IncomingCommand, cache: ChunkCache, structure: BookingStructure, user: StaffUser): Promise<RescheduleSeriesState | BookingDecision> {
  const p = command.payload as BookingCommandPayload<'bookings.rescheduleSeries'>;
  const locked = await lockSeries(tx, p.seriesId);
  const state: RescheduleSeriesState = { series: locked?.series ?? null, members: locked?.occurrences ?? [], reservationUnit: null, existing: [], relations: structure.relations };
  if (!locked) return state;
  const series = locked.series.record;
  const rights = rightsOnUnit(user, series.unitId, structure.groups);
  if (rights === 'none') return unitRefusal(user, series.unitId, structure.groups, unitName(structure, series.unitId))!;
  state.actorMayOnlyTouchOwn = rights === 'own';
  cache.set(beforeKey(command.id), locked.occurrences.map((o) => o.record));
  const unit = structure.reservationUnits.get(series.reservationUnitId) ?? null;
  if (!unit || !isStaffCreatedType(series.type)) return { ...state, reservationUnit: unit };
  const pattern = { ...p, beginDate: p.fromDate, type: series.type, ...rescheduledBuffers(locked.occurrences.map((o) => o.record)) };
  return { ...state, reservationUnit: unit, existing: await blockingAround(tx, relatedUnits(structure, unit.id), seriesWindows(pattern, unit)) };
}

/** A reservation unit's prices or rules: the unit row-locked, and only an admin of its unit may change them. */
async function onReservationUnit(tx: Queryable, p: { reservationUnitId: string }, structure: BookingStructure, user: StaffUser): Promise<ReservationUnitState | BookingDecision> {
  const reservationUnit = await lockReservationUnit(tx, p.reservationUnitId);
  if (!reservationUnit) return { reservationUnit };
  const unitId = reservationUnit.record.unitId;
  if (!canOnUnit(user.grants, 'bookings.resources.write', unitId, structure.groups)) {
    return { ok: false, status: 'rejected', code: 'forbidden', message: `Only an admin of ${unitName(structure, unitId)} may change its reservation units.` };
  }
  return { reservationUnit };
}

/** The state a command's decider needs, loaded under row locks, or the refusal of the user's rights. */
function loadState(tx: Queryable, command: IncomingCommand, cache: ChunkCache, structure: BookingStructure, user: StaffUser): Promise<unknown> {
  switch (command.type as BookingCommandType) {
    case 'bookings.createStaffReservation':
      return onStaffReservation(tx, command.payload as BookingCommandPayload<'bookings.createStaffReservation'>, structure, user);
    case 'bookings.createSeries':
      return onNewSeries(tx, command.payload as BookingCommandPayload<'bookings.createSeries'>, structure, user);
    case 'bookings.endSeries':
      return onSeriesEnd(tx, command, cache, structure, user);
    case 'bookings.rescheduleSeries':
      return onSeriesReschedule(tx, command, cache, structure, user);
    case 'bookings.setPrices':
    case 'bookings.setUnitRules':
      return onReservationUnit(tx, command.payload as { reservationUnitId: string }, structure, user);
    case 'bookings.requestReservation':
      return onRequest(tx, command.payload as BookingCommandPayload<'bookings.requestReservation'>, structure);
    default:
      return onReservation(tx, command, cache, structure, user);
  }
}

const isDecision = (v: unknown): v is BookingDecision => typeof v === 'object' && v !== null && 'ok' in v;

/** Whether a write leaves a reservation's slot rows as they are: it held that very time before. */
function holdsTheSameTime(before: Reservation | undefined, after: Reservation): boolean {
  if (!before || !isBlockingState(before.state) || !isBlockingState(after.state)) return false;
  const fields = ['reservationUnitId', 'beginsAt', 'endsAt', 'type', 'bufferBeforeMin', 'bufferAfterMin'] as const;
  return fields.every((f) => before[f] === after[f]);
}

function slotRowsOf(reservations: readonly Reservation[], structure: BookingStructure): SlotRow[] {
  return reservations.flatMap((r) => {
    const unit = structure.reservationUnits.get(r.reservationUnitId);
    if (!unit) throw new RangeError(`The reservation ${r.id} names an unknown reservation unit ${r.reservationUnitId}.`);
    return slotRows(r, unit, structure.ancestorsOf);
  });
}

/** Each written reservation the holders are in the way of, with why. */
function blockedBy(reservations: readonly Reservation[], holders: readonly Reservation[], structure: BookingStructure): { reservation: Reservation; blockers: Blocker[] }[] {
  // The schema says they hold the time, whatever their rows say: judge them as holding it.
  const holding = holders.map((h): Reservation => ({ ...h, state: 'CONFIRMED' }));
  return reservations
    .map((reservation) => ({ reservation, blockers: checkSlot(reservation, holding, structure.relations).blockers }))
    .filter((b) => b.blockers.length > 0);
}

/**
 * Bookings commands on the central: the domain deciders the client runs too, fed with
 * authoritative state under row locks, after the user's rights on the booking's unit are
 * checked (a viewer or a handler of another unit: `forbidden`; a reserver: only their own, the
 * deciders' `not_your_booking`). The conflict rule's last word is the schema's (migration 101):
 * `written` keeps each written reservation's slot rows and queues the customer's messages, and a
 * slot another transaction took meanwhile comes back as the exclusion violation that
 * `explainViolation` answers as the decider would have.
 */
export const bookingCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache, user) {
    const structure = await bookingStructure(tx, cache);
    try {
      const state = await loadState(tx, command, cache, structure, user);
      if (isDecision(state)) return state;
      return decider(command.type as BookingCommandType)(state, command.payload, ctx);
    } catch (error) {
      // The rule's own refusal of a slot it cannot judge (an unknown unit, an end before the begin).
      if (error instanceof RangeError) return rejected('bad_request', error.message);
      throw error;
    }
  },

  async written(tx, command, puts, cache) {
    if (puts.some((p) => p.entity === 'reservation_unit')) forgetBookingStructure(cache);
    const reservations = puts.filter((p) => p.entity === 'reservation').map((p) => p.data as Reservation);
    const events = puts.filter((p) => p.entity === 'reservation_event').map((p) => p.data as ReservationEvent);
    if (reservations.length === 0) return;
    const structure = await bookingStructure(tx, cache);
    const before = new Map(((cache.get(beforeKey(command.id)) ?? []) as Reservation[]).map((r) => [r.id, r]));
    // An approval keeps the time the request held; anything else is rewritten whole: a state that
    // stops holding time leaves no rows, one that holds it (again, or elsewhere) has them now.
    const changed = reservations.filter((r) => !holdsTheSameTime(before.get(r.id), r));
    cache.set(putsKey(command.id), changed);
    await deleteSlotRows(tx, changed.map((r) => r.id));
    const rows = slotRowsOf(changed, structure);
    await lockSlotRows(tx, rows, slotLocksOf(cache));
    await insertSlotRows(tx, rows);
    await enqueueNotifications(tx, decisionMessages(reservations, events, structure));
  },

  async explainViolation(tx, command, constraint, cache) {
    if (constraint !== SLOT_CONSTRAINT) return null;
    const reservations = (cache.get(putsKey(command.id)) ?? []) as Reservation[];
    const structure = await bookingStructure(tx, cache);
    const holderIds = await slotHolders(tx, slotRowsOf(reservations, structure));
    const holders = await tx.query<{ data: Reservation }>('SELECT data FROM reservation WHERE id = ANY($1::uuid[])', [holderIds], 'bookings_slot_holder_rows');
    const blocked = blockedBy(reservations, holders.rows.map((h) => h.data), structure);
    const by = holderIds.join(', ') || 'another booking';
    if (command.type === 'bookings.createSeries' || command.type === 'bookings.rescheduleSeries') {
      const current: OccurrencePreview[] = blocked.map(({ reservation: r, blockers }) => ({ date: helsinkiDateOf(Date.parse(r.beginsAt)), beginsAt: r.beginsAt, endsAt: r.endsAt, status: 'conflict', blockers, clashesWith: [] }));
      return { ok: false, status: 'conflict', code: 'series_conflicts', message: `The series cannot be ${command.type === 'bookings.createSeries' ? 'booked' : 'rescheduled'}: these dates were taken meanwhile by ${by}: ${current.map((o) => o.date).join(', ')}.`, current };
    }
    // A kiosk's customer is told the time is taken, not by whose booking.
    if (command.type === 'bookings.requestReservation') return { ok: false, status: 'conflict', code: 'reservation_time_taken', message: 'The time was taken meanwhile.' };
    const seen = new Set<string>();
    const blockers = blocked.flatMap((b) => b.blockers).filter((b) => !seen.has(b.reservationId) && seen.add(b.reservationId));
    const current: SlotTaken = { free: false, blockers };
    const code = command.type === 'bookings.createStaffReservation' ? 'reservation_time_taken' : 'reservation_slot_taken';
    return { ok: false, status: 'conflict', code, message: `The time was taken meanwhile by: ${by}.`, current };
  },
};
