import { randomUUID } from 'node:crypto';
import type { Reservation } from '../../domain/bookings/entities.ts';
import type { CommandEnvelope, PushResponse } from '../../domain/sync/protocol.ts';
import { addDays, fromWallClock, helsinkiDateOf, toIsoInstant } from '../../domain/wall-clock.ts';
import type { Db } from '../db/db.ts';
import { seedId } from '../bookings/seed/ids.ts';
import { storeReservations } from '../bookings/seed/seed-bookings.ts';
import { numberChanges } from '../sync/feed.ts';
import { api, envelope, type ApiAnswer } from './api-client.ts';

/** The id of a seeded reservation unit by its key in central/bookings/seed/reservation-units.ts. */
export const reservationUnitId = (key: string): string => seedId('reservation-unit', key);

/** A Helsinki day far beyond the generated season: nothing seeded lies there. */
export const quietDay = (daysAhead = 300): string => addDays(helsinkiDateOf(Date.now()), daysAhead);

/** An instant on a Helsinki day at a wall-clock time 'HH:MM'. */
export function at(day: string, time: string): string {
  const [h, m] = time.split(':').map(Number);
  return toIsoInstant(fromWallClock(day, h! * 60 + m!));
}

/** A NORMAL request on a reservation unit, complete as the sync schema wants it. */
export function reservationFixture(db: Db, over: Partial<Reservation> & Pick<Reservation, 'id' | 'reservationUnitId' | 'beginsAt' | 'endsAt'>): Promise<Reservation> {
  return db
    .query<{ unit_id: string }>('SELECT unit_id::text AS unit_id FROM reservation_unit WHERE id = $1', [over.reservationUnitId])
    .then(({ rows }) => {
      const unitId = rows[0]?.unit_id;
      if (!unitId) throw new Error(`no reservation unit ${over.reservationUnitId}`);
      return {
        unitId,
        seriesId: null,
        state: 'REQUIRES_HANDLING',
        type: 'NORMAL',
        name: 'Lukupiiri',
        description: '',
        bufferBeforeMin: null,
        bufferAfterMin: null,
        userId: null,
        reserveeKind: 'individual',
        reserveeFirstName: 'Aino',
        reserveeLastName: 'Asiakas',
        reserveeOrganisation: null,
        reserveeBusinessId: null,
        reserveeEmail: 'aino.asiakas@example.fi',
        reserveePhone: '+358401234567',
        reserveeLanguage: 'fi',
        purposeId: null,
        ageGroupId: null,
        partySize: 8,
        applyingForFreeOfCharge: false,
        freeOfChargeReason: null,
        priceCents: 0,
        undiscountedPriceCents: 0,
        subsidised: false,
        vatPercent: 25.5,
        paymentType: null,
        paymentStatus: null,
        paymentDueAt: null,
        createdAt: new Date().toISOString(),
        confirmedAt: null,
        handledAt: null,
        denyReasonId: null,
        handlingNote: null,
        cancelReason: null,
        cancelDetails: null,
        ...over,
      } satisfies Reservation;
    });
}

/** Stores reservations as version 1 with their slot rows and feed lines, as the seed does. */
export async function storeFixtures(db: Db, reservations: readonly Reservation[]): Promise<void> {
  await db.transaction(async (tx) => {
    await storeReservations(tx, reservations);
    await numberChanges(tx);
  });
}

/** The outbox rows queued about a reservation. */
export async function outboxAbout(db: Db, reservationId: string): Promise<{ template: string; language: string; recipient: string; params: Record<string, string> }[]> {
  const res = await db.query<{ template: string; language: string; recipient: string; params: Record<string, string> }>(
    'SELECT template, language, recipient, params FROM notification_outbox WHERE entity_id = $1 ORDER BY created_at',
    [reservationId],
  );
  return res.rows;
}

/** One command pushed by a client of its own: the HTTP answer. */
export function pushOne(central: { url: string }, token: string, type: CommandEnvelope['type'], payload: unknown, baseVersion: number | null = 1): Promise<ApiAnswer<PushResponse>> {
  return api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope(type, payload, 1, baseVersion)] } });
}

/** A reservation's version and state, how many slot rows it holds and the k they carry. */
export async function reservationRow(db: Db, id: string): Promise<{ version: number; state: string; slots: number; k: string | null } | undefined> {
  const res = await db.query<{ version: number; state: string; slots: number; k: string | null }>(
    `SELECT version, state, (SELECT count(*)::int FROM reservation_slot s WHERE s.reservation_id = r.id) AS slots,
       (SELECT min(k)::text FROM reservation_slot s WHERE s.reservation_id = r.id) AS k FROM reservation r WHERE id = $1`,
    [id],
  );
  return res.rows[0];
}
