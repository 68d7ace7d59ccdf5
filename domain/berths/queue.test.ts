import { describe, expect, it } from 'vitest';
import { compareQueue, inQueueOrder } from './queue.ts';

const a = (id: string, priority: 0 | 1 | 2, receivedAt: string) => ({ id, priority, receivedAt });

describe('queue order', () => {
  it('serves higher priority first, then first come first served', () => {
    const ordered = inQueueOrder([
      a('late-normal', 1, '2026-05-01T10:00:00+03:00'),
      a('early-low', 0, '2025-01-01T10:00:00+02:00'),
      a('high', 2, '2026-09-01T10:00:00+03:00'),
      a('early-normal', 1, '2026-02-01T10:00:00+02:00'),
    ]);
    expect(ordered.map((x) => x.id)).toEqual(['high', 'early-normal', 'late-normal', 'early-low']);
  });

  it('compares instants, not strings, across offsets', () => {
    // 09:30+03:00 is 06:30Z, earlier than 07:00Z written with another offset.
    expect(compareQueue(a('x', 1, '2026-06-01T09:30:00+03:00'), a('y', 1, '2026-06-01T07:00:00Z'))).toBeLessThan(0);
  });

  it('breaks exact ties by id so every screen agrees', () => {
    const t = '2026-01-01T00:00:00Z';
    expect(inQueueOrder([a('b', 1, t), a('a', 1, t)]).map((x) => x.id)).toEqual(['a', 'b']);
  });
});
