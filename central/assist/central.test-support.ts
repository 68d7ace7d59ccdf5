import { randomUUID } from 'node:crypto';
import type { AssistCommandType } from '../../domain/assist/commands.ts';
import type { HelperCalendar } from '../../domain/assist/entities.ts';
import type { CommandEnvelope, PushResponse } from '../../domain/sync/protocol.ts';
import { addDays, helsinkiDateOf } from '../../domain/wall-clock.ts';
import { createUser } from '../auth/users.ts';
import type { Db } from '../db/db.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { api, envelope, type ApiAnswer } from '../testing/api-client.ts';

/** Helpers of the Assistance tests against a real central over HTTP. */
export function push(central: { url: string }, token: string, type: AssistCommandType, payload: unknown, opts: { baseVersion?: number | null; issuedAt?: string } = {}): Promise<ApiAnswer<PushResponse>> {
  const e: CommandEnvelope = { ...envelope(type, payload, 1, opts.baseVersion ?? null), ...(opts.issuedAt ? { issuedAt: opts.issuedAt } : {}) };
  return api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [e] } });
}

export async function rows<T>(db: Db, table: string, where = 'true', params: unknown[] = []): Promise<{ record: T; version: number }[]> {
  const res = await db.query<{ data: T; version: number }>(`SELECT data, version FROM ${table} WHERE ${where} ORDER BY id`, params);
  return res.rows.map((r) => ({ record: r.data, version: r.version }));
}

/** A kiosk terminal at a service point: a central user holding `kiosk` there (AS-DESIGN "Kiosk"). */
export async function createKiosk(db: Db, username: string, servicePointId: string): Promise<string> {
  const id = randomUUID();
  await createUser(db, { id, username, name: `Kiosk ${username}`, roles: [], grants: [{ role: 'kiosk', servicePointId }], password: 'demo' });
  return id;
}

/** A helper's bookable hours on a day from now, written straight into the central (helper-hours.test.ts opens them by command). */
export async function putCalendar(db: Db, servicePointId: string, daysFromToday: number, helperId: string): Promise<HelperCalendar> {
  const date = addDays(helsinkiDateOf(Date.now()), daysFromToday);
  const calendar: HelperCalendar = { id: `test-cal-${servicePointId}-${date}-${randomUUID().slice(0, 8)}`, servicePointId, helperId, date, startTime: '10:00', endTime: '12:00', slotLengthMin: 30 };
  await db.transaction(async (tx) => {
    const refused = await writePuts(tx, [{ entity: 'as_helper_calendar', id: calendar.id, version: 1, data: calendar }]);
    if (refused) throw new Error(refused.message);
    await numberChanges(tx);
  });
  return calendar;
}

export const sessionFields = {
  channel: 'walk_in',
  helperType: 'staff',
  topics: ['strong_auth'],
  serviceLanguage: 'fi',
  interpreted: false,
  ageBand: null,
  firstTimeUser: null,
  outcome: 'resolved',
  referral: 'none',
  note: null,
} as const;

/** A timed session that ended a minute before `endedAt` (default: now). */
export function logSession(servicePointId: string, o: Record<string, unknown> = {}, endedAt = Date.now() - 60_000) {
  return { ...sessionFields, sessionId: randomUUID(), servicePointId, startedAt: new Date(endedAt - 12 * 60_000).toISOString(), endedAt: new Date(endedAt).toISOString(), ticketId: null, appointmentId: null, ...o };
}

export function issueTicket(servicePointId: string, source: 'desk' | 'kiosk' = 'desk') {
  return { ticketId: randomUUID(), servicePointId, source, topicHint: null, language: null };
}
