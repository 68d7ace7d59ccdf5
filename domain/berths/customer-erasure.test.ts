import { describe, expect, it } from 'vitest';
import type { BoatCertificate } from './boat-certificate-entity.ts';
import type { BerthPaymentIssue } from './payment-issue-entity.ts';
import { customerAddresses, decideEraseCustomer, ERASED_TEXT, type CustomerErasureState } from './customer-erasure.ts';
import type { Boat } from './entities.ts';
import { ERASED } from './customer-erasure-history.ts';
import { application, berth, commandContext, customer, HARBOUR_A, lease, PIER_A } from './fixtures.test-support.ts';
import type { BerthOrder } from './order-entity.ts';
import type { ApplicationEvent } from './entities.ts';
import type { WinterApplication, WinterEvent, WinterLease } from './winter-entities.ts';

const C = '00000000-0000-4000-b000-000000000001';
const BOAT = '00000000-0000-4000-c000-000000000001';
const B = berth(HARBOUR_A, PIER_A, 2.5, 6);
// Sanna erases on 28.11.2026, on the customer as she saw it (version 3).
const ctx = commandContext({ actor: { id: 'u-sanna', name: 'Sanna Nieminen' } });

const boat: Boat = { id: BOAT, customerId: C, boatType: 3, registrationNumber: 'A12345', name: 'Kuutti', model: 'Terhi 450', length: 5, width: 2.3, draught: null, weightKg: null };
const certificate: BoatCertificate = {
  id: '00000000-0000-4000-c100-000000000001',
  boatId: BOAT,
  customerId: C,
  certificateType: 'insurance',
  number: 'VK-1234567',
  issuer: 'LähiTapiola',
  validFrom: null,
  validUntil: '2027-05-31',
  checked: { actorId: 'u-aino', actorName: 'Aino Virtanen', at: '2026-05-01T10:00:00+03:00' },
  removed: null,
};
// Last season's paid lease, ended on 14.9.2026, and its paid invoice.
const endedLease = lease(B.id, 2026, 'paid', { customerId: C, boatId: BOAT, applicationId: application().id });
function order(status: BerthOrder['status'], extra: Partial<BerthOrder> = {}): BerthOrder {
  const line = { product: 'berth', title: { fi: 'Venepaikka', sv: 'Båtplats', en: 'Berth' }, pretaxCents: 23108, vatPercent: 25.5, totalCents: 29000 };
  return {
    id: '00000000-0000-4000-d100-000000000001',
    leaseId: endedLease.id,
    applicationId: application().id,
    customerId: C,
    season: 2026,
    status,
    lines: [line],
    pretaxCents: 23108,
    vatCents: 5892,
    totalCents: 29000,
    dueDate: '2026-03-31',
    sentAt: '2026-03-01T09:00:00+02:00',
    paidAt: status === 'paid' ? '2026-03-10T09:00:00+02:00' : null,
    paidVia: status === 'paid' ? 'online' : null,
    invoicingType: 'online_payment',
    language: 'fi',
    refund: null,
    ...extra,
  };
}
const winterApplication: WinterApplication = {
  id: '00000000-0000-4000-a100-000000000001',
  reference: 'TS25-000001',
  areaType: 'marked',
  status: 'handled',
  receivedAt: '2025-08-01T09:00:00+03:00',
  winter: 2025,
  customerId: C,
  boatId: BOAT,
  applicant: { ...application().applicant, email: 'Aili.Old@Example.fi', phone: '+358 40 765 4321' },
  boat: { boatType: 3, registrationNumber: 'A12345', name: 'Kuutti', model: 'Terhi 450', length: 5, width: 2.3 },
  areaChoices: ['00000000-0000-4000-8000-000000000001'],
  storageMethod: 'on_trailer',
  trailerRegistrationNumber: 'ABC-123',
};
function winterLease(extra: Partial<WinterLease> = {}): WinterLease {
  const line = { product: 'winter_storage_marked', title: { fi: 'Talvisäilytys', sv: 'Vinterförvaring', en: 'Winter storage' }, pretaxCents: 15936, vatPercent: 25.5, totalCents: 20000 };
  return {
    id: '00000000-0000-4000-d200-000000000001',
    areaType: 'marked',
    areaId: '00000000-0000-4000-8000-000000000001',
    sectionId: '00000000-0000-4000-8000-000000000002',
    placeId: '00000000-0000-4000-8000-000000000003',
    customerId: C,
    boatId: BOAT,
    applicationId: winterApplication.id,
    winter: 2025,
    status: 'paid',
    startDate: '2025-09-15',
    endDate: '2026-06-10',
    invoice: { number: 'TS25-000001', status: 'paid_man', lines: [line], pretaxCents: 15936, vatCents: 4064, totalCents: 20000, dueDate: '2025-09-01', sentAt: null, paidAt: '2025-08-25T09:00:00+03:00', paidVia: 'elsewhere', invoicingType: 'online_payment', language: 'fi' },
    stickerNumber: null,
    stickerPostedOn: null,
    createdAt: '2025-08-20T09:00:00+03:00',
    createdBy: 'Aino Virtanen',
    ...extra,
  };
}

