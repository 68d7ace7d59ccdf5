import type { CohortReports } from '../../../../domain/culture-kids/contract.ts';
import type { ChartData } from '../../charts/chart-data.ts';
import { bucketSeries } from '../../charts/date-buckets.ts';

/** The report's labels, in the UI language. */
export interface ReportLabels {
  children: string;
  month: (firstDay: string) => string;
  language: (code: string) => string;
  eventName: (event: CohortReports['events'][number]) => string;
  capacity: string;
  enrolments: string;
  attended: string;
  cancellations: string;
  noShows: string;
}

/** Registrations a month, every month from the first registration to the last (quiet months as zero). */
export function registrationsByMonth(r: CohortReports, l: ReportLabels): ChartData {
  const b = bucketSeries([r.registrationsByDate.map((d) => ({ at: d.date, value: d.count }))], 'month');
  return { categories: b.starts.map((s) => ({ id: s, label: l.month(s) })), series: [{ id: 'children', label: l.children, values: b.values[0] ?? [] }] };
}

/** The postal areas with most children first. */
export function registrationsByArea(r: CohortReports, l: ReportLabels): ChartData {
  const rows = [...r.byPostalArea].sort((a, b) => b.count - a.count || a.postalCode.localeCompare(b.postalCode));
  return { categories: rows.map((a) => ({ id: a.postalCode, label: a.area ? `${a.postalCode} ${a.area}` : a.postalCode })), series: [{ id: 'children', label: l.children, values: rows.map((a) => a.count) }] };
}

export function registrationsByLanguage(r: CohortReports, l: ReportLabels): ChartData {
  const rows = [...r.byHomeLanguage].sort((a, b) => b.count - a.count || a.language.localeCompare(b.language));
  return { categories: rows.map((a) => ({ id: a.language, label: l.language(a.language) })), series: [{ id: 'children', label: l.children, values: rows.map((a) => a.count) }] };
}

/** Per event: capacity beside enrolments, attendance, cancellations and no-shows. */
export function eventFigures(r: CohortReports, l: ReportLabels): ChartData {
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

