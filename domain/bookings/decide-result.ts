import type { ErrorCode } from '../errors.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { BookingEntityName, BookingEntityRecord, Reservation, ReservationEvent, ReservationSeries } from './entities.ts';

/**
 * What every bookings decider answers, and the pieces they share: the rows to write, or a refusal
 * with a stable code (docs/decisions.md 3).
 */
export type BookingPut = { [E in BookingEntityName]: { entity: E; record: BookingEntityRecord[E]; version: number } }[BookingEntityName];

export type BookingDecision =
  | { ok: true; puts: BookingPut[] }
  | { ok: false; status: 'rejected' | 'conflict'; code: ErrorCode; message: string; current?: unknown };

export const reject = (code: ErrorCode, message: string, current?: unknown): BookingDecision =>
  current === undefined ? { ok: false, status: 'rejected', code, message } : { ok: false, status: 'rejected', code, message, current };

/** A booking_reserver acts only on what they booked themselves (brief 3.1, "RESERVER only for own"). */
export function notTheirs(actorMayOnlyTouchOwn: boolean | undefined, bookedBy: string | null, ctx: CommandContext, what: string): BookingDecision | null {
  if (!actorMayOnlyTouchOwn || bookedBy === ctx.actor.id) return null;
  return reject('not_your_booking', `${what} was booked by someone else: a reserver may act only on their own bookings.`);
}

/**
 * The refusal of a command decided on another version of its row than the row has now, or null;
 * `current` carries the row as it is (under the kind's name) for the conflict inbox.
 */
export function staleVersion<T>(kind: 'reservation' | 'series' | 'reservationUnit', id: string, row: Versioned<T>, ctx: CommandContext): BookingDecision | null {
  if (ctx.baseVersion === null || ctx.baseVersion === row.version) return null;
  const what = kind === 'reservationUnit' ? 'reservation unit' : kind;
  return {
    ok: false,
    status: 'conflict',
    code: 'stale_version',
    message: `The ${what} ${id} was changed by someone else (version ${row.version}, you saw ${ctx.baseVersion}).`,
    current: { [kind]: row.record, version: row.version },
  };
}

/**
 * The series a command acts on, or its refusal: there is none, a reserver's command on a series
 * someone else booked, or a series changed since the user saw it (every series command is
 * decided on the version the user saw).
 */
export function seriesGuard(
  series: Versioned<ReservationSeries> | null,
  seriesId: string,
  actorMayOnlyTouchOwn: boolean | undefined,
  ctx: CommandContext,
): { current: Versioned<ReservationSeries> } | { decision: BookingDecision } {
  if (!series || series.record.id !== seriesId) return { decision: reject('not_found', `The series ${seriesId} does not exist.`) };
  const mine = notTheirs(actorMayOnlyTouchOwn, series.record.userId, ctx, `The series ${seriesId}`);
  if (mine) return { decision: mine };
  const stale = staleVersion('series', seriesId, series, ctx);
  return stale ? { decision: stale } : { current: series };
}

/** Customers hear only of their own live bookings; staff-made ones send nothing (brief 8.4). */
export const notifiesCustomer = (r: Pick<Reservation, 'type'>) => r.type === 'NORMAL' || r.type === 'SEASONAL';

/** `now` as the reservation's fields hold instants: UTC. */
export const utc = (iso: string) => new Date(iso).toISOString();

/** The audit row of one change of a reservation (from null: it was created). */
export function reservationEvent(
  ctx: CommandContext,
  id: string,
  kind: ReservationEvent['kind'],
  before: Reservation | null,
  after: Reservation,
  note: string | null,
): ReservationEvent {
  return {
    id,
    reservationId: after.id,
    unitId: after.unitId,
    at: ctx.now,
    recordedAt: ctx.recordedAt,
    kind,
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    fromState: before?.state ?? null,
    toState: after.state,
    note,
    notifyCustomer: notifiesCustomer(after),
    commandId: ctx.commandId,
  };
}

/** A reservation changed by a command, and the event that records it. */
export function transitionPuts(
  current: Versioned<Reservation>,
  ctx: CommandContext,
  kind: ReservationEvent['kind'],
  patch: Partial<Reservation>,
  note: string | null,
  eventId: string = ctx.commandId,
): BookingPut[] {
  const next: Reservation = { ...current.record, ...patch };
  return [
    { entity: 'reservation', version: current.version + 1, record: next },
    { entity: 'reservation_event', version: 1, record: reservationEvent(ctx, eventId, kind, current.record, next, note) },
  ];
}

const FNV_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const FNV_PRIME = 0x0000000001000000000000000000013bn;
const MASK_128 = (1n << 128n) - 1n;

/**
 * The id of one of several events a command writes: the event table's ids are UUIDs, and the
 * client and the central must derive the same one. A 128-bit FNV-1a hash of the command id and
 * the reservation id, shaped as a UUID of version 8 (RFC 9562's custom format). Not a secret:
 * a crafted collision only makes the write refused (creating never overwrites).
 */
export function eventIdFor(commandId: string, reservationId: string): string {
  let h = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(`${commandId}\u0000${reservationId}`)) h = ((h ^ BigInt(byte)) * FNV_PRIME) & MASK_128;
  const hex = h.toString(16).padStart(32, '0').split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
