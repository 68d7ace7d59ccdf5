import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { TicketCheck } from '../../../domain/culture-kids/contract.ts';
import { checkTicket, parseTicket, type Ticket } from '../../../domain/culture-kids/check-in.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { CultureKidsRights } from './rights.ts';
import { ckRows } from './rows.ts';

const keyRows = preparedFor((db: SqliteDatabase) => db.prepare<[string], { data: string }>('SELECT data FROM ck_ticket_key WHERE cohort_id = ? ORDER BY rowid DESC'));

/** Imported keys by their text: a door scans hundreds of tickets against the same few keys. */
const imported = new Map<string, KeyObject | null>();
function publicKey(base64url: string): KeyObject | null {
  let key = imported.get(base64url);
  if (key === undefined) {
    try {
      key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: base64url }, format: 'jwk' });
    } catch {
      key = null;
    }
    imported.set(base64url, key);
  }
  return key;
}

/** The cohort's public ticket keys in the cache (ck_ticket_key), newest first. */
export function ticketKeys(db: SqliteDatabase, cohortId: string): KeyObject[] {
  return keyRows(db)
    .all(cohortId)
    .flatMap((r) => {
      const key = publicKey((JSON.parse(r.data) as { publicKey: string }).publicKey);
      return key ? [key] : [];
    });
}

/**
 * A scanned ticket checked offline: signed with the key of the cohort it names (a ticket of
 * another cohort, or signed with another cohort's key, fails), naming an enrolment the cache holds
 * for that occurrence, not cancelled, inside the 60-minute window. `occurrenceId`: the door's
 * occurrence, when it checks one in; a ticket for another occurrence is refused.
 */
export function verifyTicket(db: SqliteDatabase, rights: CultureKidsRights, text: string, now: Date, occurrenceId?: string): TicketCheck {
  const parsed = parseTicket(text);
  const cohortId = parsed?.ticket.cohortId ?? '';
  if (parsed && !rights.on(cohortId).admin) return { valid: false, code: 'forbidden', message: 'The ticket is for a cohort you do not check in.' };
  const keys = parsed ? ticketKeys(db, cohortId) : [];
  const rows = ckRows(db);
  const lookup = (t: Ticket) => {
    const enrolment = rows.enrolment(t.enrolmentId)?.record ?? null;
    const occurrence = rows.occurrence(t.occurrenceId)?.record ?? null;
    // The enrolment, occurrence and cohort must agree with the signed ticket.
    const fits = enrolment !== null && occurrence !== null && enrolment.cohortId === t.cohortId && occurrence.cohortId === t.cohortId;
    return { enrolment: fits ? enrolment : null, occurrence, event: occurrence ? (rows.event(occurrence.eventId)?.record ?? null) : null };
  };
  const checked = checkTicket(text, (bytes, signature) => keys.some((k) => verify(null, bytes, k, signature)), lookup, now.toISOString());
  if (!('ok' in checked)) return { valid: false, code: checked.code, message: checked.message };
  if (occurrenceId !== undefined && checked.ticket.occurrenceId !== occurrenceId) {
    return { valid: false, code: 'ck_occurrence_mismatch', message: `The ticket is for another occurrence (${checked.ticket.occurrenceId}).` };
  }
  const child = rows.child(checked.enrolment.childId)?.record;
  const occurrence = rows.occurrence(checked.ticket.occurrenceId)!.record;
  return {
    valid: true,
    enrolmentId: checked.enrolment.id,
    occurrenceId: occurrence.id,
    childFirstName: child?.firstName ?? '',
    childLastName: child?.lastName ?? '',
    eventName: rows.event(occurrence.eventId)?.record.name ?? { fi: '', sv: '', en: '' },
    startsAt: occurrence.startsAt,
    status: checked.enrolment.status,
    alreadyAttended: checked.enrolment.status === 'attended',
  };
}
