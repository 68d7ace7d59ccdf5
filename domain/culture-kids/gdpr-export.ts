import type { Child, ChildNotes, Enrolment, Event, FreeSpotSubscription, Guardian, GuardianContact, Guardianship, Occurrence, TicketCode, Venue } from './entities.ts';

/**
 * A guardian's GDPR export (brief culture-kids 4, "GDPR export"): the guardian, their contacts,
 * their children with notes, and each child's enrolments with the event, time and place, queue
 * places and external codes, as kukkuu's GET /gdpr-api returns the tree. Internal ids and staff
 * notes about other people are left out; the staff reason of an enrolment made on the family's
 * behalf is the family's own request, so it is included.
 */
export interface GdprRows {
  guardians: readonly Guardian[];
  contacts: readonly GuardianContact[];
  guardianships: readonly Guardianship[];
  children: readonly Child[];
  notes: readonly ChildNotes[];
  enrolments: readonly Enrolment[];
  subscriptions: readonly FreeSpotSubscription[];
  codes: readonly TicketCode[];
  events: readonly Event[];
  occurrences: readonly Occurrence[];
  venues: readonly Venue[];
}

export interface GdprExport {
  guardian: { firstName: string; lastName: string; language: string; homeLanguages: string[]; acceptsCommunication: boolean; email: string; phone: string } | null;
  children: {
    firstName: string;
    lastName: string;
    birthYear: number;
    postalCode: string;
    registeredAt: string;
    notes: string;
    relationship: string | null;
    enrolments: { event: string; startsAt: string | null; venue: string | null; status: string; enrolledBy: string; reason: string | null; ticketCode: string | null }[];
    freeSpotQueue: { event: string; startsAt: string; since: string }[];
  }[];
}

export function gdprExport(guardianId: string, rows: GdprRows): GdprExport {
  const g = rows.guardians.find((x) => x.guardianId === guardianId) ?? null;
  const contact = rows.contacts.find((x) => x.guardianId === guardianId);
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const events = byId(rows.events);
  const occurrences = byId(rows.occurrences);
  const venues = byId(rows.venues);
  const codes = byId(rows.codes);
  const links = rows.guardianships.filter((l) => l.guardianId === guardianId);
  return {
    guardian: g && { firstName: g.firstName, lastName: g.lastName, language: g.language, homeLanguages: [...g.homeLanguages], acceptsCommunication: g.acceptsCommunication, email: contact?.email ?? '', phone: contact?.phone ?? '' },
    children: rows.children
      .filter((c) => links.some((l) => l.childId === c.id))
      .sort((a, b) => a.birthYear - b.birthYear || a.id.localeCompare(b.id))
      .map((c) => ({
        firstName: c.firstName,
        lastName: c.lastName,
        birthYear: c.birthYear,
        postalCode: c.postalCode,
        registeredAt: c.createdAt,
        notes: rows.notes.find((n) => n.childId === c.id)?.notes ?? '',
        relationship: links.find((l) => l.childId === c.id)?.relationship ?? null,
        enrolments: rows.enrolments
          .filter((e) => e.childId === c.id)
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
          .map((e) => {
            const occurrence = e.occurrenceId ? occurrences.get(e.occurrenceId) : undefined;
            return {
              event: events.get(e.eventId)?.name.fi ?? '',
              startsAt: occurrence?.startsAt ?? null,
              venue: occurrence ? (venues.get(occurrence.venueId)?.name.fi ?? null) : null,
              status: e.status,
              enrolledBy: e.enrolledBy,
              reason: e.staffReason,
              ticketCode: e.ticketCodeId ? (codes.get(e.ticketCodeId)?.value ?? null) : null,
            };
          }),
        freeSpotQueue: rows.subscriptions
          .filter((s) => s.childId === c.id)
          .map((s) => ({ event: events.get(s.eventId)?.name.fi ?? '', startsAt: occurrences.get(s.occurrenceId)?.startsAt ?? '', since: s.createdAt })),
      })),
  };
}
