import { describe, expect, it } from 'vitest';
import { BERTH_DECIDERS, type BerthCommandState } from './decide.ts';
import { HARBOUR_A, HARBOUR_C, PIER_A, PRODUCTS, application, berth, harbour, lease, pier, commandContext } from './fixtures.test-support.ts';

const ctx = commandContext;

const LEASE_ID = '00000000-0000-4000-d000-0000000000ff';
const ORDER_ID = '00000000-0000-4000-d000-0000000000ee';

function offerState(extra: Partial<BerthCommandState> = {}) {
  const b = berth(HARBOUR_A, PIER_A, 2.5, 6);
  const state: BerthCommandState = {
    application: { record: application(), version: 3 },
    applicationLeases: [],
    berth: { record: b, version: 1 },
    pier: pier(PIER_A, HARBOUR_A),
    harbour: harbour(HARBOUR_A, 'Puotilan venesatama'),
    berthLeases: [],
    products: PRODUCTS,
    customer: null,
    ...extra,
  };
  return { state, berthId: b.id };
}

const offer = (state: BerthCommandState, berthId: string, c = ctx(), more = {}) =>
  BERTH_DECIDERS['berths.offerBerth'](state, { applicationId: application().id, berthId, leaseId: LEASE_ID, orderId: ORDER_ID, dueDate: '2026-12-12', acceptShorter: false, ...more }, c);

describe('offer berth', () => {
  it('creates an offered lease, moves the application to offer_sent and records who did it', () => {
    const { state, berthId } = offerState();
    const d = offer(state, berthId);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const [leasePut, orderPut, appPut, eventPut] = d.puts;
    expect(orderPut).toMatchObject({ entity: 'berth_order', version: 1, record: { id: ORDER_ID, leaseId: LEASE_ID, status: 'offered', dueDate: '2026-12-12', sentAt: ctx().now, totalCents: 29000, pretaxCents: 23108, vatCents: 5892, invoicingType: 'online_payment' } });
    expect(leasePut).toMatchObject({ entity: 'lease', version: 1, record: { id: LEASE_ID, status: 'offered', season: 2027, priceCents: 29000, startDate: '2027-06-10', endDate: '2027-09-14', dueDate: '2026-12-12', offeredBy: 'Aino Virtanen' } });
    expect(appPut).toMatchObject({ entity: 'application', version: 4, record: { status: 'offer_sent' } });
    expect(eventPut).toMatchObject({ entity: 'application_event', record: { id: ctx().commandId, kind: 'offer_made', fromStatus: 'pending', toStatus: 'offer_sent', berthId, actorName: 'Aino Virtanen' } });
  });

  it('is a conflict when the berth was taken meanwhile, with the current occupancy', () => {
    const { state, berthId } = offerState();
    const d = offer({ ...state, berthLeases: [lease(berthId, 2027, 'offered')] }, berthId);
    expect(d).toMatchObject({ ok: false, status: 'conflict', code: 'berth_taken', current: { occupancy: { reason: 'offered' } } });
  });

  it('is a conflict when the application moved on since the handler saw it', () => {
    const { state, berthId } = offerState();
    expect(offer(state, berthId, ctx({ baseVersion: 2 }))).toMatchObject({ ok: false, status: 'conflict', code: 'stale_version' });
  });

  it('rejects what no retry can fix', () => {
    const { state, berthId } = offerState();
    const narrow = berth(HARBOUR_A, PIER_A, 2, 6);
    expect(offer({ ...state, berth: { record: narrow, version: 1 } }, narrow.id)).toMatchObject({ status: 'rejected', code: 'berth_too_narrow' });
    const elsewhere = berth(HARBOUR_C, PIER_A, 3, 6);
    expect(offer({ ...state, berth: { record: elsewhere, version: 1 } }, elsewhere.id)).toMatchObject({ status: 'rejected', code: 'harbour_not_chosen' });
    const inactive = berth(HARBOUR_A, PIER_A, 3, 6, { isActive: false });
    expect(offer({ ...state, berth: { record: inactive, version: 1 } }, inactive.id)).toMatchObject({ status: 'rejected', code: 'berth_inactive' });
    expect(offer({ ...state, application: { record: application({ status: 'handled' }), version: 3 } }, berthId)).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
    expect(offer(state, berthId, ctx({ today: '2026-12-13' }))).toMatchObject({ status: 'rejected', code: 'due_date_out_of_range' });
    expect(offer({ ...state, applicationLeases: [{ record: lease(berthId, 2027, 'offered'), version: 1 }] }, berthId)).toMatchObject({ status: 'rejected', code: 'application_has_offer' });
  });

  it('refuses a due date outside the window of due-date.ts, on either side, with the allowed range', () => {
    const { state, berthId } = offerState();
    for (const dueDate of ['2026-11-28', '2026-12-04', '2027-06-11', '2099-01-01']) {
      expect(offer(state, berthId, ctx(), { dueDate })).toMatchObject({ ok: false, status: 'rejected', code: 'due_date_out_of_range', message: expect.stringContaining('2026-12-05 to 2027-06-10') });
    }
    expect(offer(state, berthId, ctx(), { dueDate: '2026-12-05' }).ok).toBe(true);
    expect(offer(state, berthId, ctx(), { dueDate: '2027-06-10' }).ok).toBe(true);
  });

  it('offers a berth shorter than the boat only when the handler confirmed it', () => {
    const { state } = offerState();
    const short = berth(HARBOUR_A, PIER_A, 2.5, 4);
    const s = { ...state, berth: { record: short, version: 1 } };
    expect(offer(s, short.id)).toMatchObject({ status: 'rejected', code: 'berth_too_short' });
    expect(offer(s, short.id, ctx(), { acceptShorter: true }).ok).toBe(true);
  });
});

