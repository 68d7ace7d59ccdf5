import { describe, expect, it } from 'vitest';
import { areaOptions, hasWinterFilter, inArea, NO_WINTER_FILTER, OPEN_STATUSES, winterInput } from './winter-filter.ts';

const row = (fi: string, sv: string) => ({ areaName: { fi, sv, en: fi } });

describe('the winter inbox filters', () => {
  it('ask the core for the type alone when counting, and for status and search too when listing', () => {
    const f = { ...NO_WINTER_FILTER, type: 'unmarked' as const, status: 'open', search: '  Koski ' };
    expect(winterInput(f, false)).toEqual({ winter: null, areaType: 'unmarked', statuses: [], areaId: null, search: '' });
    expect(winterInput(f, true)).toEqual({ winter: null, areaType: 'unmarked', statuses: [...OPEN_STATUSES], areaId: null, search: 'Koski' });
    expect(winterInput({ ...NO_WINTER_FILTER, status: 'handled' }, true)).toMatchObject({ areaType: null, statuses: ['handled'] });
  });

  it('know when any of them narrows the list', () => {
    expect(hasWinterFilter(NO_WINTER_FILTER)).toBe(false);
    expect(hasWinterFilter({ ...NO_WINTER_FILTER, search: ' ' })).toBe(false);
    expect(hasWinterFilter({ ...NO_WINTER_FILTER, area: 'Rajasaari' })).toBe(true);
  });

  it('offer each first-choice area once, named and ordered in the user’s language, and keep its rows', () => {
    const rows = [row('Rajasaari', 'Rajasaari'), row('Vuosaari', 'Nordsjö'), row('Hernesaari', 'Ärtholmen'), row('Vuosaari', 'Nordsjö')];
    expect(areaOptions(rows, 'sv')).toEqual([
      { value: 'Vuosaari', label: 'Nordsjö' },
      { value: 'Rajasaari', label: 'Rajasaari' },
      { value: 'Hernesaari', label: 'Ärtholmen' },
    ]);
    expect(inArea(rows, 'Vuosaari')).toHaveLength(2);
    expect(inArea(rows, '')).toHaveLength(4);
  });
});
