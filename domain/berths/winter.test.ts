import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import type { Customer } from './entities.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace, WinterSection } from './winter-entities.ts';
import { decideRecordWinterPayment, WINTER_DECIDERS, type WinterCommandState } from './winter-deciders.ts';
import { leaseHoldsPlace, placeFit, placeFree, storedLength, suggestWinterPlaces } from './winter-places.ts';
import { awaitingStickerLetter, nextStickerNumber, stickerProblem } from './winter-stickers.ts';
import { defaultWinterDueDate, winterDueDateWindow } from './winter-seasons.ts';

const AREA = '00000000-0000-4000-8000-0000000000a0';
const AREA_2 = '00000000-0000-4000-8000-0000000000b0';
const SECTION = '00000000-0000-4000-8000-0000000000a1';
const CUSTOMER = '00000000-0000-4000-b000-000000000001';
const OTHER = '00000000-0000-4000-b000-000000000002';
const APP = '00000000-0000-4000-a000-000000000001';
const LEASE = '00000000-0000-4000-d000-000000000001';

const area = (id = AREA, price: WinterArea['price'] = { centsPerM2: 1140, vatPercent: 25.5 }): WinterArea => ({
  id, name: { fi: 'Rajasaari', sv: 'Rajasaari', en: 'Rajasaari' }, streetAddress: '', zipCode: '00250', region: 'west', location: null, estimatedUnmarkedSpaces: null, price,
});
const section = (areaId = AREA): WinterSection => ({ id: SECTION, areaId, identifier: 'B', services: [] });
let placeSeq = 0;
const place = (width: number, length: number, extra: Partial<WinterPlace> = {}): WinterPlace => {
  placeSeq += 1;
  return { id: `00000000-0000-4000-9000-${String(placeSeq).padStart(12, '0')}`, areaId: AREA, sectionId: SECTION, number: placeSeq, width, length, isActive: true, isInvoiceable: true, comment: '', ...extra };
};
const application = (extra: Partial<WinterApplication> = {}): WinterApplication => ({
  id: APP, reference: 'TS26-000001', areaType: 'marked', status: 'pending', receivedAt: '2026-08-01T09:00:00+03:00', winter: 2026, customerId: CUSTOMER, boatId: null,
  applicant: { firstName: 'Aili', lastName: 'Mäkinen', companyName: null, email: 'aili@example.fi', phone: '+358401234567', address: 'Merikatu 1', zipCode: '00150', municipality: 'Helsinki', language: 'fi' },
  boat: { boatType: 3, registrationNumber: 'A12345', name: 'Kuutti', model: 'Terhi 450', length: 5, width: 2 },
  areaChoices: [AREA], storageMethod: 'on_trestles', trailerRegistrationNumber: null, ...extra,
});
const customer = (kind: Customer['kind'] = 'private', extra: Partial<Customer> = {}): Customer => ({
  id: CUSTOMER, kind, firstName: 'Aili', lastName: 'Mäkinen', companyName: null, businessId: null, email: 'aili@example.fi', phone: '+358401234567', address: 'Merikatu 1', zipCode: '00150', municipality: 'Helsinki', language: 'fi', invoicingType: 'online_payment', ...extra,
});
const ctx = (today = '2026-10-01'): CommandContext => ({ commandId: '00000000-0000-4000-e000-000000000001', actor: { id: 'aino', name: 'Aino Käsittelijä' }, now: `${today}T10:00:00+03:00`, recordedAt: null, today, baseVersion: null });

function leaseOn(p: WinterPlace | null, extra: Partial<WinterLease> = {}): WinterLease {
  return {
    id: LEASE, areaType: p ? 'marked' : 'unmarked', areaId: AREA, sectionId: SECTION, placeId: p?.id ?? null, customerId: CUSTOMER, boatId: null, applicationId: APP, winter: 2026, status: 'drafted',
    startDate: '2026-10-01', endDate: '2027-06-10',
    invoice: { number: 'TS26-000001', status: 'drafted', lines: [{ product: 'winter_storage_unmarked', title: { fi: 'x', sv: 'x', en: 'x' }, pretaxCents: 9108, vatPercent: 25.5, totalCents: 11430 }], pretaxCents: 9108, vatCents: 2322, totalCents: 11430, dueDate: null, sentAt: null, paidAt: null, paidVia: null, invoicingType: 'online_payment', language: 'fi' },
    stickerNumber: null, stickerPostedOn: null, createdAt: '2026-10-01T10:00:00+03:00', createdBy: 'Aino', ...extra,
  };
}

