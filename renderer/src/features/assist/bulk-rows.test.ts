import { describe, expect, it } from 'vitest';
import { BULK_MAX } from '../../../../domain/assist/vocabulary.ts';
import { addRows, bulkInput, hourStart, newRow, rowsWithPersonalData } from './bulk-rows.ts';

describe('the bulk log rows', () => {
  it('copies the last row into the new ones, without its note, up to the batch limit', () => {
    const first = { ...newRow(undefined, 'sv'), topic: 'strong_auth' as const, note: 'x' };
    const rows = addRows([first], 3, 'fi');
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => [r.topic, r.serviceLanguage, r.note])).toEqual([
      ['strong_auth', 'sv', ''],
      ['strong_auth', 'sv', ''],
      ['strong_auth', 'sv', ''],
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
    expect(addRows(rows, 500, 'fi')).toHaveLength(BULK_MAX);
  });

  it('names the rows whose note looks like personal data', () => {
    const rows = [newRow(), { ...newRow(), note: 'asiakas 131052-308T' }, { ...newRow(), note: 'Kela klo 9.30' }];
    expect(rowsWithPersonalData(rows)).toEqual([2]);
  });

  it('takes the Helsinki hour in winter and makes one session per row', () => {
    expect(hourStart('2026-12-02', 14)).toBe('2026-12-02T12:00:00.000Z');
    const input = bulkInput('sp-oodi', hourStart('2026-12-02', 14), [newRow()], 'staff');
    expect(input.sessions).toEqual([
      { channel: 'walk_in', helperType: 'staff', topics: ['device_basics'], serviceLanguage: 'fi', interpreted: false, ageBand: null, firstTimeUser: null, outcome: 'resolved', referral: 'none', note: null, durationBucket: '5_15' },
    ]);
  });
});
