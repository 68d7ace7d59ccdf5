import { randomUUID } from 'node:crypto';
import type { CultureKidsCommandType } from '../../domain/culture-kids/commands.ts';
import type { Event, Occurrence } from '../../domain/culture-kids/entities.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { api, envelope, type ApiAnswer } from '../testing/api-client.ts';
import { cohortId } from './seed/reference-data.ts';

/** Helpers of the Culture Kids tests against a real central over HTTP. */
export const NEWEST = cohortId(2025);
export const OLDER = cohortId(2024);

export function push(central: { url: string }, token: string, type: CultureKidsCommandType, payload: unknown, baseVersion: number | null = null): Promise<ApiAnswer<PushResponse>> {
  return api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope(type, payload, 1, baseVersion)] } });
}

export async function rows<T>(db: Db, table: string, where = 'true', params: unknown[] = []): Promise<{ record: T; version: number }[]> {
  const res = await db.query<{ data: T; version: number }>(`SELECT data, version FROM ${table} WHERE ${where} ORDER BY id`, params);
  return res.rows.map((r) => ({ record: r.data, version: r.version }));
}

/** A published event of the cohort with its first occurrence in the future. */
export async function publishedOccurrence(db: Db, cohort: string): Promise<{ event: Event; occurrence: { record: Occurrence; version: number } }> {
  const events = (await rows<Event>(db, 'ck_event', "cohort_id = $1 AND data->>'publishedAt' IS NOT NULL AND data->>'eventGroupId' IS NULL", [cohort])).map((r) => r.record);
  const event = events[0] ?? (await rows<Event>(db, 'ck_event', "cohort_id = $1 AND data->>'publishedAt' IS NOT NULL", [cohort]))[0]!.record;
  const occurrence = (await rows<Occurrence>(db, 'ck_occurrence', 'event_id = $1', [event.id]))[0]!;
  return { event, occurrence };
}

/** Children of the cohort not enrolled anywhere yet. */
export async function freeChildren(db: Db, cohort: string, n: number): Promise<string[]> {
  const res = await db.query<{ id: string }>(
    "SELECT id FROM ck_child c WHERE cohort_id = $1 AND data->>'erasedAt' IS NULL AND NOT EXISTS (SELECT 1 FROM ck_enrolment e WHERE e.child_id = c.id) ORDER BY id LIMIT $2",
    [cohort, n],
  );
  return res.rows.map((r) => r.id);
}
