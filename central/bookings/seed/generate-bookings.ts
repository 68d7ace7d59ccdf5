import type { Pricing, Reservation, ReservationSeries } from '../../../domain/bookings/entities.ts';
import { buildRelationIndex } from '../../../domain/space-holds/related-units.ts';
import { seriesOccurrences, WEEKDAYS } from '../../../domain/bookings/series.ts';
import type { ReservationType } from '../../../domain/bookings/vocabulary.ts';
import { addDays, daysBetween, fromWallClock, helsinkiDateOf, isoWeekday, startOfHelsinkiDay, toIsoInstant } from '../../../domain/wall-clock.ts';
import { Random } from '../../demo-data/random.ts';
import { appliesFreeOfCharge, bookingRecord, type PlacedBooking } from './generate-booking-record.ts';
import { reserveePool, staffPool, type Reservee, type ReserveePool } from './generate-reservees.ts';
import { slotBook, type SlotBook } from './generate-slot-book.ts';
import type { BookingsReferenceData, ReservationUnit, ReservationUnitPricing } from './reference-types.ts';

/**
 * A season of demo bookings for the bookings workspace (issue 7 point 1): people, associations
 * and companies booking the seeded reservation units, with a few weekly series, in states a
 * real season has. Same reference data and options, same records, byte for byte. No two
 * blocking reservations conflict under the real rule (`conflicts.ts`).
 */
export interface SeasonOptions {
  /** The season's first and last Helsinki day, both included. */
  from: string;
  to: string;
  seed: number;
  /** How many reservations to make; fewer come back only when the rooms are full. */
  count: number;
  /** The instant that divides what has happened from what is ahead (ISO 8601 UTC). */
  now: string;
}

export interface GeneratedSeason {
  reservations: Reservation[];
  series: ReservationSeries[];
}

/** Opening hours are not recorded for the demo units: a library's usual day. */
const OPENS_MIN = 8 * 60;
const CLOSES_MIN = 21 * 60;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const TYPES: readonly (readonly [ReservationType, number])[] = [['NORMAL', 84], ['BEHALF', 7], ['STAFF', 5], ['BLOCKED', 4]];

interface Context {
  rng: Random;
  data: BookingsReferenceData;
  options: SeasonOptions;
  nowMs: number;
  book: SlotBook;
  pool: ReserveePool;
  staff: Reservee[];
  pricings: Map<string, Pricing[]>;
  out: Reservation[];
}

export function generateBookings(data: BookingsReferenceData, options: SeasonOptions): GeneratedSeason {
  const seasonDays = daysBetween(options.from, options.to) + 1;
  if (seasonDays < 1) throw new RangeError(`the season ends before it begins: ${options.from} … ${options.to}`);
  const units = data.reservationUnits.filter((u) => !u.isDraft && !u.isArchived);
  const rng = new Random(options.seed);
  const ctx: Context = {
    rng,
    data,
    options,
    nowMs: Date.parse(options.now),
    book: slotBook(buildRelationIndex(data.spaces, units)),
    pool: reserveePool(rng, options.count),
    staff: staffPool(rng),
    pricings: new Map(units.map((u) => [u.id, u.pricings.map(domainPricing)])),
    out: [],
  };
  const series = makeSeries(ctx, units, Math.min(12, Math.max(3, Math.round(options.count / 1500))));
  for (let attempts = 0; ctx.out.length < options.count && attempts < options.count * 30; attempts++) {
    placeSingle(ctx, rng.pick(units), rng.int(0, seasonDays - 1));
  }
  ctx.out.sort((a, b) => (a.beginsAt < b.beginsAt ? -1 : a.beginsAt > b.beginsAt ? 1 : a.id < b.id ? -1 : 1));
  return { reservations: ctx.out, series };
}

/** The seed's price row in the domain's shape; a free row names no payment type, and none is used. */
function domainPricing(p: ReservationUnitPricing): Pricing {
  return {
    begins: p.begins,
    priceUnit: p.priceUnit,
    highestPriceCents: p.highestPriceCents,
    lowestPriceCents: p.lowestPriceCents,
    vatPercent: p.taxPercentage,
    paymentType: p.paymentType ?? 'ON_SITE',
  };
}

const intervalMin = (u: ReservationUnit): number => Number(/\d+/.exec(u.reservationStartInterval)![0]);