/** A customer with everything ended: last season's lease and invoice paid, the application handled, last winter done. */
function state(extra: Partial<CustomerErasureState> = {}): CustomerErasureState {
  return {
    customer: { record: customer(C, { firstName: 'Aili', lastName: 'Mäkinen', email: 'aili@example.fi', phone: '+358 40 123 4567' }), version: 3 },
    boats: [{ record: boat, version: 2 }],
    certificates: [{ record: certificate, version: 1 }],
    applications: [{ record: application({ status: 'handled', applicationCode: 'HK-77' }), version: 6 }],
    leases: [{ record: endedLease, version: 4 }],
    orders: [order('paid')],
    winterApplications: [{ record: winterApplication, version: 2 }],
    winterLeases: [{ record: winterLease(), version: 3 }],
    paymentIssues: [],
    applicationEvents: [],
    winterEvents: [],
    ...extra,
  };
}

const refusal = (s: CustomerErasureState, c = ctx) => {
  const d = decideEraseCustomer(s, { customerId: C }, c);
  return d.ok ? null : d.code;
};

describe('a berth customer\'s GDPR erasure', () => {
  it('anonymises the customer, boats, certificates and application snapshots in place, each at its next version', () => {
    const d = decideEraseCustomer(state(), { customerId: C }, ctx);
    if (!d.ok) throw new Error(d.message);
    const put = (entity: string) => d.puts.filter((p) => p.entity === entity);
    expect(put('customer')).toEqual([
      {
        entity: 'customer',
        version: 4,
        record: expect.objectContaining({ id: C, kind: 'private', firstName: '', lastName: '', companyName: null, businessId: null, email: '', phone: '', address: '', zipCode: '', municipality: 'Helsinki', language: 'fi', invoicingType: 'online_payment', erasedAt: ctx.now, erasedBy: 'Sanna Nieminen' }),
      },
    ]);
    expect(put('boat')).toEqual([{ entity: 'boat', version: 3, record: { ...boat, registrationNumber: '', name: '' } }]);
    expect(put('boat_certificate')).toEqual([{ entity: 'boat_certificate', version: 2, record: { ...certificate, number: '', document: null } }]);
    const [app] = put('application');
    expect(app).toMatchObject({ version: 7, record: { id: application().id, reference: 'VP27-000001', status: 'handled', season: 2027, applicationCode: null } });
    expect(app!.record).toMatchObject({ applicant: { firstName: '', lastName: '', email: '', phone: '', address: '', zipCode: '', municipality: 'Helsinki', language: 'fi' }, boat: { registrationNumber: '', name: '', model: 'Terhi 450', length: 5 } });
    const [winter] = put('winter_application');
    expect(winter).toMatchObject({ version: 3, record: { reference: 'TS25-000001', trailerRegistrationNumber: null, applicant: { firstName: '', email: '' }, boat: { registrationNumber: '', name: '' } } });
  });

  it('keeps what bookkeeping needs: the lease, the orders and the winter lease with its invoice are not touched', () => {
    const d = decideEraseCustomer(state(), { customerId: C }, ctx);
    if (!d.ok) throw new Error(d.message);
    expect(d.puts.map((p) => p.entity).sort()).toEqual(['application', 'boat', 'boat_certificate', 'customer', 'winter_application']);
  });

  it("replaces a direct lease's reason, which staff typed and may name the customer", () => {
    const direct = { ...endedLease, applicationId: null, direct: { reason: 'Aili Mäkisen iso vene', actorId: 'u-aino', actorName: 'Aino Virtanen', at: '2026-05-01T10:00:00+03:00' } };
    const d = decideEraseCustomer(state({ leases: [{ record: direct, version: 2 }] }), { customerId: C }, ctx);
    if (!d.ok) throw new Error(d.message);
    expect(d.puts.find((p) => p.entity === 'lease')).toEqual({ entity: 'lease', version: 3, record: { ...direct, direct: { ...direct.direct, reason: ERASED_TEXT } } });
  });

  it("keeps a company's name and business id, which are not a person's, and erases its contact person", () => {
    const company = customer(C, { kind: 'company', firstName: 'Olli', lastName: 'Yrittäjä', companyName: 'Meri Oy', businessId: '1234567-8' });
    const d = decideEraseCustomer(state({ customer: { record: company, version: 3 } }), { customerId: C }, ctx);
    if (!d.ok) throw new Error(d.message);
    expect(d.puts[0]!.record).toMatchObject({ firstName: '', lastName: '', companyName: 'Meri Oy', businessId: '1234567-8', email: '' });
  });

  it("takes a certificate's scan off it, even once its number was erased", () => {
    const scan = { id: '00000000-0000-4000-8000-00000000d001', fileName: 'Virtanen_vakuutus.pdf', mediaType: 'application/pdf' as const, size: 10, sha256: 'ab'.repeat(32) };
    const d = decideEraseCustomer(state({ certificates: [{ record: { ...certificate, number: '', document: scan }, version: 2 }] }), { customerId: C }, ctx);
    if (!d.ok) throw new Error(d.message);
    expect(d.puts.find((p) => p.entity === 'boat_certificate')).toEqual({ entity: 'boat_certificate', version: 3, record: { ...certificate, number: '', document: null } });
  });

  it('erases a customer with nothing but a profile', () => {
    const d = decideEraseCustomer(state({ boats: [], certificates: [], applications: [], leases: [], orders: [], winterApplications: [], winterLeases: [] }), { customerId: C }, ctx);
    expect(d.ok && d.puts.map((p) => p.entity)).toEqual(['customer']);
  });

  it('is refused for a customer that does not exist, or was erased already', () => {
    expect(refusal(state({ customer: null }))).toBe('not_found');
    expect(refusal(state({ customer: { record: customer(C, { erasedAt: '2026-11-01T10:00:00+02:00', erasedBy: 'Sanna Nieminen' }), version: 3 } }))).toBe('customer_already_erased');
  });

  it('is a conflict when the customer changed since the main user saw it', () => {
    const d = decideEraseCustomer(state(), { customerId: C }, { ...ctx, baseVersion: 2 });
    expect(d).toMatchObject({ ok: false, status: 'conflict', code: 'stale_version' });
  });

  it('is refused while a berth lease has not ended, whatever its state of payment', () => {
    for (const status of ['paid', 'offered', 'drafted', 'awaiting_payment', 'error'] as const) {
      const live = lease(B.id, 2027, status, { customerId: C });
      expect(refusal(state({ leases: [{ record: live, version: 1 }] }))).toBe('customer_lease_active');
    }
    // The season 2026 lease ended on 14.9.2026: not holding anything on 28.11.2026.
    expect(refusal(state())).toBeNull();
    // A lease ended early by termination holds nothing either.
    expect(refusal(state({ leases: [{ record: lease(B.id, 2027, 'terminated', { customerId: C }), version: 1 }] }))).toBeNull();
  });

  it('is refused while a winter lease has not ended', () => {
    expect(refusal(state({ winterLeases: [{ record: winterLease({ winter: 2026, startDate: '2026-09-15', endDate: '2027-06-10' }), version: 1 }] }))).toBe('customer_lease_active');
  });

  it('is refused while an invoice is drafted, offered, in error or has a refund pending', () => {
    for (const status of ['drafted', 'offered', 'error'] as const) expect(refusal(state({ orders: [order(status)] }))).toBe('customer_order_open');
    expect(refusal(state({ orders: [order('paid', { refund: { status: 'pending', amountCents: 29000, at: '2026-10-01T10:00:00+03:00' } })] }))).toBe('customer_order_open');
    for (const status of ['cancelled', 'expired', 'rejected', 'paid_man', 'refunded'] as const) expect(refusal(state({ orders: [order(status)] }))).toBeNull();
    const unpaidWinter = winterLease({ status: 'expired', invoice: { ...winterLease().invoice, status: 'offered', paidAt: null, paidVia: null } });
    expect(refusal(state({ winterLeases: [{ record: unpaidWinter, version: 1 }] }))).toBe('customer_order_open');
  });

  it('is refused while an unapplied payment is not refunded, and not once it is; the issue itself is never rewritten', () => {
    const open: BerthPaymentIssue = {
      id: '00000000-0000-4000-8000-00000000e001',
      payableKind: 'order',
      payableId: order('paid').id,
      customerId: C,
      payableNumber: 'VP26-000042',
      amountCents: 29000,
      provider: 'demo',
      providerPaymentId: 'bank-1',
      receivedAt: '2026-11-20T10:00:00.000Z',
      reason: 'paid_already',
      status: 'open',
      refundedAt: null,
      refundedById: null,
      refundedByName: null,
    };
    const refunded: BerthPaymentIssue = { ...open, id: '00000000-0000-4000-8000-00000000e002', payableKind: 'winter_invoice', status: 'refunded', refundedAt: '2026-11-21T10:00:00.000Z', refundedById: 'u-eero', refundedByName: 'Eero Lindqvist' };
    const d = decideEraseCustomer(state({ paymentIssues: [refunded, open] }), { customerId: C }, ctx);
    expect(d).toMatchObject({ ok: false, status: 'rejected', code: 'customer_payment_unrefunded', message: expect.stringContaining('VP26-000042 (290.00 EUR') });
    // An open invoice is named first: it is the older, larger matter.
    expect(refusal(state({ orders: [order('offered')], paymentIssues: [open] }))).toBe('customer_order_open');
    const allowed = decideEraseCustomer(state({ paymentIssues: [refunded, { ...open, status: 'refunded', refundedAt: '2026-11-22T10:00:00.000Z', refundedById: 'u-aino', refundedByName: 'Aino Virtanen' }] }), { customerId: C }, ctx);
    if (!allowed.ok) throw new Error(allowed.message);
    // Ids, a number, an amount and staff names: nothing of the customer's to erase there.
    expect(allowed.puts.filter((p) => (p.entity as string) === 'berth_payment_issue')).toEqual([]);
  });

  it('is refused while a berth or winter application is in process', () => {
    for (const status of ['pending', 'offer_generated', 'offer_sent', 'awaiting_payment', 'no_suitable_berths'] as const) {
      expect(refusal(state({ applications: [{ record: application({ status }), version: 1 }] }))).toBe('customer_application_open');
      expect(refusal(state({ winterApplications: [{ record: { ...winterApplication, status }, version: 1 }] }))).toBe('customer_application_open');
    }
    for (const status of ['handled', 'rejected', 'declined_by_customer', 'expired'] as const) expect(refusal(state({ applications: [{ record: application({ status }), version: 1 }] }))).toBeNull();
  });

  it('names the addresses the outbox could have written to, as it stores them', () => {
    expect(customerAddresses(state())).toEqual({ emails: ['aili@example.fi', 'aili.old@example.fi'], phones: ['+358401234567', '+358407654321'] });
  });

  it("rewrites the customer's case history at each event's next version, and leaves a clean event alone", () => {
    const base = { applicationId: application().id, at: '2026-05-01T10:00:00+03:00', recordedAt: null, actorId: 'u-aino', actorName: 'Aino Virtanen', fromStatus: null, toStatus: null, berthId: null, leaseId: null, commandId: null };
    const note: ApplicationEvent = { ...base, id: '00000000-0000-4000-f000-000000000001', kind: 'note', note: 'Aili Mäkinen soitti' };
    const edit: ApplicationEvent = { ...base, id: '00000000-0000-4000-f000-000000000002', kind: 'edited', note: null, changes: [{ field: 'applicant.email', before: 'aili@example.fi', after: 'a@example.fi' }] };
    const clean: ApplicationEvent = { ...base, id: '00000000-0000-4000-f000-000000000003', kind: 'offer_made', note: null };
    const winter: WinterEvent = { ...base, id: '00000000-0000-4000-f000-000000000004', applicationId: winterApplication.id, leaseId: winterLease().id, kind: 'invoice_expired', stickerNumber: null, note: 'The invoice was not paid.' };
    const d = decideEraseCustomer(
      state({ applicationEvents: [{ record: note, version: 1 }, { record: edit, version: 1 }, { record: clean, version: 1 }], winterEvents: [{ record: winter, version: 1 }] }),
      { customerId: C },
      ctx,
    );
    if (!d.ok) throw new Error(d.message);
    const history = d.puts.filter((p) => p.entity === 'application_event' || p.entity === 'winter_event');
    expect(history.map((p) => [p.record.id, p.version])).toEqual([[note.id, 2], [edit.id, 2], [winter.id, 2]]);
    expect(JSON.stringify(history)).not.toMatch(/Aili|aili@|a@example/);
    expect((history[1]!.record as ApplicationEvent).changes).toEqual([{ field: 'applicant.email', before: ERASED, after: ERASED }]);
    expect(history[0]!.record).toEqual({ ...note, note: ERASED_TEXT });
  });
});
