import type { CommandContext } from '../sync/command-context.ts';
import type { Child, Cohort, Enrolment, Event, EventGroup, FreeSpotSubscription, Guardian, Occurrence, TicketCode, Venue } from './entities.ts';

/** Small valid records for the Culture Kids tests; each takes overrides. */
const tri = (fi: string) => ({ fi, sv: '', en: '' });

export const NOW = '2027-03-01T10:00:00.000Z';

export const cohort = (o: Partial<Cohort> = {}): Cohort => ({ id: 'c-2023', year: 2023, name: tri('Museot'), enrolmentLimit: 2, singleEventsAllowed: true, ...o });

export const child = (o: Partial<Child> = {}): Child => ({
  id: 'child-1',
  cohortId: 'c-2023',
  familyId: 'fam-1',
  firstName: 'Aino',
  lastName: 'Virtanen',
  birthYear: 2023,
  postalCode: '00530',
  createdAt: '2026-01-10T08:00:00.000Z',
  erasedAt: null,
  ...o,
});

export const event = (o: Partial<Event> = {}): Event => ({
  id: 'ev-1',
  cohortId: 'c-2023',
  eventGroupId: null,
  name: tri('Museoseikkailu'),
  shortDescription: tri('Lyhyt'),
  description: tri('Pitkä kuvaus'),
  imageUrl: null,
  imageAltText: tri(''),
  participantsPerInvite: 'child_and_guardian',
  ticketKind: 'child',
  durationMin: 60,
  capacityPerOccurrence: 2,
  ticketingMode: 'internal',
  ticketSystem: null,
  ticketSystemUrl: null,
  ticketSystemEndTime: null,
  ready: false,
  publishedAt: '2027-02-01T08:00:00.000Z',
  ...o,
});

export const externalEvent = (o: Partial<Event> = {}): Event =>
  event({ id: 'ev-ext', ticketingMode: 'external', ticketSystem: 'tixly', ticketSystemUrl: 'https://tixly.example/e/1', capacityPerOccurrence: null, ...o });

export const group = (o: Partial<EventGroup> = {}): EventGroup => ({
  id: 'grp-1',
  cohortId: 'c-2023',
  name: tri('Kevät'),
  shortDescription: tri(''),
  description: tri(''),
  imageUrl: null,
  imageAltText: tri(''),
  publishedAt: '2027-02-01T08:00:00.000Z',
  ...o,
});

export const occurrence = (o: Partial<Occurrence> = {}): Occurrence => ({
  id: 'occ-1',
  cohortId: 'c-2023',
  eventId: 'ev-1',
  venueId: 'venue-1',
  startsAt: '2027-03-10T10:00:00.000Z',
  capacityOverride: null,
  language: 'fi',
  cancelledAt: null,
  ...o,
});

export const enrolment = (o: Partial<Enrolment> = {}): Enrolment => ({
  id: 'enr-1',
  cohortId: 'c-2023',
  childId: 'child-1',
  familyId: 'fam-1',
  eventId: 'ev-1',
  eventGroupId: null,
  occurrenceId: 'occ-1',
  ticketCodeId: null,
  countsForYear: 2027,
  status: 'enrolled',
  createdAt: '2027-02-02T08:00:00.000Z',
  enrolledBy: 'family',
  staffActorId: null,
  staffReason: null,
  cancelledAt: null,
  cancelKind: null,
  cancelledBy: null,
  cancelReason: null,
  movedToEnrolmentId: null,
  attendanceMarkedAt: null,
  attendanceMarkedBy: null,
  ...o,
});

/** An enrolment of another child (another family) in the same occurrence. */
export const other = (n: number, o: Partial<Enrolment> = {}): Enrolment => enrolment({ id: `enr-o${n}`, childId: `child-o${n}`, familyId: `fam-o${n}`, ...o });

export const subscription = (o: Partial<FreeSpotSubscription> = {}): FreeSpotSubscription => ({
  id: 'sub-1',
  cohortId: 'c-2023',
  childId: 'child-1',
  occurrenceId: 'occ-1',
  eventId: 'ev-1',
  createdAt: '2027-02-20T08:00:00.000Z',
  notifiedAt: null,
  ...o,
});

export const guardian = (o: Partial<Guardian> = {}): Guardian => ({
  id: 'g-1@c-2023',
  guardianId: 'g-1',
  cohortId: 'c-2023',
  firstName: 'Sari',
  lastName: 'Virtanen',
  language: 'fi',
  homeLanguages: ['fin'],
  acceptsCommunication: true,
  active: true,
  deactivatedAt: null,
  erasedAt: null,
  ...o,
});

export const code = (n: number, o: Partial<TicketCode> = {}): TicketCode => ({
  id: `code-${n}`,
  cohortId: 'c-2023',
  eventId: 'ev-ext',
  value: `TIX-${n}`,
  childId: null,
  assignedAt: null,
  importedAt: '2027-01-15T08:00:00.000Z',
  ...o,
});

export const v = <T>(record: T, version = 1) => ({ record, version });

export const ctx = (o: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '0b8a5a4e-4c1d-4f7e-9a53-000000000001',
  actor: { id: 'staff-1', name: 'Kaisa Käsittelijä' },
  now: NOW,
  recordedAt: NOW,
  today: '2027-03-01',
  baseVersion: null,
  ...o,
});

export const venue = (o: Partial<Venue> = {}): Venue => ({
  id: 'venue-1',
  cohortId: 'c-2023',
  name: tri('Arkkitehtuurimuseo'),
  address: tri('Kasarmikatu 24'),
  description: tri(''),
  accessibilityInfo: tri(''),
  arrivalInstructions: tri(''),
  additionalInfo: tri(''),
  wcAndFacilities: tri(''),
  wwwUrl: null,
  copiedFromVenueId: null,
  ...o,
});
