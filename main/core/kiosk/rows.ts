import { z } from 'zod';
import { Localized } from '../../../domain/languages.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

/**
 * Readers of the kiosk's projected rows. They never use the staff schemas: a kiosk's rows hold
 * only the fields of domain/kiosk/public-data.ts, so each reader names what it needs (optional
 * where the public part may leave it out) and skips a row that does not fit instead of failing
 * the whole screen.
 */
const Text = z.string();
const Instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)));
const Count = z.number().int().nonnegative();

export const PubServicePoint = z.object({ id: Text, name: Localized, ticketPrefix: Text.optional(), active: z.boolean().optional(), unitIds: z.array(Text).optional() });
export const PubBookingUnit = z.object({ id: Text, name: Localized });
export const PubSpace = z.object({ id: Text, parentId: Text.nullish() });
export const PubReservationUnit = z.object({
  id: Text,
  unitId: Text,
  name: Localized,
  description: Localized.nullish(),
  spaceIds: z.array(Text).nullish(),
  resourceIds: z.array(Text).nullish(),
  reservationKind: Text.optional(),
  minPersons: z.number().nullish(),
  maxPersons: z.number().nullish(),
  minDurationMin: z.number().positive(),
  maxDurationMin: z.number().positive(),
  startIntervalMin: z.number().positive(),
  reservationBeginsAt: Instant.nullish(),
  reservationEndsAt: Instant.nullish(),
  publishBeginsAt: Instant.nullish(),
  publishEndsAt: Instant.nullish(),
  minDaysBefore: Count.nullish(),
  maxDaysBefore: Count.nullish(),
  bufferBeforeMin: Count.nullish(),
  bufferAfterMin: Count.nullish(),
  blockWholeDay: z.boolean().nullish(),
  requiresHandling: z.boolean().nullish(),
});
export type PubReservationUnit = z.infer<typeof PubReservationUnit>;
export const PubOpeningHours = z.object({
  id: Text,
  unitId: Text,
  reservationUnitId: Text.nullable(),
  from: Text,
  to: Text,
  days: z.record(Text, z.array(z.object({ begin: Text, end: Text }))),
});
export type PubOpeningHours = z.infer<typeof PubOpeningHours>;
export const PubReservation = z.object({
  id: Text,
  reservationUnitId: Text,
  beginsAt: Instant,
  endsAt: Instant,
  state: Text,
  type: Text.nullish(),
  bufferBeforeMin: Count.nullish(),
  bufferAfterMin: Count.nullish(),
});
export type PubReservation = z.infer<typeof PubReservation>;
export const PubHelperCalendar = z.object({ id: Text, servicePointId: Text, date: Text, startTime: Text, endTime: Text, slotLengthMin: z.number().positive(), closedAt: Text.nullable().optional() });
export const PubAppointment = z.object({ id: Text, calendarId: Text, startsAt: Instant, status: Text });
export const PubTicket = z.object({
  id: Text,
  servicePointId: Text,
  serviceDate: Text,
  number: z.number().int(),
  label: Text,
  status: Text,
  queuedAt: Instant,
  calledAt: Instant.nullish(),
});
export type PubTicket = z.infer<typeof PubTicket>;
export const PubEvent = z.object({
  id: Text,
  servicePointId: Text,
  title: Localized,
  startsAt: Instant,
  endsAt: Instant,
  place: Text.nullish(),
  description: Localized.nullish(),
});
export const PubTerminal = z.object({
  id: Text,
  name: Text.optional(),
  servicePointId: Text,
  schedule: z.unknown().optional(),
  restartRequestedAt: Instant.nullish(),
  helpMinMedian: z.number().nonnegative().nullish(),
});

/** Rows of one table that fit the reader; `where` is a fixed SQL condition with its parameters. */
export function readRows<S extends z.ZodType>(db: SqliteDatabase, table: string, schema: S, where = '1 = 1', params: readonly (string | number)[] = []): z.output<S>[] {
  const rows = db.prepare<(string | number)[], { data: string }>(`SELECT data FROM ${table} WHERE ${where}`).all(...params);
  const out: z.output<S>[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(JSON.parse(row.data));
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export function readRow<S extends z.ZodType>(db: SqliteDatabase, table: string, schema: S, id: string): z.output<S> | null {
  return readRows(db, table, schema, 'id = ?', [id])[0] ?? null;
}
