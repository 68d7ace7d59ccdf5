import type { AssistDashboard, CountRow } from '../../../domain/assist/contract.ts';
import type { Appointment, HelpSession, QueueTicket } from '../../../domain/assist/entities.ts';
import { countTable, type Dimension } from '../../../domain/assist/statistics.ts';
import { median } from '../../../domain/assist/wait-estimate.ts';
import { APPOINTMENT_STATUSES, ASSIST_PERMISSIONS as P, CHANNELS, OUTCOMES, REFERRALS, SERVICE_LANGUAGES, TOPICS } from '../../../domain/assist/vocabulary.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { parseInstant, toWallClock } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { periodMs } from './period.ts';
import type { AssistRights } from './rights.ts';
import { asRows, records } from './rows.ts';
import { pointWith } from './service-points.ts';

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
const hourOf = (iso: string) => HOURS[Math.floor(toWallClock(parseInstant(iso)).minutes / 60)]!;
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** Counts of one dimension over every point (statistics.ts counts per point; the dashboard sums them). */
function counts(sessions: readonly HelpSession[], dimension: Dimension, columns: readonly string[]): CountRow[] {
  const table = countTable(sessions, dimension, columns);
  return columns.map((key, c) => ({ key, count: table.counts.reduce((sum, row) => sum + (row[c] ?? 0), 0) }));
}

/** Hours from the first to the last with sessions, the empty ones between as zeros. */
function hours(sessions: readonly HelpSession[]): CountRow[] {
  const all = counts(sessions, 'hour', HOURS);
  const first = all.findIndex((r) => r.count > 0);
  const last = all.findLastIndex((r) => r.count > 0);
  return first < 0 ? [] : all.slice(first, last + 1);
}

const waitMin = (t: QueueTicket) => (parseInstant(t.calledAt!) - parseInstant(t.queuedAt)) / 60_000;

function queueFigures(tickets: readonly QueueTicket[]): AssistDashboard['queue'] {
  const called = tickets.filter((t) => t.calledAt !== null);
  const waits = called.map(waitMin);
  const byHour = new Map<string, number[]>();
  for (const t of called) byHour.set(hourOf(t.queuedAt), [...(byHour.get(hourOf(t.queuedAt)) ?? []), waitMin(t)]);
  return {
    tickets: tickets.length,
    served: tickets.filter((t) => t.status === 'done').length,
    noShows: tickets.filter((t) => t.status === 'no_show').length,
    transferred: tickets.filter((t) => t.status === 'transferred').length,
    medianWaitMin: median(waits),
    maxWaitMin: waits.length ? Math.max(...waits) : null,
    waitByHour: [...byHour].sort(([a], [b]) => a.localeCompare(b)).map(([key, w]) => ({ key, medianWaitMin: median(w)!, tickets: w.length })),
  };
}

function bookingFigures(appointments: readonly Appointment[]): AssistDashboard['bookings'] {
  const of = (status: Appointment['status']) => appointments.filter((a) => a.status === status).length;
  return {
    booked: appointments.length,
    byStatus: APPOINTMENT_STATUSES.map((status) => ({ status, count: of(status) })),
    noShows: of('no_show'),
    noShowRate: share(of('no_show'), of('done') + of('no_show')),
  };
}

/** The points the dashboard counts: the one asked for, or every one in the cache the user holds reports at. */
function pointsOf(db: SqliteDatabase, rights: AssistRights, servicePointId: string | null): Result<string[]> {
  if (servicePointId !== null) {
    const point = pointWith(db, rights, servicePointId, P.reports);
    return point.ok ? ok([point.value.id]) : point;
  }
  const ids = asRows(db)
    .servicePoints()
    .map((p) => p.record.id)
    .filter((id) => rights.may(P.reports, id));
  return ids.length ? ok(ids) : fail('forbidden', 'Your roles give you reports at no service point.');
}

/** Dashboard figures over a period from the cache (exact: suppression is for what leaves the app). */
export function assistDashboard(db: SqliteDatabase, rights: AssistRights, input: ParsedInput<'assist.dashboard'>): Result<AssistDashboard> {
  const points = pointsOf(db, rights, input.servicePointId);
  if (!points.ok) return points;
  const { from, to } = periodMs(input.from, input.to);
  const rows = asRows(db);
  const sessions = records(rows.sessionsOccurred(points.value, from, to));
  const of = (pick: (s: HelpSession) => boolean) => sessions.filter(pick).length;
  return ok({
    servicePointIds: points.value,
    from: input.from,
    to: input.to,
    sessions: sessions.length,
    byTopic: counts(sessions, 'topic', TOPICS),
    byChannel: counts(sessions, 'channel', CHANNELS),
    byLanguage: counts(sessions, 'language', SERVICE_LANGUAGES),
    byHour: hours(sessions),
    byOutcome: counts(sessions, 'outcome', OUTCOMES),
    byReferral: counts(sessions, 'referral', REFERRALS),
    referralRate: share(of((s) => s.referral !== 'none'), sessions.length),
    resolvedRate: share(of((s) => s.outcome === 'resolved'), sessions.length),
    byServicePoint: points.value.map((key) => ({ key, count: of((s) => s.servicePointId === key) })),
    queue: queueFigures(records(rows.ticketsQueued(points.value, from, to))),
    bookings: bookingFigures(records(rows.appointmentsStarting(points.value, from, to))),
  });
}