/** A length on the unit's grid between its minimum and maximum, short ones more often; null when none fits the day. */
function durationFor(rng: Random, unit: ReservationUnit): number | null {
  const step = intervalMin(unit);
  const max = Math.min(unit.maxReservationDurationMin, CLOSES_MIN - OPENS_MIN);
  const steps = Math.floor((max - unit.minReservationDurationMin) / step);
  if (steps < 0) return null;
  return unit.minReservationDurationMin + step * Math.floor((steps + 1) * rng.next() ** 1.5);
}

/** A start on the unit's grid from opening time, so that the booking ends by closing time. */
function startFor(rng: Random, unit: ReservationUnit, duration: number, earliest = OPENS_MIN): number | null {
  const step = intervalMin(unit);
  const first = OPENS_MIN + Math.ceil((earliest - OPENS_MIN) / step) * step;
  const last = OPENS_MIN + Math.floor((CLOSES_MIN - duration - OPENS_MIN) / step) * step;
  if (last < first) return null;
  return first + step * rng.int(0, (last - first) / step);
}

function pickReservee(rng: Random, pool: ReserveePool): Reservee {
  const roll = rng.next();
  return rng.pick(roll < 0.7 ? pool.individuals : roll < 0.9 ? pool.associations : pool.companies);
}

/**
 * When a customer booking was made: within the unit's booking window (no sooner than its
 * minimum days before, no earlier than its maximum), and never after `now`. Null when no such
 * moment exists (a day further ahead than the window reaches from now).
 */
function customerCreatedAt(rng: Random, unit: ReservationUnit, date: string, nowMs: number): number | null {
  // Helsinki's day: in the two hours before Helsinki's midnight the UTC date is a day behind.
  const today = helsinkiDateOf(nowMs);
  const minLead = Math.max(unit.reservationsMinDaysBefore, daysBetween(today, date) + 1);
  const maxLead = Math.min(unit.reservationsMaxDaysBefore || 180, 120) - 1;
  if (minLead > maxLead) return null;
  const lead = minLead + Math.floor((maxLead - minLead + 1) * rng.next() ** 2);
  return startOfHelsinkiDay(addDays(date, -lead)) + rng.int(7 * 60, 22 * 60) * 60_000;
}

function withinCalendar(unit: ReservationUnit, beginMs: number): boolean {
  return (!unit.reservationBeginsAt || Date.parse(unit.reservationBeginsAt) <= beginMs) && (!unit.reservationEndsAt || beginMs < Date.parse(unit.reservationEndsAt));
}

/** A unit let by the day or the week (a studio's weekly rent) rather than by the hour. */
const byTheDay = (unit: ReservationUnit): boolean => unit.minReservationDurationMin >= 24 * 60;

interface Timing {
  beginMs: number;
  endMs: number;
  /** How many days after its first the booking ends on. */
  extraDays: number;
}

/** A booking's time on a day: hours on the unit's grid, or whole days from a morning start. */
function timingOn(rng: Random, unit: ReservationUnit, date: string): Timing | null {
  if (byTheDay(unit)) {
    const minDays = Math.ceil(unit.minReservationDurationMin / (24 * 60));
    const days = minDays + Math.floor((Math.floor(unit.maxReservationDurationMin / (24 * 60)) - minDays + 1) * rng.next() ** 2);
    const start = OPENS_MIN + intervalMin(unit) * rng.int(0, Math.floor(4 * 60 / intervalMin(unit)));
    const beginMs = fromWallClock(date, start);
    return { beginMs, endMs: beginMs + days * DAY_MS, extraDays: days };
  }
  const duration = durationFor(rng, unit);
  const start = duration === null ? null : startFor(rng, unit, duration);
  if (duration === null || start === null) return null;
  return { beginMs: fromWallClock(date, start), endMs: fromWallClock(date, start + duration), extraDays: 0 };
}

