import { waitingInOrder } from '../../../domain/help-queue/call-order.ts';
import { DEFAULT_HELP_MIN, waitFor } from '../../../domain/help-queue/help-time.ts';
import { holdsSlot, slotsOf } from '../../../domain/help-slots/helper-day.ts';
import type { KioskHelpSlot, KioskHome, KioskSpace } from '../../../domain/kiosk/contract.ts';
import { isScheduledOpen, KioskSchedule } from '../../../domain/kiosk/schedule.ts';
import { buildRelationIndex } from '../../../domain/space-holds/related-units.ts';
import { addDays, helsinkiDateOf, startOfHelsinkiDay } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { freeSpans, linksOf } from './free-spans.ts';
import {
  PubAppointment,
  PubBookingUnit,
  PubEvent,
  PubHelperCalendar,
  PubOpeningHours,
  PubReservation,
  PubReservationUnit,
  PubServicePoint,
  PubSpace,
  PubTerminal,
  PubTicket,
  readRow,
  readRows,
  type PubTicket as Ticket,
} from './rows.ts';

export interface KioskIdentity {
  terminalId: string;
  servicePointId: string | null;
}

/** The kiosk's service point: its own terminal row's, else the grant's (before the first download). */
export function servicePointOf(db: SqliteDatabase, who: KioskIdentity): string | null {
  return readRow(db, 'kiosk_terminal', PubTerminal, who.terminalId)?.servicePointId ?? who.servicePointId;
}

/** Whether the kiosk's schedule has it open now; open when no schedule has arrived yet. */
export function scheduledOpenNow(db: SqliteDatabase, terminalId: string, nowMs: number): boolean {
  const schedule = KioskSchedule.safeParse(readRow(db, 'kiosk_terminal', PubTerminal, terminalId)?.schedule);
  return schedule.success ? isScheduledOpen(schedule.data, nowMs) : true;
}

/**
 * The expected wait for a ticket with `ahead` others before it: the service point's median help
 * time that the central stamps on this terminal's row at each heartbeat (public ticket rows carry
 * no help times), else the default, as on the desk before anyone was helped.
 */
export function waitMinutes(db: SqliteDatabase, terminalId: string, ahead: number): number {
  return waitFor(ahead, readRow(db, 'kiosk_terminal', PubTerminal, terminalId)?.helpMinMedian ?? DEFAULT_HELP_MIN);
}

export function waitingToday(db: SqliteDatabase, servicePointId: string, today: string): Ticket[] {
  return waitingInOrder(readRows(db, 'kiosk_pub_queue_ticket', PubTicket, 'service_point_id = ? AND service_date = ?', [servicePointId, today]));
}

export function kioskHome(db: SqliteDatabase, who: KioskIdentity, days: number, now: Date, lastSyncAt: string | null): KioskHome {
  const nowMs = now.getTime();
  const today = helsinkiDateOf(nowMs);
  const dates = Array.from({ length: days }, (_, i) => addDays(today, i));
  const terminal = readRow(db, 'kiosk_terminal', PubTerminal, who.terminalId);
  const spId = servicePointOf(db, who);
  const point = spId ? readRow(db, 'kiosk_pub_service_point', PubServicePoint, spId) : null;
  const unitIds = point?.unitIds ?? [];
  const waiting = spId ? waitingToday(db, spId, today).length : 0;
  return {
    terminal: { id: who.terminalId, name: terminal?.name ?? null, restartRequestedAt: terminal?.restartRequestedAt ?? null },
    servicePoint: spId ? { id: spId, name: point?.name ?? null, ticketPrefix: point?.ticketPrefix ?? null, unitIds } : null,
    today,
    scheduledOpen: scheduledOpenNow(db, who.terminalId, nowMs),
    events: spId ? todaysEvents(db, spId, today) : [],
    spaces: freeSpaces(db, dates, today, nowMs),
    helpSlots: spId ? nextDaysWithHelp(db, spId, today, days, nowMs) : [],
    queue: { waiting, estimatedWaitMin: spId ? waitMinutes(db, who.terminalId, waiting) : null },
    lastSyncAt,
  };
}

function todaysEvents(db: SqliteDatabase, servicePointId: string, today: string): KioskHome['events'] {
  const from = startOfHelsinkiDay(today);
  const to = startOfHelsinkiDay(addDays(today, 1));
  return readRows(db, 'kiosk_event', PubEvent, 'service_point_id = ? AND starts_ms >= ? AND starts_ms < ? ORDER BY starts_ms, id', [servicePointId, from, to]).map((e) => ({
    id: e.id,
    title: e.title,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    place: e.place ?? null,
    description: e.description ?? null,
  }));
}

function published(u: { publishBeginsAt?: string | null; publishEndsAt?: string | null; reservationKind?: string }, nowMs: number): boolean {
  if (u.reservationKind === 'SEASON') return false;
  if (u.publishBeginsAt && Date.parse(u.publishBeginsAt) > nowMs) return false;
  return !(u.publishEndsAt && Date.parse(u.publishEndsAt) <= nowMs);
}

