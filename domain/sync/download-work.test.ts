import { describe, expect, it } from 'vitest';
import { rowCost, workOf } from './download-work.ts';

describe('what a row costs a first download', () => {
  it('weighs the berths’ heavy rows above a plain row and their events below it', () => {
    expect(rowCost('application')).toBeGreaterThan(rowCost('customer'));
    expect(rowCost('customer')).toBeGreaterThan(rowCost('boat'));
    expect(rowCost('boat')).toBeGreaterThan(rowCost('berth'));
    expect(rowCost('application_event')).toBeLessThan(1);
  });

  it('counts an entity that says nothing, or one it does not know, as a plain row', () => {
    expect(rowCost('berth')).toBe(1);
    expect(rowCost('not_an_entity')).toBe(1);
    expect(rowCost('__proto__')).toBe(1);
  });

  it('sums a start line’s counts by entity in row costs', () => {
    expect(workOf({})).toBe(0);
    expect(workOf({ berth: 10, application: 2, mystery: 3 })).toBe(10 + 2 * rowCost('application') + 3);
  });
});
