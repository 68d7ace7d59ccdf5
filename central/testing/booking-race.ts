import { randomUUID } from 'node:crypto';
import type { CommandResult, LoginResponse, PushResponse } from '../../domain/sync/protocol.ts';
import { openSession } from '../auth/sessions.ts';
import type { Db } from '../db/db.ts';
import { api, envelope } from './api-client.ts';
import { at, quietDay, reservationFixture, reservationUnitId, storeFixtures } from './booking-fixtures.ts';

/** Handlers who may act on Töölö library: by unit, through the libraries group, everywhere. */
const TOOLO_HANDLERS = ['ville', 'kaisa', 'paula'] as const;

/**
 * Twenty handlers, each in a session of their own, at the same moment either return a denied
 * request to handling or book the time for staff. The requests lie on Töölö's Mika Waltari hall, its part 1 and its parts 1–2, at
 * overlapping times: every two of them are related and in each other's time, so exactly one can
 * hold it. Answers each push's result and the ids of the bookings that hold time afterwards.
 */
export async function raceForTheHall(
  central: { url: string; db: Db },
  how: 'returnToHandling' | 'createStaffReservation',
  clients = 20,
  daysAhead = 300,
): Promise<{ results: CommandResult[]; holding: string[]; ids: string[] }> {
  const day = quietDay(daysAhead);
  const units = ['toolo-mika-waltari', 'toolo-mika-waltari-1', 'toolo-mika-waltari-1-2'].map(reservationUnitId);
  const wanted = Array.from({ length: clients }, (_, i) => ({
    id: randomUUID(),
    reservationUnitId: units[i % units.length]!,
    // 10:00–12:00 shifted by up to 45 minutes: all of them share 10:45–12:00.
    beginsAt: at(day, `10:${String((i % 4) * 15).padStart(2, '0')}`),
    endsAt: at(day, `12:${String((i % 4) * 15).padStart(2, '0')}`),
  }));
  if (how === 'returnToHandling') await storeFixtures(central.db, await Promise.all(wanted.map((w) => reservationFixture(central.db, { ...w, state: 'DENIED' }))));
  const command = (w: (typeof wanted)[number]) =>
    how === 'returnToHandling'
      ? envelope('bookings.returnToHandling', { reservationId: w.id }, 1, 1)
      : envelope(
          'bookings.createStaffReservation',
          { reservationId: w.id, reservationUnitId: w.reservationUnitId, beginsAt: w.beginsAt, endsAt: w.endsAt, type: 'STAFF', name: 'Henkilökunnan koulutus', description: '', bufferBeforeMin: null, bufferAfterMin: null, reservee: null },
          1,
          null,
        );
  // One sign-in per person (the throttle counts them), then a session of its own for each client.
  const people = await Promise.all(
    TOOLO_HANDLERS.map(async (username) => (await api<LoginResponse>(central.url, 'POST', '/auth/login', { body: { username, password: 'demo' } })).body.user),
  );
  const tokens = await Promise.all(wanted.map(async (_, i) => (await openSession(central.db, people[i % people.length]!)).token));
  const answers = await Promise.all(
    wanted.map((w, i) => api<PushResponse>(central.url, 'POST', '/sync/push', { token: tokens[i], body: { clientId: randomUUID(), commands: [command(w)] } })),
  );
  const results = answers.map((a) => {
    if (a.status !== 200) throw new Error(`push answered ${a.status}: ${JSON.stringify(a.body)}`);
    return a.body.results[0]!;
  });
  const ids = wanted.map((w) => w.id);
  const holding = await central.db.query<{ id: string }>(
    "SELECT id::text AS id FROM reservation WHERE id = ANY($1::uuid[]) AND state IN ('CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED')",
    [ids],
  );
  return { results, holding: holding.rows.map((r) => r.id), ids };
}
