import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import { Random } from '../../demo-data/random.ts';
import type { Db } from '../../db/db.ts';
import { numberChanges } from '../../sync/feed.ts';
import { loadRecords } from '../../sync/seed-load.ts';
import { generateAppointments, generateCalendars } from './calendars.ts';
import { generateTodaysQueue } from './queue.ts';
import { SERVICE_POINTS } from './service-points.ts';
import { generateSessions } from './sessions.ts';

export interface AssistSeedCounts {
  servicePoints: number;
  calendars: number;
  appointments: number;
  sessions: number;
  tickets: number;
}

/** Everything the Assistance demo holds, dated around `now`; the same `seed` and day give the same rows. */
export function generateAssistDemo(now: Date, seed: number) {
  const today = helsinkiDateOf(now.getTime());
  const rng = new Random(seed);
  const calendars = generateCalendars(today);
  const appointments = generateAppointments(calendars, now, rng);
  const past = generateSessions(now, today, rng);
  return { servicePoints: SERVICE_POINTS, calendars, appointments, sessions: past.sessions, tickets: [...past.tickets, ...generateTodaysQueue(now, today)] };
}

/** The Assistance demo in one transaction, through the shared write path (so every row has its feed line). */
export async function seedAssist(db: Db, options: { seed: number; now: Date }): Promise<AssistSeedCounts> {
  const demo = generateAssistDemo(options.now, options.seed);
  await db.transaction(async (tx) => {
    await loadRecords(tx, 'as_service_point', demo.servicePoints);
    await loadRecords(tx, 'as_helper_calendar', demo.calendars);
    await loadRecords(tx, 'as_appointment', demo.appointments);
    await loadRecords(tx, 'as_queue_ticket', demo.tickets);
    await loadRecords(tx, 'as_help_session', demo.sessions);
    await numberChanges(tx);
  });
  return { servicePoints: demo.servicePoints.length, calendars: demo.calendars.length, appointments: demo.appointments.length, sessions: demo.sessions.length, tickets: demo.tickets.length };
}
