import { checkSlot } from '../domain/bookings/conflicts.ts';
import { buildRelationIndex, type RelationIndex } from '../domain/space-holds/related-units.ts';
import { previewSeries, seriesOccurrences } from '../domain/bookings/series.ts';
import { randomWorkload } from '../domain/bookings/structure.test-support.ts';
import type { ReservationTiming } from '../domain/bookings/vocabulary.ts';
import { median, type Figure } from './report.ts';

const RUNS = 15;

/**
 * Issue 7: the conflict check of a 52-week weekly series against 5,000 existing bookings, as the
 * client runs it for the series preview (the conflict index built from the bookings, then one
 * check per occurrence), beside the plain rule scanning every booking for every occurrence.
 * Pure CPU, no I/O: the median of 15 runs after a warm-up, both answers compared first.
 */
export function bookingConflictFigures(): Figure[] {
  const w = randomWorkload(7, { spaces: 60, units: 40, reservations: 5000, days: 364, firstDay: '2027-01-04' });
  const relations = buildRelationIndex(w.spaces, w.units);
  // The unit with the largest family of related units: the hardest case for the index.
  const target = w.units.filter((u) => !u.blockWholeDay).sort((a, b) => relations.related(b.id).size - relations.related(a.id).size)[0]!;
  const family = [...relations.related(target.id).keys()];
  // The worst case besides: every one of the 5,000 bookings on a unit of that family.
  const crowded = w.reservations.map((r, i) => ({ ...r, reservationUnitId: family[i % family.length]! }));
  return [
    seriesFigure('conflict check of a 52-week weekly series, 5,000 bookings in the tree (client)', w.reservations, relations, target.id),
    seriesFigure('the same, all 5,000 bookings on related units (client)', crowded, relations, target.id),
  ];
}

function seriesFigure(name: string, existing: readonly ReservationTiming[], relations: RelationIndex, unitId: string): Figure {
  const series = seriesOccurrences({ beginDate: '2027-01-05', endDate: '2027-12-28', weekdays: ['TUESDAY'], recurrenceInDays: 7, beginTime: '17:00', endTime: '19:00' });
  if (!series.ok || series.occurrences.length !== 52) throw new Error('the bench series must have 52 occurrences');
  const booking = { reservationUnitId: unitId, type: 'STAFF' as const, bufferBeforeMin: null, bufferAfterMin: null };
  const indexed = () => previewSeries({ occurrences: series.occurrences, booking, existing, relations, openingHours: null }).map((o) => o.blockers);
  const naive = () => series.occurrences.map((o) => checkSlot({ id: null, ...booking, beginsAt: o.beginsAt, endsAt: o.endsAt }, existing, relations).blockers);
  const answers = indexed();
  if (JSON.stringify(answers) !== JSON.stringify(naive())) throw new Error('the conflict index and the plain rule disagree');
  const indexedMs = medianMs(indexed);
  const naiveMs = medianMs(naive);
  const related = relations.related(unitId);
  const inFamily = existing.filter((r) => related.has(r.reservationUnitId)).length;
  return {
    name,
    value: indexedMs,
    unit: 'ms',
    target: '<= 20 ms',
    met: indexedMs <= 20,
    baseline: { name: 'plain rule, linear scan per occurrence', value: naiveMs, unit: 'ms' },
    ratio: indexedMs / naiveMs,
    note: `${related.size} related units hold ${inFamily} bookings; ${answers.filter((b) => b.length).length} of 52 occurrences blocked; index built in every run`,
  };
}

function medianMs(f: () => unknown): number {
  f();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    f();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}
