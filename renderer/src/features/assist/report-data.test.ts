import { describe, expect, it } from 'vitest';
import { hourData, percent, periodDays, rankedItems } from './report-data.ts';

describe('the dashboard data', () => {
  it('gives each period its Helsinki days, both included', () => {
    expect(periodDays('today', '2026-12-02')).toEqual({ from: '2026-12-02', to: '2026-12-02' });
    expect(periodDays('week', '2026-12-02')).toEqual({ from: '2026-11-26', to: '2026-12-02' });
    expect(periodDays('year', '2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02' });
  });

  it('draws the hours from the first to the last with sessions, gaps as zeros', () => {
    const d = hourData(
      [
        { key: '00', count: 0 },
        { key: '10', count: 3 },
        { key: '13', count: 1 },
      ],
      'Sessions',
    );
    expect(d.categories.map((c) => c.label)).toEqual(['10–11', '11–12', '12–13', '13–14']);
    expect(d.series[0]?.values).toEqual([3, 0, 0, 1]);
    expect(hourData([], 'Sessions').categories).toEqual([]);
  });

  it('labels ranked items and rounds shares', () => {
    expect(rankedItems([{ key: 'email_account', count: 2 }], (k) => k.toUpperCase())).toEqual([{ id: 'email_account', label: 'EMAIL_ACCOUNT', value: 2 }]);
    expect(percent(0.456)).toBe(46);
    expect(percent(null)).toBeNull();
  });
});