function state(extra: Partial<WinterCommandState> = {}): WinterCommandState {
  return { application: { record: application(), version: 1 }, applicationLeases: [], lease: null, customer: customer(), area: area(), place: null, section: section(), placeLeases: [], stickerNumbers: [], ...extra };
}

describe('winter storage places', () => {
  it('counts a metre more for a boat on its trailer', () => {
    expect(storedLength(application())).toBe(5);
    expect(storedLength(application({ storageMethod: 'on_trailer' }))).toBe(6);
  });

  it('never gives a place narrower than the boat; a shorter one is flagged', () => {
    expect(placeFit(place(1.9, 8), application())).toBe('too_narrow');
    expect(placeFit(place(2, 4.5), application())).toBe('too_short');
    expect(placeFit(place(2, 5), application())).toBe('fits');
    expect(placeFit(place(2.5, 5.5), application({ storageMethod: 'on_trailer' }))).toBe('too_short');
  });

  it('is held by an active lease of the winter, and by last winter paid lease until its holder has one for this winter', () => {
    const p = place(3, 8);
    const active = leaseOn(p, { status: 'offered' });
    expect(placeFree(p, 2026, [active])).toBe(false);
    expect(placeFree(p, 2026, [leaseOn(p, { status: 'expired' })])).toBe(true);
    const lastWinter = leaseOn(p, { winter: 2025, status: 'paid' });
    expect(leaseHoldsPlace(lastWinter, 2026, [lastWinter])).toBe(true);
    const renewedRefused = leaseOn(p, { id: '00000000-0000-4000-d000-000000000002', status: 'refused' });
    expect(leaseHoldsPlace(lastWinter, 2026, [lastWinter, renewedRefused])).toBe(false);
    expect(placeFree(p, 2026, [lastWinter, renewedRefused])).toBe(true);
    expect(placeFree({ ...p, isActive: false }, 2026, [])).toBe(false);
  });

  it('suggests by size: fitting places first, then by the order of areas, then the closest fit', () => {
    const big = place(4, 12);
    const snug = place(2.5, 6);
    const short = place(2.5, 4);
    const narrow = place(1.5, 8);
    const secondArea = place(2, 5, { areaId: AREA_2 });
    const elsewhere = place(3, 8, { areaId: '00000000-0000-4000-8000-0000000000c0' });
    const taken = place(2.5, 6);
    const leases = new Map([[taken.id, [leaseOn(taken, { customerId: OTHER, status: 'paid' })]]]);
    const got = suggestWinterPlaces(application({ areaChoices: [AREA, AREA_2] }), [big, snug, short, narrow, secondArea, elsewhere, taken], leases);
    expect(got.map((s) => s.place.id)).toEqual([snug.id, big.id, secondArea.id, short.id]);
    expect(got.map((s) => s.fit)).toEqual(['fits', 'fits', 'fits', 'too_short']);
    expect(got[2]?.choice).toBe(2);
  });
});

describe('winter storage stickers', () => {
  it('numbers one series per winter and never gives a number twice', () => {
    expect(nextStickerNumber([])).toBe(1);
    expect(nextStickerNumber([1, 2, 5])).toBe(6);
  });

  it('belongs to a paid unmarked lease; its letter waits until it is posted', () => {
    expect(stickerProblem({ areaType: 'marked', status: 'paid' })).toBe('not_unmarked');
    expect(stickerProblem({ areaType: 'unmarked', status: 'offered' })).toBe('not_paid');
    expect(stickerProblem({ areaType: 'unmarked', status: 'paid' })).toBeNull();
    expect(awaitingStickerLetter({ areaType: 'unmarked', status: 'paid', stickerNumber: 3, stickerPostedOn: null })).toBe(true);
    expect(awaitingStickerLetter({ areaType: 'unmarked', status: 'paid', stickerNumber: 3, stickerPostedOn: '2026-10-02' })).toBe(false);
  });
});

