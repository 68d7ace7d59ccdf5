import { describe, expect, it } from 'vitest';
import { AG_GRID_LOCALE } from './ag-grid-locale.ts';

// What a handler or a screen reader meets in the applications grid.
const MUST_HAVE = [
  'loadingOoo',
  'noRowsToShow',
  'ariaLabelColumnMenu',
  'sortAscending',
  'sortDescending',
  'ariaSortableColumn',
  'ariaFilterColumn',
  'ariaRowIndex',
  'ariaRowSelect',
  'ariaSkeletonCellLoading',
  'page',
  'of',
  'totalRows',
];

describe('AG Grid locale texts', () => {
  it('have the same keys in Finnish, Swedish and English', () => {
    const keys = Object.keys(AG_GRID_LOCALE.en).sort();
    expect(Object.keys(AG_GRID_LOCALE.fi).sort()).toEqual(keys);
    expect(Object.keys(AG_GRID_LOCALE.sv).sort()).toEqual(keys);
  });

  it('cover the texts our grid shows and announces, none empty', () => {
    for (const locale of Object.values(AG_GRID_LOCALE)) {
      expect(MUST_HAVE.filter((k) => !(k in locale))).toEqual([]);
      expect(Object.entries(locale).filter(([, v]) => v.trim() === '' && v !== '\u00a0')).toEqual([]);
    }
  });

  it('are really translated, not copies of English', () => {
    for (const lang of ['fi', 'sv'] as const) {
      const same = MUST_HAVE.filter((k) => k !== 'pageLastRowUnknown' && AG_GRID_LOCALE[lang][k as 'page'] === AG_GRID_LOCALE.en[k as 'page']);
      expect(same, lang).toEqual([]);
    }
  });
});