describe('the other application commands', () => {
  const offered = lease('00000000-0000-4000-9000-000000000777', 2027, 'offered', { id: LEASE_ID });
  const withOffer = (): BerthCommandState => ({
    application: { record: application({ status: 'offer_sent' }), version: 3 },
    applicationLeases: [{ record: offered, version: 1 }],
  });

  it('withdraws an offer back to the queue', () => {
    const d = BERTH_DECIDERS['berths.withdrawOffer'](withOffer(), { applicationId: application().id, leaseId: LEASE_ID, reason: 'wrong berth' }, ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'lease', version: 2, record: { status: 'cancelled' } }, { entity: 'application', record: { status: 'pending' } }, { record: { kind: 'offer_withdrawn', note: 'wrong berth' } }] });
  });

  it('records an acceptance as awaiting payment, still holding the berth, and a refusal as the customer’s', () => {
    const yes = BERTH_DECIDERS['berths.recordOfferAnswer'](withOffer(), { applicationId: application().id, leaseId: LEASE_ID, answer: 'accepted' }, ctx());
    expect(yes).toMatchObject({ ok: true, puts: [{ record: { status: 'awaiting_payment' } }, { record: { status: 'awaiting_payment' } }, { record: { kind: 'offer_accepted', toStatus: 'awaiting_payment' } }] });
    const no = BERTH_DECIDERS['berths.recordOfferAnswer'](withOffer(), { applicationId: application().id, leaseId: LEASE_ID, answer: 'declined' }, ctx());
    expect(no).toMatchObject({ ok: true, puts: [{ record: { status: 'refused' } }, { record: { status: 'declined_by_customer' } }, { record: { kind: 'offer_declined', toStatus: 'declined_by_customer' } }] });
  });

  it('returns a declined application to the queue keeping its arrival time and priority', () => {
    const declined = application({ status: 'declined_by_customer', priority: 2 });
    const state: BerthCommandState = { application: { record: declined, version: 5 }, applicationLeases: [{ record: { ...offered, status: 'refused' }, version: 2 }] };
    const d = BERTH_DECIDERS['berths.returnToQueue'](state, { applicationId: declined.id }, ctx({ baseVersion: 5 }));
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'application', version: 6, record: { status: 'pending', priority: 2, receivedAt: declined.receivedAt, season: declined.season } }, { record: { kind: 'returned_to_queue', fromStatus: 'declined_by_customer', toStatus: 'pending' } }] });
  });

  it('returns to the queue only a declined application, and extends only one without a berth', () => {
    for (const status of ['offer_sent', 'no_suitable_berths', 'pending', 'handled'] as const) {
      const s: BerthCommandState = { application: { record: application({ status }), version: 3 }, applicationLeases: [] };
      expect(BERTH_DECIDERS['berths.returnToQueue'](s, { applicationId: application().id }, ctx())).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
    }
    const declined: BerthCommandState = { application: { record: application({ status: 'declined_by_customer' }), version: 3 }, applicationLeases: [] };
    expect(BERTH_DECIDERS['berths.extendApplication'](declined, { applicationId: application().id }, ctx())).toMatchObject({ status: 'rejected', code: 'invalid_transition' });
  });

  it('leaves an application without a berth and rolls it over at low priority', () => {
    const pending: BerthCommandState = { application: { record: application(), version: 3 }, applicationLeases: [] };
    const none = BERTH_DECIDERS['berths.markNoSuitableBerth'](pending, { applicationId: application().id }, ctx());
    expect(none).toMatchObject({ ok: true, puts: [{ record: { status: 'no_suitable_berths' } }, { record: { kind: 'no_suitable_berths' } }] });
    const rolled: BerthCommandState = { application: { record: application({ status: 'no_suitable_berths' }), version: 4 }, applicationLeases: [] };
    const ext = BERTH_DECIDERS['berths.extendApplication'](rolled, { applicationId: application().id }, ctx({ baseVersion: 4 }));
    expect(ext).toMatchObject({ ok: true, puts: [{ version: 5, record: { status: 'pending', priority: 0, season: 2028 } }, { record: { kind: 'extended' } }] });
  });

  it('adds a note without touching the application, whatever its version', () => {
    const d = BERTH_DECIDERS['berths.addNote'](withOffer(), { applicationId: application().id, note: 'Soitti, harkitsee.' }, ctx({ baseVersion: null }));
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'application_event', record: { kind: 'note', note: 'Soitti, harkitsee.' } }] });
    expect(d.ok && d.puts).toHaveLength(1);
  });
});

