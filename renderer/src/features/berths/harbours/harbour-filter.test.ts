import { describe, expect, it } from 'vitest';
import type { HarbourBerthRow, HarbourOverviewRow } from '../../../../../domain/contract.ts';
import { filterHarbours, groupByPier, hasHarbourFilter, NO_HARBOUR_FILTER } from './harbour-filter.ts';

const row = (id: string, fi: string, sv: string, region: 'east' | 'west'): HarbourOverviewRow => ({
  id, name: { fi, sv, en: fi }, region, pierCount: 1, berthCount: 10, activeBerths: 10, inactiveBerths: 0, maxWidth: 3, maxLength: 9, occupancy: null,
});
const ROWS = [
  row('1', 'Särkiniemen venesatama', 'Särkiniemi båthamn', 'west'),
  row('2', 'Merisatama', 'Havshamnen', 'west'),
  row('3', 'Vartiokylänlahden venesatama', 'Botbyvikens båthamn', 'east'),
];
const ids = (rows: HarbourOverviewRow[]) => rows.map((r) => r.id);

describe('filterHarbours', () => {
  it('lets everything through without a filter and keeps the order', () => {
    expect(ids(filterHarbours(ROWS, NO_HARBOUR_FILTER))).toEqual(['1', '2', '3']);
    expect(hasHarbourFilter(NO_HARBOUR_FILTER)).toBe(false);
  });

  it('filters by region', () => {
    expect(ids(filterHarbours(ROWS, { region: 'east', text: '' }))).toEqual(['3']);
    expect(ids(filterHarbours(ROWS, { region: 'west', text: '' }))).toEqual(['1', '2']);
  });

  it('matches names in any language, without diacritics, word by word', () => {
    expect(ids(filterHarbours(ROWS, { region: '', text: 'sarkiniemi' }))).toEqual(['1']);
    expect(ids(filterHarbours(ROWS, { region: '', text: 'havshamn' }))).toEqual(['2']);
    expect(ids(filterHarbours(ROWS, { region: '', text: '  VENESATAMA  ' }))).toEqual(['1', '3']);
    expect(ids(filterHarbours(ROWS, { region: '', text: 'venesatama vartio' }))).toEqual(['3']);
    expect(ids(filterHarbours(ROWS, { region: 'west', text: 'venesatama' }))).toEqual(['1']);
    expect(filterHarbours(ROWS, { region: '', text: 'lauttasaari' })).toEqual([]);
    expect(hasHarbourFilter({ region: '', text: 'x' })).toBe(true);
  });
});

describe('groupByPier', () => {
  it('groups berths by pier in the order they come', () => {
    const b = (id: string, pierId: string, pier: string, number: string): HarbourBerthRow => ({
      id, pierId, pier, number, width: 2.5, length: 8, mooringType: 'stern_buoy', isActive: true, occupancy: null,
    });
    const groups = groupByPier([b('1', 'pa', 'A', '1'), b('2', 'pa', 'A', '2'), b('3', 'pb', 'B', '1')]);
    expect(groups.map((g) => [g.pier, g.berths.map((x) => x.id)])).toEqual([
      ['A', ['1', '2']],
      ['B', ['3']],
    ]);
    expect(groupByPier([])).toEqual([]);
  });
});
