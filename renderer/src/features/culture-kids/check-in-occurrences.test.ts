import { describe, expect, it } from 'vitest';
import type { CohortProgram } from '../../../../domain/culture-kids/contract.ts';
import { doorOccurrences } from './check-in-occurrences.ts';

const NOW = Date.parse('2027-03-10T10:00:00Z');
const occ = (id: string, startsAt: string, cancelled = false) => ({
  occurrence: { id, cohortId: 'c', eventId: 'e', venueId: 'v', startsAt, capacityOverride: null, language: 'fi' as const, cancelledAt: cancelled ? startsAt : null },
  venueName: { fi: 'Sali', sv: 'Sal', en: 'Hall' },
});

describe('the occurrences a door may check in', () => {
  it("puts today's first, then the coming ones, then the past ones newest first, and leaves cancelled out", () => {
    const program = {
      events: [
        {
          event: { name: { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' }, ticketingMode: 'internal' },
          occurrences: [occ('past-old', '2027-01-01T10:00:00Z'), occ('later', '2027-04-01T10:00:00Z'), occ('today-late', '2027-03-10T15:00:00Z'), occ('past-new', '2027-02-01T10:00:00Z'), occ('today-early', '2027-03-10T07:00:00Z'), occ('gone', '2027-03-10T12:00:00Z', true)],
        },
      ],
    } as unknown as CohortProgram;
    expect(doorOccurrences(program, NOW).map((o) => o.id)).toEqual(['today-early', 'today-late', 'later', 'past-new', 'past-old']);
  });
});
