import { parseInstant, toIsoInstant } from '../wall-clock.ts';
import type { Versioned } from '../sync/command-context.ts';
import type { Appointment, HelpSession } from './entities.ts';
import { NOTE_RETENTION_DAYS } from './vocabulary.ts';

const DAY_MS = 86_400_000;

/** When a note written at `loggedAt` is erased. */
export function noteExpiry(loggedAt: string): string {
  return toIsoInstant(parseInstant(loggedAt) + NOTE_RETENTION_DAYS * DAY_MS);
}

/**
 * The sessions whose note has expired, with the note erased. The session itself stays: it is
 * anonymous already and the statistics count it.
 */
export function expireNotes(sessions: readonly Versioned<HelpSession>[], now: string): Versioned<HelpSession>[] {
  const at = parseInstant(now);
  return sessions
    .filter((s) => s.record.noteExpiresAt !== null && parseInstant(s.record.noteExpiresAt) <= at)
    .map((s) => ({ record: { ...s.record, note: null, noteExpiresAt: null }, version: s.version + 1 }));
}

/**
 * A booking's contact is kept this long after the appointment's end, then erased (brief 1.8),
 * whatever its status: no-shows are marked by hand, so a forgotten `booked` or `reminded` one must
 * not keep its contact for ever.
 */
export const CONTACT_RETENTION_DAYS = 30;

/** Appointments that ended at or before this instant have kept their contact long enough. */
export function contactsEndedBy(now: string): string {
  return toIsoInstant(parseInstant(now) - CONTACT_RETENTION_DAYS * DAY_MS);
}

/** Appointments whose contact has been kept long enough, with the contact erased. */
export function expireContacts(appointments: readonly Versioned<Appointment>[], now: string): Versioned<Appointment>[] {
  const cutoff = parseInstant(contactsEndedBy(now));
  return appointments.filter((a) => a.record.contact !== null && parseInstant(a.record.endsAt) <= cutoff).map((a) => ({ record: { ...a.record, contact: null }, version: a.version + 1 }));
}
