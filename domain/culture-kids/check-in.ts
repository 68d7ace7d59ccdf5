import type { Enrolment, Event, Occurrence } from './entities.ts';
import type { Refusal } from './enrolment-rules.ts';
import { fromBase64url, toBase64url } from './base64url.ts';
import { occurrenceEndMs } from './capacity.ts';
import { CHECK_IN_LEEWAY_MIN } from './vocabulary.ts';

/**
 * Door check-in. A QR ticket carries the enrolment, its occurrence and cohort and when it was
 * issued, signed by the central (Ed25519, in main/core and the central with node:crypto). The
 * desk verifies it offline against its cache: the signature over the canonical bytes below, then
 * the enrolment it names. Kukkuu's ticket was a bare reference id that anyone could use to toggle
 * attendance; this one cannot be forged, carries no name, and only signed-in staff check in.
 */
export interface Ticket {
  enrolmentId: string;
  occurrenceId: string;
  cohortId: string;
  /** ISO 8601 UTC. */
  issuedAt: string;
}

const PREFIX = 'CK1';
const DOMAIN_TAG = 'kuva-desk/culture-kids/ticket/v1';

/**
 * The exact bytes the central signs: a tag naming the format (a signature over other bytes can
 * never be taken for a ticket's) and the fields, one per line, in this order, UTF-8.
 */
export function ticketSignedBytes(t: Ticket): Uint8Array {
  const fields = [t.enrolmentId, t.occurrenceId, t.cohortId, t.issuedAt];
  if (fields.some((f) => f === '' || /[\n\r]/.test(f))) throw new Error('A ticket field is empty or holds a line break.');
  return new TextEncoder().encode([DOMAIN_TAG, ...fields].join('\n'));
}

/** The text of the QR code: `CK1.<base64url of the signed bytes>.<base64url of the signature>`. */
export function formatTicket(t: Ticket, signature: Uint8Array): string {
  return `${PREFIX}.${toBase64url(ticketSignedBytes(t))}.${toBase64url(signature)}`;
}

export interface ParsedTicket {
  ticket: Ticket;
  signedBytes: Uint8Array;
  signature: Uint8Array;
}

/** A scanned text as a ticket, or null when it is not one (no signature checked yet). */
export function parseTicket(text: string): ParsedTicket | null {
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const signedBytes = fromBase64url(parts[1]!);
  const signature = fromBase64url(parts[2]!);
  if (!signedBytes || !signature || signature.length === 0) return null;
  let lines: string[];
  try {
    lines = new TextDecoder('utf-8', { fatal: true }).decode(signedBytes).split('\n');
  } catch {
    return null;
  }
  const [tag, enrolmentId, occurrenceId, cohortId, issuedAt] = lines;
  if (lines.length !== 5 || tag !== DOMAIN_TAG || !enrolmentId || !occurrenceId || !cohortId || !issuedAt || Number.isNaN(Date.parse(issuedAt))) return null;
  return { ticket: { enrolmentId, occurrenceId, cohortId, issuedAt }, signedBytes, signature };
}

/** From 60 minutes before the start to 60 minutes after the end. */
export function checkInWindow(event: Pick<Event, 'durationMin'>, occurrence: Pick<Occurrence, 'startsAt'>): { opensAt: string; closesAt: string } {
  const leeway = CHECK_IN_LEEWAY_MIN * 60_000;
  return {
    opensAt: new Date(Date.parse(occurrence.startsAt) - leeway).toISOString(),
    closesAt: new Date(occurrenceEndMs(event, occurrence) + leeway).toISOString(),
  };
}

export function isWithinCheckInWindow(event: Pick<Event, 'durationMin'>, occurrence: Pick<Occurrence, 'startsAt'>, now: string): boolean {
  const w = checkInWindow(event, occurrence);
  const t = Date.parse(now);
  return t >= Date.parse(w.opensAt) && t <= Date.parse(w.closesAt);
}

/** The signature check, injected: node:crypto's Ed25519 verify with the central's public key. */
export type VerifySignature = (signedBytes: Uint8Array, signature: Uint8Array) => boolean;

/** What the cache holds about a ticket's enrolment. */
export interface TicketLookup {
  enrolment: Enrolment | null;
  occurrence: Occurrence | null;
  event: Event | null;
}

/**
 * A scanned ticket checked at the door, offline: well-formed, signed by the central, naming a
 * known enrolment of that occurrence that is not cancelled, and inside the time window.
 */
export function checkTicket(text: string, verify: VerifySignature, lookup: (t: Ticket) => TicketLookup, now: string): Refusal | { ok: true; ticket: Ticket; enrolment: Enrolment } {
  const parsed = parseTicket(text);
  if (!parsed) return { code: 'ck_ticket_unreadable', message: 'The code is not a Culture Kids ticket.' };
  if (!verify(parsed.signedBytes, parsed.signature)) return { code: 'ck_ticket_signature_invalid', message: 'The ticket\'s signature does not match: it was not issued by the registry.' };
  const { enrolment, occurrence, event } = lookup(parsed.ticket);
  if (!enrolment || !occurrence || !event || enrolment.occurrenceId !== parsed.ticket.occurrenceId) {
    return { code: 'ck_ticket_unreadable', message: `The ticket names an enrolment this desk does not hold (${parsed.ticket.enrolmentId}).` };
  }
  if (enrolment.status === 'cancelled') return { code: 'ck_ticket_cancelled', message: `The enrolment ${enrolment.id} was cancelled.` };
  if (!isWithinCheckInWindow(event, occurrence, now)) {
    const w = checkInWindow(event, occurrence);
    return { code: 'ck_ticket_not_valid_now', message: `The ticket is valid from ${w.opensAt} to ${w.closesAt}.` };
  }
  return { ok: true, ticket: parsed.ticket, enrolment };
}

/**
 * Whether staff may mark attendance on an enrolment now: from the opening of the ticket window on
 * (also days later, from the list), never on a cancelled enrolment.
 */
export function attendanceRefusal(enrolment: Enrolment, event: Event, occurrence: Occurrence, now: string): Refusal | null {
  if (enrolment.status === 'cancelled') return { code: 'ck_enrolment_not_active', message: `The enrolment ${enrolment.id} was cancelled.` };
  if (Date.parse(now) < Date.parse(checkInWindow(event, occurrence).opensAt)) {
    return { code: 'ck_attendance_not_open', message: `Attendance can be marked from ${checkInWindow(event, occurrence).opensAt} on.` };
  }
  return null;
}
