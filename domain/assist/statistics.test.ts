import { describe, expect, it } from 'vitest';
import { countTable, reportTable } from './statistics.ts';
import { session } from './fixtures.test-support.ts';
import { CHANNELS, TOPICS } from './vocabulary.ts';

let serial = 0;
const many = (n: number, o: Parameters<typeof session>[0]) => Array.from({ length: n }, () => session({ ...o, id: `s-${++serial}` }));

describe('report tables of sessions', () => {
  it('counts a session under each of its topics, per service point, with every topic a column', () => {
    const t = countTable([session({ topics: ['strong_auth', 'email_account'] }), session({ id: 's-2', servicePointId: 'sp-kallio', topics: ['email_account'] })], 'topic', TOPICS);
    expect(t.rows).toEqual(['sp-kallio', 'sp-oodi']);
    expect(t.columns).toHaveLength(TOPICS.length);
    const col = (topic: string) => TOPICS.indexOf(topic as (typeof TOPICS)[number]);
    expect(t.counts[1]?.[col('strong_auth')]).toBe(1);
    expect(t.counts[1]?.[col('email_account')]).toBe(1);
    expect(t.counts[0]?.[col('email_account')]).toBe(1);
    expect(t.counts[0]?.[col('job_seeking')]).toBe(0);
  });

  it('counts by Helsinki hour of the day', () => {
    const t = countTable([session({ occurredAt: '2027-03-01T09:30:00.000Z' }), session({ id: 's-2', occurredAt: '2027-06-01T09:30:00.000Z' })], 'hour', ['11', '12']);
    expect(t.counts).toEqual([[1, 1]]);
  });

  it('suppresses what it reports: a channel used by three at one point is hidden, with partners enough', () => {
    const sessions = [...many(20, { channel: 'walk_in' }), ...many(3, { channel: 'phone' }), ...many(9, { channel: 'booked' }), ...many(12, { servicePointId: 'sp-kallio', channel: 'walk_in' }), ...many(8, { servicePointId: 'sp-kallio', channel: 'phone' })];
    const t = reportTable(sessions, 'channel', CHANNELS);
    const col = (c: string) => CHANNELS.indexOf(c as (typeof CHANNELS)[number]);
    const oodi = t.cells[1] ?? [];
    expect(oodi[col('phone')]).toBeNull();
    expect(oodi[col('chat')]).toBe(0);
    // Kallio's 0 booked would give Oodi's 9 away with the column total, so the total is hidden.
    expect(t.columnTotals[col('booked')]).toBeNull();
    expect(t.rowTotals).toEqual([20, 32]);
    expect(t.total).toBe(52);
  });
});
