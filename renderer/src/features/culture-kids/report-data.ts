import type { CohortReports } from '../../../../domain/culture-kids/contract.ts';
import type { ChartData } from '../../charts/chart-data.ts';
import type { RankedItem } from '../../charts/HorizontalBarChart.tsx';

/** The figures' names, in the UI language. */
export interface EventFigureLabels {
  eventName: (event: CohortReports['events'][number]) => string;
  capacity: string;
  enrolments: string;
  attended: string;
  cancellations: string;
  noShows: string;
}

/** Children per postal area, the area named when it is a Helsinki street area. */
export function areaItems(r: CohortReports): RankedItem[] {
  return r.byPostalArea.map((a) => ({ id: a.postalCode, label: a.area ? `${a.postalCode} ${a.area}` : a.postalCode, value: a.count }));
}

/** Per event: capacity beside enrolments, attendance, cancellations and no-shows (cancellations are kept, not deleted). */
export function eventFigures(r: CohortReports, l: EventFigureLabels): ChartData {
  const events = r.events;
  return {
    categories: events.map((e) => ({ id: e.eventId, label: l.eventName(e) })),
    series: [
      { id: 'capacity', label: l.capacity, values: events.map((e) => e.capacity) },
      { id: 'enrolments', label: l.enrolments, values: events.map((e) => e.enrolments) },
      { id: 'attended', label: l.attended, values: events.map((e) => e.attended) },
      { id: 'cancelled', label: l.cancellations, values: events.map((e) => e.cancelled) },
      { id: 'noShows', label: l.noShows, values: events.map((e) => e.noShows) },
    ],
  };
}