describe('winter invoice due dates', () => {
  it('runs from a week to a month, never past the winter, 14 days by default', () => {
    expect(winterDueDateWindow('2026-10-01', 2026)).toEqual({ earliest: '2026-10-08', latest: '2026-10-31' });
    expect(defaultWinterDueDate('2026-10-01', 2026)).toBe('2026-10-15');
    expect(winterDueDateWindow('2027-05-25', 2026)).toEqual({ earliest: '2027-06-01', latest: '2027-06-10' });
    expect(defaultWinterDueDate('2027-05-30', 2026)).toBe('2027-06-10');
    expect(winterDueDateWindow('2027-06-05', 2026)).toBeNull();
  });
});

describe('winter storage commands', () => {
  it('gives a marked place and drafts its invoice by the place size', () => {
    const p = place(2.5, 6);
    const d = WINTER_DECIDERS['berths.createWinterLease'](state({ place: p }), { applicationId: APP, leaseId: LEASE, placeId: p.id }, ctx());
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const lease = d.puts.find((x) => x.entity === 'winter_lease')?.record as WinterLease;
    // 2.5 x 6 = 15 m² at 11.40 €/m².
    expect(lease).toMatchObject({ status: 'drafted', placeId: p.id, startDate: '2026-10-01', endDate: '2027-06-10', invoice: { status: 'drafted', totalCents: 17100 } });
    expect(d.puts.find((x) => x.entity === 'winter_application')?.record).toMatchObject({ status: 'offer_generated' });
    expect(d.puts.find((x) => x.entity === 'winter_event')?.record).toMatchObject({ kind: 'lease_created', fromStatus: 'pending', toStatus: 'offer_generated' });
  });

  it('refuses a place that is taken, narrow, out of use, not chosen, or missing for a marked application', () => {
    const create = WINTER_DECIDERS['berths.createWinterLease'];
    const p = place(2.5, 6);
    const pay = { applicationId: APP, leaseId: LEASE, placeId: p.id };
    expect(create(state({ place: p, placeLeases: [leaseOn(p, { id: '00000000-0000-4000-d000-000000000009', customerId: OTHER, applicationId: null, status: 'paid' })] }), pay, ctx())).toMatchObject({ ok: false, code: 'place_taken' });
    const narrow = place(1.5, 6);
    expect(create(state({ place: narrow }), { ...pay, placeId: narrow.id }, ctx())).toMatchObject({ ok: false, code: 'place_too_narrow' });
    const off = place(2.5, 6, { isActive: false });
    expect(create(state({ place: off }), { ...pay, placeId: off.id }, ctx())).toMatchObject({ ok: false, code: 'place_inactive' });
    expect(create(state({ place: p, application: { record: application({ areaChoices: [AREA_2] }), version: 1 } }), pay, ctx())).toMatchObject({ ok: false, code: 'area_not_chosen' });
    expect(create(state({ place: p }), { ...pay, placeId: null }, ctx())).toMatchObject({ ok: false, code: 'place_choice_wrong' });
    expect(create(state({ place: p, area: area(AREA, null) }), pay, ctx())).toMatchObject({ ok: false, code: 'area_not_priced' });
    expect(create(state({ place: p, applicationLeases: [leaseOn(p)] }), pay, ctx())).toMatchObject({ ok: false, code: 'application_has_offer' });
    expect(create(state({ place: p, application: { record: application({ status: 'handled' }), version: 3 } }), pay, ctx())).toMatchObject({ ok: false, code: 'invalid_transition' });
  });

  it('invoices an unmarked notice by the boat; a company pays double; a non-billable customer nothing, paid at once with a sticker', () => {
    const create = WINTER_DECIDERS['berths.createWinterLease'];
    const unmarked = { application: { record: application({ areaType: 'unmarked' }), version: 1 } };
    const pay = { applicationId: APP, leaseId: LEASE, placeId: null };
    const d = create(state(unmarked), pay, ctx());
    // 2 x 5 = 10 m² at 11.40 €/m², priced by the boat (not the metre a trailer adds).
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_lease')?.record).toMatchObject({ areaType: 'unmarked', placeId: null, sectionId: SECTION, invoice: { totalCents: 11400, pretaxCents: 9084 } });
    expect(create(state({ ...unmarked, customer: customer('company') }), pay, ctx())).toMatchObject({ ok: true, puts: expect.arrayContaining([expect.objectContaining({ entity: 'winter_lease', record: expect.objectContaining({ invoice: expect.objectContaining({ totalCents: 22800 }) }) })]) });
    const free = create(state({ ...unmarked, customer: customer('non_billable'), stickerNumbers: [1, 2] }), pay, ctx());
    expect(free.ok && free.puts.find((x) => x.entity === 'winter_lease')?.record).toMatchObject({ status: 'paid', stickerNumber: 3, invoice: { status: 'paid_man', paidVia: 'free', totalCents: 0, vatCents: 0 } });
    expect(free.ok && free.puts.find((x) => x.entity === 'winter_application')?.record).toMatchObject({ status: 'handled' });
  });

  it('sends the invoice with a due date in the window, never a paper invoice, never to a customer without email', () => {
    const send = WINTER_DECIDERS['berths.sendWinterInvoice'];
    const drafted = { record: leaseOn(null), version: 1 };
    const s = state({ application: { record: application({ areaType: 'unmarked', status: 'offer_generated' }), version: 2 }, lease: drafted });
    const d = send(s, { leaseId: LEASE, dueDate: '2026-10-15' }, ctx());
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_lease')?.record).toMatchObject({ status: 'offered', invoice: { status: 'offered', dueDate: '2026-10-15', sentAt: '2026-10-01T10:00:00+03:00' } });
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_application')?.record).toMatchObject({ status: 'offer_sent' });
    expect(send(s, { leaseId: LEASE, dueDate: '2026-10-05' }, ctx())).toMatchObject({ ok: false, code: 'due_date_out_of_range' });
    expect(send(s, { leaseId: LEASE, dueDate: '2026-11-15' }, ctx())).toMatchObject({ ok: false, code: 'due_date_out_of_range' });
    const paper = { record: leaseOn(null, { invoice: { ...leaseOn(null).invoice, invoicingType: 'paper_invoice' } }), version: 1 };
    expect(send({ ...s, lease: paper }, { leaseId: LEASE, dueDate: '2026-10-15' }, ctx())).toMatchObject({ ok: false, code: 'order_paper_invoice' });
    expect(send({ ...s, customer: customer('private', { email: '' }) }, { leaseId: LEASE, dueDate: '2026-10-15' }, ctx())).toMatchObject({ ok: false, code: 'customer_email_missing' });
    const paid = { record: leaseOn(null, { status: 'paid', invoice: { ...leaseOn(null).invoice, status: 'paid_man' } }), version: 3 };
    expect(send({ ...s, lease: paid }, { leaseId: LEASE, dueDate: '2026-10-15' }, ctx())).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(send({ ...s, lease: null }, { leaseId: LEASE, dueDate: '2026-10-15' }, ctx())).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('marks the invoice paid: the lease is paid, the application handled, an unmarked lease gets the next sticker', () => {
    const paidOf = WINTER_DECIDERS['berths.markWinterInvoicePaid'];
    const offered = { record: leaseOn(null, { status: 'offered', invoice: { ...leaseOn(null).invoice, status: 'offered', dueDate: '2026-10-15' } }), version: 2 };
    const s = state({ application: { record: application({ areaType: 'unmarked', status: 'offer_sent' }), version: 3 }, lease: offered, stickerNumbers: [1, 2, 7] });
    const d = paidOf(s, { leaseId: LEASE }, ctx('2026-10-03'));
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_lease')?.record).toMatchObject({ status: 'paid', stickerNumber: 8, stickerPostedOn: null, invoice: { status: 'paid_man', paidVia: 'elsewhere' } });
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_application')?.record).toMatchObject({ status: 'handled' });
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_event')?.record).toMatchObject({ kind: 'invoice_paid', stickerNumber: 8 });
    const marked = { record: leaseOn(place(2.5, 6), { status: 'offered', invoice: { ...leaseOn(null).invoice, status: 'offered' } }), version: 2 };
    const markedPaid = paidOf({ ...s, lease: marked }, { leaseId: LEASE }, ctx());
    expect(markedPaid.ok && markedPaid.puts.find((x) => x.entity === 'winter_lease')?.record).toMatchObject({ stickerNumber: null });
    const again = { record: leaseOn(null, { status: 'paid', stickerNumber: 8, invoice: { ...leaseOn(null).invoice, status: 'paid_man' } }), version: 3 };
    expect(paidOf({ ...s, lease: again }, { leaseId: LEASE }, ctx())).toMatchObject({ ok: false, code: 'invalid_transition' });
  });

  it('records an online payment by the same rule, paid online, for the invoice’s exact total only', () => {
    const offered = { record: leaseOn(null, { status: 'offered', invoice: { ...leaseOn(null).invoice, status: 'offered', dueDate: '2026-10-15' } }), version: 2 };
    const s = state({ application: { record: application({ areaType: 'unmarked', status: 'offer_sent' }), version: 3 }, lease: offered, stickerNumbers: [1, 2, 7] });
    const total = offered.record.invoice.totalCents;
    expect(decideRecordWinterPayment(s, { leaseId: LEASE, amountCents: total + 1 }, ctx('2026-10-03'))).toMatchObject({ ok: false, code: 'payment_amount_mismatch' });
    const d = decideRecordWinterPayment(s, { leaseId: LEASE, amountCents: total }, ctx('2026-10-03'));
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_lease')?.record).toMatchObject({ status: 'paid', stickerNumber: 8, invoice: { status: 'paid', paidVia: 'online' } });
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_application')?.record).toMatchObject({ status: 'handled' });
    expect(d.ok && d.puts.find((x) => x.entity === 'winter_event')?.record).toMatchObject({ kind: 'invoice_paid', toStatus: 'paid', stickerNumber: 8 });
    const paid = { record: leaseOn(null, { status: 'paid', stickerNumber: 8, invoice: { ...leaseOn(null).invoice, status: 'paid' } }), version: 3 };
    expect(decideRecordWinterPayment({ ...s, lease: paid }, { leaseId: LEASE, amountCents: total }, ctx())).toMatchObject({ ok: false, code: 'invalid_transition' });
  });

  it('reassigns a sticker to the next number and posts it again; posting is dated between payment and today', () => {
    const paid = { record: leaseOn(null, { status: 'paid', stickerNumber: 4, stickerPostedOn: '2026-10-05', invoice: { ...leaseOn(null).invoice, status: 'paid_man', paidAt: '2026-10-03T10:00:00+03:00' } }), version: 4 };
    const s = state({ lease: paid, stickerNumbers: [1, 2, 3, 4] });
    const re = WINTER_DECIDERS['berths.reassignWinterSticker'](s, { leaseId: LEASE }, ctx('2026-10-10'));
    expect(re.ok && re.puts[0]?.record).toMatchObject({ stickerNumber: 5, stickerPostedOn: null });
    const notPaid = { record: leaseOn(null, { status: 'offered' }), version: 2 };
    expect(WINTER_DECIDERS['berths.reassignWinterSticker']({ ...s, lease: notPaid }, { leaseId: LEASE }, ctx())).toMatchObject({ ok: false, code: 'sticker_not_available' });
    const post = WINTER_DECIDERS['berths.setWinterStickerPosted'];
    expect(post(s, { leaseId: LEASE, postedOn: '2026-10-06' }, ctx('2026-10-10'))).toMatchObject({ ok: true });
    expect(post(s, { leaseId: LEASE, postedOn: '2026-10-11' }, ctx('2026-10-10'))).toMatchObject({ ok: false, code: 'sticker_posted_date_invalid' });
    expect(post(s, { leaseId: LEASE, postedOn: '2026-10-02' }, ctx('2026-10-10'))).toMatchObject({ ok: false, code: 'sticker_posted_date_invalid' });
  });
});
