import { describe, expect, it } from 'vitest';
import { WINTER_DECIDERS } from './winter-deciders.ts';
import type { WinterEvent, WinterLease } from './winter-entities.ts';
import { W, wCtx, wCustomer, wLease, wState } from './winter-fixtures.test-support.ts';
import { renewalInvoiceNumber, winterRenewalCounts, winterRenewalRefusal } from './winter-renewal.ts';

const renew = WINTER_DECIDERS['berths.renewWinterLease'];
// 20 August 2026: offers are for the winter 2026–2027; an invoice sent today may fall due 27.8.–19.9.
const TODAY = '2026-08-20';
const payload = { previousLeaseId: W.leaseId, leaseId: W.newLeaseId, dueDate: '2026-09-03' };

describe('renewing a marked winter lease', () => {
  it('makes next winter’s lease on the same place with the default dates and sends its invoice priced per m²', () => {
    const d = renew(wState(wLease()), payload, wCtx(TODAY));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const lease = d.puts[0]!.record as WinterLease;
    expect(lease).toMatchObject({
      id: W.newLeaseId, placeId: W.place.id, winter: 2026, status: 'offered', startDate: '2026-09-15', endDate: '2027-06-10', applicationId: null, renewalOf: W.leaseId,
      invoice: { number: 'TS25-000042-R26', status: 'offered', dueDate: '2026-09-03', totalCents: 20000, language: 'sv', problem: null },
    });
    expect(lease.invoice.lines[0]!.title.fi).toBe('Talvisäilytys Rajasaari C-7 2026–2027');
    expect(d.puts[1]!.record as WinterEvent).toMatchObject({ kind: 'lease_renewed', leaseId: W.newLeaseId, applicationId: null, toStatus: 'offered', note: 'TS25-000042' });
  });

  it('puts the invoice in error with its reason when no email reaches the customer; paper waits drafted, non-billable is paid', () => {
    const cases = [
      [wCustomer({ email: '' }), 'error', 'error', 'customer_email_missing'],
      [wCustomer({ invoicingType: 'paper_invoice', email: '' }), 'drafted', 'drafted', null],
      [wCustomer({ kind: 'non_billable' }), 'paid_man', 'paid', null],
    ] as const;
    for (const [customer, invoice, lease, problem] of cases) {
      const d = renew(wState(wLease(), { customer }), payload, wCtx(TODAY));
      expect(d.ok && d.puts[0]!.record).toMatchObject({ status: lease, invoice: { status: invoice, problem, dueDate: invoice === 'error' || invoice === 'drafted' || invoice === 'paid_man' ? null : payload.dueDate } });
    }
  });

  it('renews no lease of a customer whose personal data was erased (decision 51)', () => {
    const d = renew(wState(wLease(), { customer: wCustomer({ email: '', erasedAt: '2026-06-20T10:00:00+03:00' }) }), payload, wCtx(TODAY));
    expect(d.ok ? 'ok' : d.code).toBe('customer_already_erased');
  });

  it('refuses a lease not paid last winter, an unmarked one, a place out of use or not invoiced', () => {
    const refused = (lease: WinterLease, extra = {}) => {
      const d = renew(wState(lease, extra), payload, wCtx(TODAY));
      return d.ok ? null : d.code;
    };
    expect(refused(wLease({ status: 'expired' }))).toBe('lease_not_renewable');
    expect(refused(wLease({ winter: 2024 }))).toBe('lease_not_renewable');
    expect(refused(wLease({ areaType: 'unmarked', placeId: null }), { place: null })).toBe('lease_not_renewable');
    expect(refused(wLease(), { place: { ...W.place, isActive: false } })).toBe('winter_place_not_renewable');
    expect(refused(wLease(), { place: { ...W.place, isInvoiceable: false } })).toBe('winter_place_not_renewable');
  });

  it('refuses a second renewal of the same lease and a place another lease holds for the winter', () => {
    const first = wLease({ id: W.newLeaseId, winter: 2026, status: 'offered', renewalOf: W.leaseId });
    const again = renew(wState(wLease(), { placeLeases: [wLease(), first] }), { ...payload, leaseId: '00000000-0000-4000-9000-000000000077' }, wCtx(TODAY));
    expect(again.ok ? null : again.code).toBe('already_renewed');
    const other = wLease({ id: W.newLeaseId, winter: 2026, status: 'offered', customerId: W.otherCustomerId });
    const taken = renew(wState(wLease(), { placeLeases: [wLease(), other] }), payload, wCtx(TODAY));
    expect(taken.ok ? null : taken.code).toBe('place_taken');
  });

  it('refuses a due date outside the invoice window, and an area without a price', () => {
    const late = renew(wState(wLease()), { ...payload, dueDate: '2026-10-30' }, wCtx(TODAY));
    expect(late.ok ? null : late.code).toBe('due_date_out_of_range');
    const unpriced = renew(wState(wLease(), { area: { ...W.area, price: null } }), payload, wCtx(TODAY));
    expect(unpriced.ok ? null : unpriced.code).toBe('area_not_priced');
  });

  it('names a renewal by the first lease’s reference and counts the winter’s renewal invoices', () => {
    expect(renewalInvoiceNumber('TS25-000042-R26', 2027)).toBe('TS25-000042-R27');
    expect(winterRenewalRefusal(wLease(), W.place, [], 2026)).toBeNull();
    const invoices = (['offered', 'error', 'paid_man', 'drafted'] as const).map((status) => wLease({ renewalOf: W.leaseId, invoice: { ...wLease().invoice, status } }));
    expect(winterRenewalCounts([...invoices, wLease()])).toEqual({ sent: 1, failed: 1, paid: 1, pending: 1, paper: 1 });
  });
});
