import { describe, expect, it } from 'vitest';
import type { CohortReports } from '../../../../domain/culture-kids/contract.ts';
import { eventFigures, registrationsByArea, registrationsByMonth, type ReportLabels } from './report-data.ts';

const labels: ReportLabels = {
  children: 'Lapsia',
  month: (d) => d.slice(0, 7),
  language: (c) => c,
  eventName: (e) => e.name.fi,
  capacity: 'Kapasiteetti',
  enrolments: 'Ilmoittautumiset',
  attended: 'Saapuneet',
  cancellations: 'Peruutukset',
  noShows: 'Ei saapunut',
};

const reports: CohortReports = {
  cohortId: 'c',
  registrationsByDate: [
    { date: '2026-01-05', count: 3 },
    { date: '2026-01-20', count: 2 },
    { date: '2026-03-01', count: 4 },
  ],
  byPostalArea: [
    { postalCode: '00100', area: 'Keskusta', count: 2 },
    { postalCode: '00990', area: null, count: 7 },
  ],
  byHomeLanguage: [],
  events: [{ eventId: 'e1', name: { fi: 'Konsertti', sv: 'Konsert', en: 'Concert' }, capacity: 40, enrolments: 30, attended: 25, cancelled: 4, noShows: 5 }],
};

describe('the reports as charts and tables take them', () => {
  it('counts registrations a month, a quiet month as zero', () => {
    expect(registrationsByMonth(reports, labels)).toEqual({
      categories: [
        { id: '2026-01-01', label: '2026-01' },
        { id: '2026-02-01', label: '2026-02' },
        { id: '2026-03-01', label: '2026-03' },
      ],
      series: [{ id: 'children', label: 'Lapsia', values: [5, 0, 4] }],
    });
  });

  it('puts the largest postal area first and names an area when it is known', () => {
    expect(registrationsByArea(reports, labels).categories.map((c) => c.label)).toEqual(['00990', '00100 Keskusta']);
  });

  it('gives each event its capacity, enrolments, attendance, cancellations and no-shows', () => {
    expect(eventFigures(reports, labels).series.map((s) => s.values[0])).toEqual([40, 30, 25, 4, 5]);
  });
});
