import { describe, expect, it } from 'vitest';
import { cleanRegistryFilter, registrySort } from './registry-filter.ts';

describe('the registry filter as the core gets it', () => {
  it('drops empty lists and blank text, and trims the text', () => {
    expect(cleanRegistryFilter({ text: '  Aino ', birthYears: [], postalCodes: ['00100'], homeLanguages: [], participation: ['never'] })).toEqual({
      text: 'Aino',
      postalCodes: ['00100'],
      participation: ['never'],
    });
    expect(cleanRegistryFilter({ text: '   ' })).toEqual({});
  });

  it('sorts by a sortable column the grid names, else by last name', () => {
    expect(registrySort([{ colId: 'createdAt', sort: 'desc' }])).toEqual({ column: 'createdAt', direction: 'desc' });
    expect(registrySort([{ colId: 'guardianNames', sort: 'asc' }])).toEqual({ column: 'lastName', direction: 'asc' });
    expect(registrySort([])).toEqual({ column: 'lastName', direction: 'asc' });
  });
});
