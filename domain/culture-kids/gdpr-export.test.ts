import { describe, expect, it } from 'vitest';
import { child, code, enrolment, event, externalEvent, guardian, occurrence, subscription } from './fixtures.test-support.ts';
import { gdprExport, type GdprRows } from './gdpr-export.ts';

const blank = { fi: '', sv: '', en: '' };
const rows: GdprRows = {
  guardians: [guardian()],
  contacts: [{ id: 'g-1@c-2023', guardianId: 'g-1', cohortId: 'c-2023', email: 'sari@example.fi', phone: '+358401234567' }],
  guardianships: [{ id: 'l1', childId: 'child-1', guardianId: 'g-1', cohortId: 'c-2023', relationship: 'parent' }, { id: 'l2', childId: 'child-x', guardianId: 'g-2', cohortId: 'c-2023', relationship: 'parent' }],
  children: [child(), child({ id: 'child-x', firstName: 'Other' })],
  notes: [{ id: 'child-1', childId: 'child-1', cohortId: 'c-2023', notes: 'Tulee mummon kanssa.' }],
  enrolments: [
    enrolment({ enrolledBy: 'staff', staffActorId: 's', staffReason: 'Äiti soitti' }),
    enrolment({ id: 'e-ext', eventId: 'ev-ext', occurrenceId: null, ticketCodeId: 'code-1', createdAt: '2027-02-03T08:00:00.000Z' }),
    enrolment({ id: 'e-other', childId: 'child-x' }),
  ],
  subscriptions: [subscription({ occurrenceId: 'occ-2', eventId: 'ev-1' })],
  codes: [code(1, { childId: 'child-1' })],
  events: [event(), externalEvent({ name: { fi: 'Konsertti', sv: '', en: '' } })],
  occurrences: [occurrence(), occurrence({ id: 'occ-2', startsAt: '2027-03-11T10:00:00.000Z' })],
  venues: [{ id: 'venue-1', cohortId: 'c-2023', name: { fi: 'Kansallismuseo', sv: '', en: '' }, address: blank, description: blank, accessibilityInfo: blank, arrivalInstructions: blank, additionalInfo: blank, wcAndFacilities: blank, wwwUrl: null, copiedFromVenueId: null }],
};

describe('a guardian\'s GDPR export', () => {
  it('holds the guardian, their contacts, their own children only, with participation, queue and codes', () => {
    expect(gdprExport('g-1', rows)).toEqual({
      guardian: { firstName: 'Sari', lastName: 'Virtanen', language: 'fi', homeLanguages: ['fin'], acceptsCommunication: true, email: 'sari@example.fi', phone: '+358401234567' },
      children: [
        {
          firstName: 'Aino',
          lastName: 'Virtanen',
          birthYear: 2023,
          postalCode: '00530',
          registeredAt: '2026-01-10T08:00:00.000Z',
          notes: 'Tulee mummon kanssa.',
          relationship: 'parent',
          enrolments: [
            { event: 'Museoseikkailu', startsAt: '2027-03-10T10:00:00.000Z', venue: 'Kansallismuseo', status: 'enrolled', enrolledBy: 'staff', reason: 'Äiti soitti', ticketCode: null },
            { event: 'Konsertti', startsAt: null, venue: null, status: 'enrolled', enrolledBy: 'family', reason: null, ticketCode: 'TIX-1' },
          ],
          freeSpotQueue: [{ event: 'Museoseikkailu', startsAt: '2027-03-11T10:00:00.000Z', since: '2027-02-20T08:00:00.000Z' }],
        },
      ],
    });
  });

  it('is empty for someone the registry does not know', () => {
    expect(gdprExport('nobody', rows)).toEqual({ guardian: null, children: [] });
  });
});