function placeSingle(ctx: Context, unit: ReservationUnit, day: number): void {
  const { rng, options, nowMs } = ctx;
  const date = addDays(options.from, day);
  // Fewer bookings at the weekend.
  if (isoWeekday(date) >= 6 && rng.chance(0.5)) return;
  const type = rng.weighted(TYPES) as ReservationType;
  const timing = timingOn(rng, unit, date);
  if (!timing) return;
  const { beginMs, endMs } = timing;
  const customer = type === 'NORMAL' || type === 'BEHALF';
  if (customer && !withinCalendar(unit, beginMs)) return;
  let createdAtMs: number | null;
  if (type === 'NORMAL') createdAtMs = customerCreatedAt(rng, unit, date, nowMs);
  else createdAtMs = Math.min(beginMs - rng.int(1, 30) * DAY_MS, nowMs - rng.int(1, 72) * HOUR_MS);
  if (createdAtMs === null) return;
  const reservee = customer ? pickReservee(rng, ctx.pool) : rng.pick(ctx.staff);
  const freeApplication = type === 'NORMAL' && appliesFreeOfCharge(rng, unit, reservee);
  place(ctx, day, day + timing.extraDays, freeApplication, {
    id: rng.uuid(),
    unit,
    pricings: ctx.pricings.get(unit.id)!,
    seriesId: null,
    type,
    beginsAt: toIsoInstant(beginMs),
    endsAt: toIsoInstant(endMs),
    createdAtMs,
    reservee,
    userId: type === 'NORMAL' ? reservee.userId : rng.pick(ctx.staff).userId,
  });
}

/** Records the booking when its time is free; its state decides whether it holds that time. */
function place(ctx: Context, firstDay: number, lastDay: number, freeApplication: boolean, booking: PlacedBooking): boolean {
  const { unit, type } = booking;
  // Customer bookings carry the unit's buffers; staff ones leave them to the rule (BLOCKED has none).
  const customer = type === 'NORMAL' || type === 'BEHALF';
  const slot = {
    id: null,
    reservationUnitId: unit.id,
    beginsAt: booking.beginsAt,
    endsAt: booking.endsAt,
    type,
    bufferBeforeMin: customer ? unit.bufferBeforeMin : null,
    bufferAfterMin: customer ? unit.bufferAfterMin : null,
  };
  if (!ctx.book.isFree(slot, firstDay, lastDay)) return false;
  const record = bookingRecord(ctx.rng, ctx.data, booking, ctx.nowMs, freeApplication);
  ctx.book.add(record, firstDay, lastDay);
  ctx.out.push(record);
  return true;
}

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Weekly series booked by staff for associations and companies: a choir's Tuesday evening, a
 * chess club's Thursday. They run the whole season at the same wall-clock time, across the
 * daylight-saving change; an occurrence whose time is already taken is left out.
 */
function makeSeries(ctx: Context, units: readonly ReservationUnit[], howMany: number): ReservationSeries[] {
  const { rng, options } = ctx;
  const candidates = units.filter((u) => !u.blockWholeDay && !byTheDay(u));
  const made: ReservationSeries[] = [];
  for (let attempt = 0; made.length < howMany && attempt < howMany * 10 && candidates.length; attempt++) {
    const unit = rng.pick(candidates);
    const duration = durationFor(rng, unit);
    const start = duration === null ? null : startFor(rng, unit, duration, 16 * 60);
    if (duration === null || start === null) continue;
    const reservee = rng.chance(0.8) ? rng.pick(ctx.pool.associations) : rng.pick(ctx.pool.companies);
    const staff = rng.pick(ctx.staff);
    const weekday = WEEKDAYS[rng.int(0, 3)]!;
    const series: ReservationSeries = {
      id: rng.uuid(),
      reservationUnitId: unit.id,
      unitId: unit.unitId,
      name: `${reservee.organisation}: ${rng.pick(ctx.data.purposes).name.fi}`,
      description: '',
      type: 'BEHALF',
      beginDate: options.from,
      endDate: options.to,
      beginTime: hhmm(start),
      endTime: hhmm(start + duration),
      recurrenceInDays: 7,
      weekdays: [weekday],
      userId: staff.userId,
      ageGroupId: rng.pick(ctx.data.ageGroups).id,
    };
    const occurrences = seriesOccurrences(series);
    if (!occurrences.ok) continue;
    const createdAtMs = Math.min(startOfHelsinkiDay(options.from) - rng.int(14, 60) * DAY_MS, ctx.nowMs);
    let placed = 0;
    for (const o of occurrences.occurrences) {
      const booking: PlacedBooking = {
        id: rng.uuid(),
        unit,
        pricings: ctx.pricings.get(unit.id)!,
        seriesId: series.id,
        type: 'BEHALF',
        beginsAt: o.beginsAt,
        endsAt: o.endsAt,
        createdAtMs,
        reservee,
        userId: staff.userId,
      };
      const day = daysBetween(options.from, o.date);
      if (place(ctx, day, day, false, booking)) placed++;
    }
    if (placed) made.push(series);
  }
  return made;
}
