import { describe, expect, it } from 'vitest';
import { allIntegers, categoryTotals, checkData, hasData, sortedByValue, summarise, type ChartData } from './chart-data.ts';

const data: ChartData = {
  categories: [
    { id: 'e1', label: 'Satujen ilta' },
    { id: 'e2', label: 'Tanssipaja' },
  ],
  series: [
    { id: 'enrolled', label: 'Enrolled', values: [12, 30] },
    { id: 'attended', label: 'Attended', values: [10, 25] },
  ],
};

describe('chart data', () => {
  it('reads all zeros or nothing as no data', () => {
    expect(hasData(data)).toBe(true);
    expect(hasData({ categories: [], series: [] })).toBe(false);
    expect(hasData({ categories: [{ id: 'a', label: 'A' }], series: [{ id: 's', label: 'S', values: [0] }] })).toBe(false);
  });
  it('refuses a series that does not fit the categories', () => {
    expect(() => checkData({ ...data, series: [{ id: 'x', label: 'X', values: [1] }] })).toThrow(/x has 1 values for 2 categories/);
    expect(() => checkData({ ...data, series: [{ id: 'x', label: 'X', values: [1, Number.NaN] }] })).toThrow(RangeError);
    expect(() => checkData(data)).not.toThrow();
  });
  it('totals each category over the series', () => {
    expect(categoryTotals(data)).toEqual([22, 55]);
  });
  it('summarises the largest bar, or the largest stack when stacked', () => {
    expect(summarise(data)).toEqual({ categories: 2, series: 2, total: 77, max: { category: 'Tanssipaja', series: 'Enrolled', value: 30 } });
    expect(summarise(data, 'stacked').max).toEqual({ category: 'Tanssipaja', series: '', value: 55 });
    expect(summarise({ categories: [], series: [] }).max).toBeNull();
  });
  it('sorts a ranking largest first and keeps the order of ties', () => {
    const items = [
      { id: '00100', value: 4 },
      { id: '00530', value: 9 },
      { id: '00940', value: 4 },
      { id: '00980', value: 12 },
    ];
    expect(sortedByValue(items).map((i) => i.id)).toEqual(['00980', '00530', '00100', '00940']);
  });
  it('knows when every value is whole', () => {
    expect(allIntegers(data)).toBe(true);
    expect(allIntegers({ ...data, series: [{ id: 's', label: 'S', values: [1.5, 2] }] })).toBe(false);
  });
});
