import { describe, expect, it } from 'vitest';
import type { FreeSpotPlace, OccurrenceView, ParticipationRow } from '../../../../domain/culture-kids/contract.ts';
import { enrolment, occurrence } from '../../../../domain/culture-kids/fixtures.test-support.ts';
import { freeSpotBlock, type OccurrenceChoice } from './occurrence-options.ts';

const name = { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' };
const choice: OccurrenceChoice = { eventId: 'ev-1', eventName: name, full: true, occurrence: { occurrence: occurrence({ id: 'occ-full', capacityOverride: 0 }), remaining: 0 } as OccurrenceView };
const row = (status: ParticipationRow['enrolment']['status'], eventId = 'ev-1'): ParticipationRow => ({ enrolment: enrolment({ status, eventId }), eventName: name, occurrenceStartsAt: null, venueName: null, pending: false });
const place: FreeSpotPlace = { occurrenceId: 'occ-full', eventName: name, occurrenceStartsAt: '2027-03-20T10:00:00.000Z', venueName: null, since: '2027-03-01T10:00:00.000Z', notifiedAt: null, pending: false };

describe('freeSpotBlock', () => {
  it('lets a child without a seat in the event join a full occurrence\'s list once', () => {
    expect(freeSpotBlock({ freeSpots: [], participation: [] }, choice)).toBeNull();
    expect(freeSpotBlock({ freeSpots: [], participation: [row('cancelled'), row('enrolled', 'ev-2')] }, choice)).toBeNull();
    expect(freeSpotBlock({ freeSpots: [place], participation: [] }, choice)).toBe('ck_free_spot_already_subscribed');
  });

  it('refuses a child holding a seat in the event, as the domain does first', () => {
    expect(freeSpotBlock({ freeSpots: [place], participation: [row('enrolled')] }, choice)).toBe('ck_free_spot_enrolled');
    expect(freeSpotBlock({ freeSpots: [], participation: [row('attended')] }, choice)).toBe('ck_free_spot_enrolled');
  });
});
