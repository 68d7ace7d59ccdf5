import { describe, expect, it } from 'vitest';
import type { CohortReports } from '../../../../domain/culture-kids/contract.ts';
import { areaItems, eventFigures } from './report-data.ts';

const reports: CohortReports = {
  cohortId: 'c',
  registrationsByDate: [],
  byPostalArea: [
    { postalCode: '00100', area: 'Keskusta', count: 2 },
    { postalCode: '00990', area: null, count: 7 },
  ],
  byHomeLanguage: [],
  events: [{ eventId: 'e1', name: { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' }, capacity: 40, enrolments: 30, attended: 25, cancelled: 4, noShows: 5 }],
};

describe('the reports as the shared charts take them', () => {
  it('names a postal area when it is known', () => {
    expect(areaItems(reports).map((c) => [c.label, c.value])).toEqual([
      ['00100 Keskusta', 2],
      ['00990', 7],
    ]);
  });

  it('gives each event its capacity, enrolments, attendance, cancellations and no-shows', () => {
    const data = eventFigures(reports, { eventName: (e) => e.name.fi, capacity: 'K', enrolments: 'I', attended: 'S', cancellations: 'P', noShows: 'E' });
    expect(data.categories).toEqual([{ id: 'e1', label: 'Konsertti' }]);
    expect(data.series.map((s) => [s.id, s.values[0]])).toEqual([
      ['capacity', 40],
      ['enrolments', 30],
      ['attended', 25],
      ['cancelled', 4],
      ['noShows', 5],
    ]);
  });
});