function freeSpaces(db: SqliteDatabase, dates: readonly string[], today: string, nowMs: number): KioskSpace[] {
  const units = new Map(readRows(db, 'kiosk_pub_booking_unit', PubBookingUnit).map((u) => [u.id, u]));
  const hours = readRows(db, 'kiosk_pub_opening_hours', PubOpeningHours);
  const from = startOfHelsinkiDay(dates[0]!);
  const to = startOfHelsinkiDay(addDays(dates[dates.length - 1]!, 1));
  const reservationUnits = readRows(db, 'kiosk_pub_reservation_unit', PubReservationUnit);
  const spaces = readRows(db, 'kiosk_pub_booking_space', PubSpace).map((s) => ({ id: s.id, parentId: s.parentId ?? null }));
  const relations = buildRelationIndex(spaces, reservationUnits.map(linksOf));
  return reservationUnits
    .filter((ru) => published(ru, nowMs))
    .map((ru) => {
      // A unit's free time is taken by its own bookings and by those of every unit related to it.
      // A day's own hours win over the unit's; the buffers reach a day beyond either side.
      const related = [...relations.related(ru.id).keys()];
      const bookings = readRows(db, 'kiosk_pub_reservation', PubReservation, `reservation_unit_id IN (${related.map(() => '?').join(', ')}) AND begins_ms < ? AND ends_ms > ?`, [
        ...related,
        to + 86_400_000,
        from - 86_400_000,
      ]);
      return {
        reservationUnitId: ru.id,
        unitId: ru.unitId,
        unitName: units.get(ru.unitId)?.name ?? null,
        name: ru.name,
        description: ru.description ?? null,
        minPersons: ru.minPersons ?? null,
        maxPersons: ru.maxPersons ?? null,
        minDurationMin: ru.minDurationMin,
        maxDurationMin: ru.maxDurationMin,
        startIntervalMin: ru.startIntervalMin,
        requiresHandling: ru.requiresHandling ?? true,
        days: dates.map((date) => ({ date, free: freeSpans(ru, date, openingOn(hours, ru, date), bookings, relations, today, nowMs) })),
      };
    })
    .sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi') || a.reservationUnitId.localeCompare(b.reservationUnitId));
}

/** The reservation unit's own hours on a date if it has any record for it, else its unit's. */
function openingOn(hours: readonly PubOpeningHours[], ru: { id: string; unitId: string }, date: string): { begin: string; end: string }[] {
  const covering = (h: PubOpeningHours) => h.from <= date && date <= h.to;
  const own = hours.filter((h) => h.reservationUnitId === ru.id && covering(h));
  const source = own.length > 0 ? own : hours.filter((h) => h.reservationUnitId === null && h.unitId === ru.unitId && covering(h));
  return source.flatMap((h) => h.days[date] ?? []);
}

/** How far ahead the kiosk looks for help time: a Friday afternoon still finds next week's. */
const HELP_LOOKAHEAD_DAYS = 14;

/**
 * The next `days` days with free help time, within two weeks: help is given on a few weekdays, so
 * the next three calendar days can hold none (a Friday afternoon, a weekend) while Monday has room.
 */
function nextDaysWithHelp(db: SqliteDatabase, servicePointId: string, today: string, days: number, nowMs: number): KioskHome['helpSlots'] {
  const dates = Array.from({ length: Math.max(days, HELP_LOOKAHEAD_DAYS) }, (_, i) => addDays(today, i));
  return freeHelpSlots(db, servicePointId, dates, nowMs)
    .filter((d) => d.slots.length > 0)
    .slice(0, days);
}

function freeHelpSlots(db: SqliteDatabase, servicePointId: string, dates: readonly string[], nowMs: number): KioskHome['helpSlots'] {
  const calendars = readRows(db, 'kiosk_pub_helper_calendar', PubHelperCalendar, `service_point_id = ? AND date IN (${dates.map(() => '?').join(', ')})`, [servicePointId, ...dates]);
  return dates.map((date) => {
    const slots: KioskHelpSlot[] = [];
    for (const calendar of calendars.filter((c) => c.date === date && c.closedAt == null)) {
      const taken = new Set(
        readRows(db, 'kiosk_pub_appointment', PubAppointment, 'calendar_id = ?', [calendar.id])
          .filter(holdsSlot)
          .map((a) => Date.parse(a.startsAt)),
      );
      for (const slot of slotsOf(calendar)) {
        if (Date.parse(slot.startsAt) > nowMs && !taken.has(Date.parse(slot.startsAt))) slots.push({ calendarId: calendar.id, ...slot });
      }
    }
    return { date, slots: slots.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.calendarId.localeCompare(b.calendarId)) };
  });
}