describe('offer berth follows the brief\'s rules', () => {
  const leaseOf = (d: ReturnType<typeof offer>) => (d.ok ? d.puts.find((p) => p.entity === 'lease')?.record : d);
  const customer = (kind: 'private' | 'company' | 'non_billable') => ({
    id: application().customerId, kind, firstName: 'Aili', lastName: 'Mäkinen', companyName: null, businessId: null, email: 'aili@example.fi',
    phone: '', address: '', zipCode: '00150', municipality: 'Helsinki', language: 'fi' as const, invoicingType: 'online_payment' as const,
  });

  it('pays a non-billable customer\'s offer at once: 0 € at 0 % VAT, lease paid, application handled, no due date', () => {
    const { state, berthId } = offerState({ customer: customer('non_billable') });
    const d = offer(state, berthId);
    expect(d).toMatchObject({
      ok: true,
      puts: [
        { entity: 'lease', record: { status: 'paid', priceCents: 0, vatPercent: 0, dueDate: null } },
        { entity: 'berth_order', record: { status: 'paid_man', paidVia: 'free', totalCents: 0, vatCents: 0, dueDate: null, lines: [{ product: 'berth', totalCents: 0, vatPercent: 0 }] } },
        { entity: 'application', record: { status: 'handled' } },
        { entity: 'application_event', record: { kind: 'offer_made', fromStatus: 'pending', toStatus: 'handled' } },
      ],
    });
  });

  it('charges a company double', () => {
    const { state, berthId } = offerState({ customer: customer('company') });
    expect(leaseOf(offer(state, berthId))).toMatchObject({ status: 'offered', priceCents: 58000, vatPercent: 25.5 });
  });

  it('refuses a berth whose width has no product in its category, rather than pricing it from another', () => {
    const { state, berthId } = offerState({ harbour: harbour(HARBOUR_A, 'Vasikkasaaren venesatama') });
    const narrow = { ...state, berth: { record: { ...(state.berth?.record as NonNullable<typeof state.berth>['record']), width: 2.6 }, version: 1 } };
    expect(offer(narrow, berthId)).toMatchObject({ ok: false, status: 'rejected', code: 'berth_not_priced' });
    expect(leaseOf(offer(state, berthId))).toMatchObject({ priceCents: 10000 });
  });

  it('keeps a berth whose last-season holder has a lease error this season', () => {
    const { state, berthId } = offerState();
    expect(offer({ ...state, berthLeases: [lease(berthId, 2027, 'error')] }, berthId)).toMatchObject({ ok: false, code: 'berth_taken', current: { occupancy: { reason: 'leased' } } });
  });

  it('runs a lease offered during the season from today to 14.9.', () => {
    const app = application({ season: 2027 });
    const { state, berthId } = offerState({ application: { record: app, version: 3 } });
    const d = offer(state, berthId, ctx({ today: '2027-07-01', now: '2027-07-01T10:00:00+03:00' }), { dueDate: '2027-07-10' });
    expect(leaseOf(d)).toMatchObject({ startDate: '2027-07-01', endDate: '2027-09-14' });
  });
});
