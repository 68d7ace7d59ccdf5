import { describe, expect, it } from 'vitest';
import { waitingInOrder } from './call-order.ts';

const t = (id: string, number: number, queuedAt: string, status = 'waiting') => ({ id, number, queuedAt, status });

describe('the order a queue is called in', () => {
  it('calls the first queued first, then the lower number, so a transferred ticket keeps its place', () => {
    const transferredIn = t('t-9', 9, '2027-03-01T08:00:00.000Z');
    const tickets = [t('t-3', 3, '2027-03-01T08:30:00.000Z'), t('t-1', 1, '2027-03-01T08:10:00.000Z', 'called'), t('t-2', 2, '2027-03-01T08:30:00.000Z'), transferredIn];
    expect(waitingInOrder(tickets).map((x) => x.id)).toEqual(['t-9', 't-2', 't-3']);
  });

  it('leaves out every ticket that is not waiting', () => {
    const statuses = ['called', 'in_service', 'done', 'no_show', 'transferred'];
    expect(waitingInOrder(statuses.map((s, i) => t(`t-${i}`, i, '2027-03-01T08:00:00.000Z', s)))).toEqual([]);
  });
});
