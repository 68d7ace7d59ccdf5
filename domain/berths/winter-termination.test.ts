import { describe, expect, it } from 'vitest';
import { WINTER_DECIDERS } from './winter-deciders.ts';
import type { WinterEvent, WinterLease } from './winter-entities.ts';
import { W, wCtx, wLease, wState } from './winter-fixtures.test-support.ts';
import { placeFree } from './winter-places.ts';

const terminate = WINTER_DECIDERS['berths.terminateWinterLease'];
const running = (extra: Partial<WinterLease> = {}) => wLease({ winter: 2026, startDate: '2026-09-15', endDate: '2027-06-10', ...extra });

describe('terminating a winter lease', () => {
  it('ends a paid lease on the chosen day, keeps its invoice paid and records the event', () => {
    const d = terminate(wState(running()), { leaseId: W.leaseId, endDate: '2027-01-31' }, wCtx('2026-12-01'));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const lease = d.puts.find((p) => p.entity === 'winter_lease')!;
    expect(lease.version).toBe(4);
    expect(lease.record).toMatchObject({ status: 'terminated', endDate: '2027-01-31', invoice: { status: 'paid_man' } });
    const event = d.puts.find((p) => p.entity === 'winter_event')!.record as WinterEvent;
    expect(event).toMatchObject({ kind: 'lease_terminated', leaseId: W.leaseId, fromStatus: 'paid', toStatus: 'terminated', note: '2027-01-31', actorName: 'Sanna Nieminen' });
  });

  it('cancels an invoice still waiting for the customer', () => {
    const offered = running({ status: 'offered', invoice: { ...wLease().invoice, status: 'offered', paidAt: null, paidVia: null } });
    const d = terminate(wState(offered), { leaseId: W.leaseId, endDate: '2026-09-15' }, wCtx('2026-09-01'));
    expect(d.ok && d.puts[0]!.record).toMatchObject({ status: 'terminated', invoice: { status: 'cancelled' } });
  });

  it('refuses a drafted, expired or already terminated lease with its own code', () => {
    for (const status of ['drafted', 'expired', 'terminated'] as const) {
      const d = terminate(wState(running({ status })), { leaseId: W.leaseId, endDate: '2027-01-31' }, wCtx('2026-12-01'));
      expect(d.ok ? null : d.code).toBe('winter_lease_not_terminable');
    }
  });

  it('refuses an end date outside the lease and a lease that does not exist', () => {
    for (const endDate of ['2026-09-14', '2027-06-11']) {
      const d = terminate(wState(running()), { leaseId: W.leaseId, endDate }, wCtx('2026-12-01'));
      expect(d.ok ? null : d.code).toBe('end_date_out_of_range');
    }
    const d = terminate(wState(null), { leaseId: W.leaseId, endDate: '2027-01-31' }, wCtx('2026-12-01'));
    expect(d.ok ? null : d.code).toBe('not_found');
  });

  it('keeps the place held until the end date, and frees it from that day on', () => {
    const ended = running({ status: 'terminated', endDate: '2027-01-31' });
    expect(placeFree(W.place, 2026, [ended], '2027-01-30')).toBe(false);
    expect(placeFree(W.place, 2026, [ended], '2027-01-31')).toBe(true);
  });
});
