import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTRACT, type Input, type Method, type Output } from '../../../domain/contract.ts';
import { W, wCustomer, wLease } from '../../../domain/berths/winter-fixtures.test-support.ts';
import type { Result } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { HANDLER, put, SUPERVISOR, tempCache } from './testing/index.ts';

// 20 August 2026: the winter 2026–2027 is the one offers are for; last winter's paid leases renew.
const NOW = new Date('2026-08-20T10:00:00+03:00');
const PLACE_2 = { ...W.place, id: '00000000-0000-4000-8000-000000000004', number: 8 };
const NO_EMAIL = wCustomer({ id: W.otherCustomerId, firstName: 'Eeva', lastName: 'Aalto', email: '', language: 'fi' });
const SECOND = wLease({ id: '00000000-0000-4000-9000-000000000003', placeId: PLACE_2.id, customerId: NO_EMAIL.id, invoice: { ...wLease().invoice, number: 'TS25-000043' } });

let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  t = tempCache();
  t.cache.applyChanges(
    [put('winter_area', W.area), put('winter_section', W.section), put('winter_place', W.place), put('winter_place', PLACE_2), put('customer', wCustomer()), put('customer', NO_EMAIL), put('winter_lease', wLease()), put('winter_lease', SECOND)],
    'c1',
  );
});
afterEach(() => t.dispose());

function call<M extends Method>(method: M, input: Input<M>, actor: StaffUser = HANDLER, now = NOW): Result<Output<M>> {
  return t.cache.handle(method, CONTRACT[method].input.parse(input) as never, actor, now) as Result<Output<M>>;
}
const overview = () => {
  const r = call('berths.winterRenewalOverview', {});
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('the winter renewal in the cache', () => {
  it('previews last winter’s paid marked leases with how each goes out, then renews them one command each, listing the one no email reaches', () => {
    const before = overview();
    expect(before).toMatchObject({ winter: 2026, previousWinter: 2025, counts: { sent: 0, failed: 0 }, failures: [], dueDate: { suggested: '2026-09-03', earliest: '2026-08-27', latest: '2026-09-19' } });
    expect(before.candidates.map((c) => [c.placeLabel.fi, c.customerName, c.problem, c.priceCents])).toEqual([
      ['Rajasaari C-7', 'Virta Ville', null, 20000],
      ['Rajasaari C-8', 'Aalto Eeva', 'customer_email_missing', 20000],
    ]);
    expect(before.candidates[1]!.contact).toMatchObject({ email: '', invoicingType: 'online_payment' });

    const answers = t.cache.handleMany('berths.renewWinterLease', before.candidates.map((c) => ({ previousLeaseId: c.previousLeaseId, dueDate: '2026-09-03' })), HANDLER, NOW);
    expect(answers.map((a) => a.ok)).toEqual([true, true]);
    expect(t.cache.outboxSize()).toBe(2);
    const after = overview();
    expect(after.candidates).toEqual([]);
    expect(after.counts).toMatchObject({ sent: 1, pending: 1, failed: 1 });
    expect(after.failures).toMatchObject([{ customerName: 'Aalto Eeva', placeLabel: { fi: 'Rajasaari C-8' }, problem: 'customer_email_missing', contactFixed: false }]);

    // A lease is renewed once; a supervisor renews none.
    expect(call('berths.renewWinterLease', { previousLeaseId: W.leaseId, dueDate: '2026-09-03' })).toMatchObject({ ok: false, error: { code: 'already_renewed' } });
    expect(call('berths.renewWinterLease', { previousLeaseId: SECOND.id, dueDate: '2026-09-03' }, SUPERVISOR)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('terminates a lease on the desk at once, so it no longer renews; a date outside the lease is refused and queues nothing', () => {
    expect(call('berths.terminateWinterLease', { leaseId: W.leaseId, endDate: '2026-06-11' })).toMatchObject({ ok: false, error: { code: 'end_date_out_of_range' } });
    expect(t.cache.outboxSize()).toBe(0);
    expect(call('berths.terminateWinterLease', { leaseId: W.leaseId, endDate: '2026-05-31' })).toMatchObject({ ok: true, value: { status: 'pending' } });
    expect(t.cache.outboxSize()).toBe(1);
    expect(overview().candidates.map((c) => c.previousLeaseId)).toEqual([SECOND.id]);
    expect(call('berths.terminateWinterLease', { leaseId: W.leaseId, endDate: '2026-05-31' })).toMatchObject({ ok: false, error: { code: 'winter_lease_not_terminable' } });
  });
});
