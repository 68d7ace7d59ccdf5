import { BOOKING_DECIDERS, type BookingDecision, type CheckSlot, type ReservationCommandState } from '../../domain/bookings/decide.ts';
import type { BookingCommandType } from '../../domain/bookings/commands.ts';
import { buildConflictIndex } from '../../domain/bookings/conflict-index.ts';
import { checkSlot, isBlockingState, type Blocker } from '../../domain/bookings/conflicts.ts';
import type { Reservation, ReservationEvent } from '../../domain/bookings/entities.ts';
import type { ReservationTiming } from '../../domain/bookings/vocabulary.ts';
import type { Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import type { ChunkCache, CommandHandler, IncomingCommand } from '../sync/handler.ts';
import { blockingAround, lockReservation } from './command-state.ts';
import { decisionMessages } from './messages.ts';
import { reservationRefusal } from './rights.ts';
import { deleteSlotRows, insertSlotRows, slotHolders, slotRows, type SlotRow } from './slots.ts';
import { bookingStructure, type BookingStructure } from './structure.ts';

/** The name of migration 101's exclusion constraint: two related bookings in each other's time. */
export const SLOT_CONSTRAINT = 'reservation_slot_no_overlap';

/** The `current` of a slot_taken conflict: the bookings in the way and why (domain Blocker). */
export interface SlotTaken {
  free: false;
  blockers: Blocker[];
}

type ReservationCommand = 'bookings.approveReservation' | 'bookings.denyReservation' | 'bookings.returnToHandling' | 'bookings.cancelReservation';
const RESERVATION_COMMANDS: readonly string[] = ['bookings.approveReservation', 'bookings.denyReservation', 'bookings.returnToHandling', 'bookings.cancelReservation'];

const rejected = (code: 'bad_request', message: string): BookingDecision => ({ ok: false, status: 'rejected', code, message });
const unitName = (structure: BookingStructure, unitId: string) => structure.units.get(unitId)?.name.en ?? `unit ${unitId}`;

/**
 * The conflict rule over the blocking bookings of every unit related to the candidates, in the
 * window their time can reach: what a decider asks before a booking takes time again.
 */
async function slotCheckFor(tx: Queryable, structure: BookingStructure, candidates: readonly ReservationTiming[]): Promise<CheckSlot> {
  const related = new Set<string>();
  for (const c of candidates) for (const id of structure.relations.related(c.reservationUnitId).keys()) related.add(id);
  const from = Math.min(...candidates.map((c) => Date.parse(c.beginsAt)));
  const to = Math.max(...candidates.map((c) => Date.parse(c.endsAt)));
  const index = buildConflictIndex(await blockingAround(tx, [...related], from, to), structure.relations);
  return (candidate) => index.check(candidate);
}

async function decideOnReservation(tx: Queryable, command: IncomingCommand, ctx: Parameters<CommandHandler['decide']>[2], cache: ChunkCache, structure: BookingStructure, user: Parameters<CommandHandler['decide']>[4]): Promise<BookingDecision> {
  const type = command.type as ReservationCommand;
  const payload = command.payload as { reservationId: string };
  const reservation = await lockReservation(tx, payload.reservationId);
  if (reservation) {
    cache.set(beforeKey(command.id), [reservation.record]);
    const refusal = reservationRefusal(user, reservation.record, structure.groups, unitName(structure, reservation.record.unitId));
    if (refusal) return refusal;
  }
  const state: ReservationCommandState = { reservation, denyReasons: structure.denyReasons };
  // A denied booking gave its time away: taking it back is judged against today's bookings.
  if (type === 'bookings.returnToHandling' && reservation?.record.state === 'DENIED') state.checkSlot = await slotCheckFor(tx, structure, [reservation.record]);
  const decide = BOOKING_DECIDERS[type] as (s: ReservationCommandState, p: unknown, c: typeof ctx) => BookingDecision;
  return decide(state, command.payload, ctx);
}

const putsKey = (commandId: string) => `bookings.puts:${commandId}`;
const beforeKey = (commandId: string) => `bookings.before:${commandId}`;

/** Whether a write leaves a reservation's slot rows as they are: it held that very time before. */
function holdsTheSameTime(before: Reservation | undefined, after: Reservation): boolean {
  if (!before || !isBlockingState(before.state) || !isBlockingState(after.state)) return false;
  const fields = ['reservationUnitId', 'beginsAt', 'endsAt', 'type', 'bufferBeforeMin', 'bufferAfterMin'] as const;
  return fields.every((f) => before[f] === after[f]);
}

/**
 * Bookings commands on the central: the domain deciders the client runs too, fed with
 * authoritative state under row locks, after the user's rights on the booking's unit are
 * checked. The conflict rule's last word is the schema's (migration 101): `written` keeps each
 * written reservation's slot rows, and a slot another transaction took meanwhile comes back as
 * the exclusion violation that `explainViolation` turns into a `reservation_slot_taken` conflict.
 */
export const bookingCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache, user) {
    const structure = await bookingStructure(tx, cache);
    const type = command.type as BookingCommandType;
    try {
      if (RESERVATION_COMMANDS.includes(type)) return await decideOnReservation(tx, command, ctx, cache, structure, user);
      return rejected('bad_request', `The central does not decide ${type} yet.`);
    } catch (error) {
      // The rule's own refusal of a slot it cannot judge (an unknown unit, an end before the begin).
      if (error instanceof RangeError) return rejected('bad_request', error.message);
      throw error;
    }
  },

  async written(tx, command, puts, cache) {
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
    await insertSlotRows(tx, slotRowsOf(changed, structure));
    await enqueueNotifications(tx, decisionMessages(reservations, events, structure));
  },

  async explainViolation(tx, command, constraint, cache) {
    if (constraint !== SLOT_CONSTRAINT) return null;
    const reservations = (cache.get(putsKey(command.id)) ?? []) as Reservation[];
    const structure = await bookingStructure(tx, cache);
    const holderIds = await slotHolders(tx, slotRowsOf(reservations, structure));
    const holders = await tx.query<{ data: Reservation }>('SELECT data FROM reservation WHERE id = ANY($1::uuid[])', [holderIds], 'bookings_slot_holder_rows');
    const seen = new Set<string>();
    const blockers: Blocker[] = [];
    // The schema says they hold the time, whatever their rows say: judge them as holding it.
    const holding = holders.rows.map((h): Reservation => ({ ...h.data, state: 'CONFIRMED' }));
    for (const r of reservations) {
      for (const b of checkSlot(r, holding, structure.relations).blockers) {
        if (!seen.has(b.reservationId)) blockers.push(b);
        seen.add(b.reservationId);
      }
    }
    const current: SlotTaken = { free: false, blockers };
    const by = (blockers.length ? blockers.map((b) => b.reservationId) : holderIds).join(', ');
    return { ok: false, status: 'conflict', code: 'reservation_slot_taken', message: `The time was taken meanwhile by: ${by || 'another booking'}.`, current };
  },
};

function slotRowsOf(reservations: readonly Reservation[], structure: BookingStructure): SlotRow[] {
  return reservations.flatMap((r) => {
    const unit = structure.reservationUnits.get(r.reservationUnitId);
    if (!unit) throw new RangeError(`The reservation ${r.id} names an unknown reservation unit ${r.reservationUnitId}.`);
    return slotRows(r, unit, structure.ancestorsOf);
  });
}
