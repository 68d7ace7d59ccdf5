import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTRACT, type Input, type Method, type Output } from '../../../domain/contract.ts';
import type { Customer } from '../../../domain/berths/entities.ts';
import type { WinterApplication, WinterArea, WinterEvent, WinterLease, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import type { Result } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { customer, HANDLER, put, SUPERVISOR, tempCache, uid } from './testing/index.ts';

// 20 August: offers are for the winter 2026-2027, and an invoice sent today may be due 27.8.-19.9.
const NOW = new Date('2026-08-20T10:00:00+03:00');
const loc = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

const area = (n: number, name: string, price: WinterArea['price'] = { centsPerM2: 1000, vatPercent: 25.5 }): WinterArea => ({
  id: uid(20, n), name: loc(name), streetAddress: 'Satamatie 1', zipCode: '00200', region: 'west', location: null, estimatedUnmarkedSpaces: null, price,
});
const RAJASAARI = area(1, 'Rajasaari');
const LARU = area(2, 'Laru');
const PURU = area(3, 'Puru');
const section = (n: number, a: WinterArea, identifier: string): WinterSection => ({ id: uid(21, n), areaId: a.id, identifier, services: [] });
const S_RAJA = section(1, RAJASAARI, 'B');
const S_LARU = section(2, LARU, 'A');
// The unmarked area's sections: a notice's lease goes on the first by identifier.
const S_PURU_U = section(3, PURU, 'U');
const S_PURU_A = section(4, PURU, 'A');
const place = (n: number, s: WinterSection, number: number, width: number, length: number, extra: Partial<WinterPlace> = {}): WinterPlace => ({
  id: uid(22, n), areaId: s.areaId, sectionId: s.id, number, width, length, isActive: true, isInvoiceable: true, comment: '', ...extra,
});
const PLACES = {
  short: place(1, S_RAJA, 1, 2.5, 6),
  snug: place(2, S_RAJA, 2, 2.4, 7.5),
  narrow: place(3, S_RAJA, 3, 2.3, 9),
  big: place(4, S_RAJA, 4, 3, 9),
  inactive: place(5, S_RAJA, 5, 3, 9, { isActive: false }),
  taken: place(6, S_RAJA, 6, 2.5, 8),
  laru: place(7, S_LARU, 1, 2.5, 8),
};

interface AppSpec {
  n: number;
  firstName: string;
  lastName: string;
  areaType?: WinterApplication['areaType'];
  choices: WinterArea[];
  width?: number;
  length?: number;
  winter?: number;
  status?: WinterApplication['status'];
  registration?: string;
  language?: Customer['language'];
  kind?: Customer['kind'];
  storageMethod?: WinterApplication['storageMethod'];
}

function winterApplication(s: AppSpec): { application: WinterApplication; customer: Customer } {
  const c = { ...customer(uid(5, 100 + s.n), s.firstName, s.lastName, s.kind ?? 'private'), language: s.language ?? 'fi' };
  const application: WinterApplication = {
    id: uid(23, s.n), reference: `TS26-${String(s.n).padStart(6, '0')}`, areaType: s.areaType ?? 'marked', status: s.status ?? 'pending',
    receivedAt: `2026-07-${String(10 + s.n).padStart(2, '0')}T09:00:00+03:00`, winter: s.winter ?? 2026, customerId: c.id, boatId: null,
    applicant: { firstName: s.firstName, lastName: s.lastName, companyName: c.companyName, email: c.email, phone: c.phone, address: `Rantatie ${s.n}`, zipCode: '00990', municipality: 'Helsinki', language: c.language },
    boat: { boatType: 3, registrationNumber: s.registration ?? `W-${s.n}0${s.n}`, name: 'Kuutti', model: 'Terhi 450', length: s.length ?? 7, width: s.width ?? 2.4 },
    areaChoices: s.choices.map((a) => a.id), storageMethod: s.storageMethod ?? 'on_trestles', trailerRegistrationNumber: null,
  };
  return { application, customer: c };
}

const MAKINEN = winterApplication({ n: 1, firstName: 'Matti', lastName: 'Mäkinen', choices: [RAJASAARI, LARU] });
const OBERG = winterApplication({ n: 2, firstName: 'Åsa', lastName: 'Öberg', choices: [LARU], registration: 'FIN-778', language: 'sv' });
const KORHONEN = winterApplication({ n: 3, firstName: 'Kalle', lastName: 'Korhonen', areaType: 'unmarked', choices: [PURU], width: 2, length: 6 });
const LAINE = winterApplication({ n: 4, firstName: 'Liisa', lastName: 'Laine', areaType: 'unmarked', choices: [PURU], status: 'handled' });
const LAST_WINTER = winterApplication({ n: 5, firstName: 'Pekka', lastName: 'Nieminen', choices: [RAJASAARI], winter: 2025, status: 'handled' });
const CITY = winterApplication({ n: 6, firstName: 'Kaupungin', lastName: 'Vene', areaType: 'unmarked', choices: [PURU], kind: 'non_billable', language: 'sv' });

function winterLease(n: number, app: WinterApplication, extra: Partial<WinterLease>): WinterLease {
  return {
    id: uid(24, n), areaType: app.areaType, areaId: app.areaChoices[0]!, sectionId: S_PURU_A.id, placeId: null, customerId: app.customerId, boatId: null, applicationId: app.id,
    winter: app.winter, status: 'paid', startDate: '2026-09-15', endDate: '2027-06-10',
    invoice: {
      number: app.reference, status: 'paid_man', lines: [{ product: 'winter_storage_unmarked', title: loc('Talvisäilytys'), pretaxCents: 11155, vatPercent: 25.5, totalCents: 14000 }],
      pretaxCents: 11155, vatCents: 2845, totalCents: 14000, dueDate: '2026-08-01', sentAt: '2026-07-20T10:00:00+03:00', paidAt: '2026-07-25T10:00:00+03:00', paidVia: 'elsewhere',
      invoicingType: 'online_payment', language: app.applicant.language,
    },
    stickerNumber: null, stickerPostedOn: null, createdAt: '2026-07-20T10:00:00+03:00', createdBy: 'Aino', ...extra,
  };
}

/** Laine's notice was paid with sticker 3, then given 5 for a lost one; its letter waits. */
const LAINE_LEASE = winterLease(1, LAINE.application, { stickerNumber: 5 });
const TAKEN_LEASE = winterLease(2, LAST_WINTER.application, { areaType: 'marked', areaId: RAJASAARI.id, sectionId: S_RAJA.id, placeId: PLACES.taken.id, winter: 2026, applicationId: null, customerId: uid(5, 999) });
const LAST_WINTER_LEASE = winterLease(3, LAST_WINTER.application, { areaType: 'marked', areaId: RAJASAARI.id, sectionId: S_RAJA.id, placeId: PLACES.big.id, winter: 2025, status: 'terminated' });
const PAID: WinterEvent = {
  id: uid(25, 1), applicationId: LAINE.application.id, leaseId: LAINE_LEASE.id, at: '2026-07-25T10:00:00+03:00', recordedAt: '2026-07-25T10:00:01+03:00', kind: 'invoice_paid',
  actorId: 'aino', actorName: 'Aino', fromStatus: 'offered', toStatus: 'paid_man', stickerNumber: 3, note: null, commandId: uid(25, 1),
};
const REASSIGNED: WinterEvent = { ...PAID, id: uid(25, 2), commandId: uid(25, 2), at: '2026-07-26T10:00:00+03:00', kind: 'sticker_reassigned', fromStatus: null, toStatus: null, stickerNumber: 5, note: '#3' };

const APPS = [MAKINEN, OBERG, KORHONEN, LAINE, LAST_WINTER, CITY];

let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  t = tempCache();
  t.cache.applyChanges(
    [
      ...[RAJASAARI, LARU, PURU].map((a) => put('winter_area', a)),
      ...[S_RAJA, S_LARU, S_PURU_U, S_PURU_A].map((s) => put('winter_section', s)),
      ...Object.values(PLACES).map((p) => put('winter_place', p)),
      ...APPS.map((a) => put('customer', a.customer)),
      ...APPS.map((a) => put('winter_application', a.application)),
      ...[LAINE_LEASE, TAKEN_LEASE, LAST_WINTER_LEASE].map((l) => put('winter_lease', l)),
      put('winter_event', PAID),
      put('winter_event', REASSIGNED),
    ],
    'c1',
  );
});
afterEach(() => t.dispose());

function call<M extends Method>(method: M, input: Input<M>, actor: StaffUser = HANDLER, now = NOW): Result<Output<M>> {
  return t.cache.handle(method, CONTRACT[method].input.parse(input) as never, actor, now) as Result<Output<M>>;
}
function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
const list = (filter: Partial<Input<'berths.winterApplications'>> = {}) =>
  value(call('berths.winterApplications', { winter: null, areaType: null, statuses: [], areaId: null, search: '', ...filter }));
const names = (filter: Partial<Input<'berths.winterApplications'>> = {}) => list(filter).rows.map((r) => r.applicantName);
const detail = (app: { application: WinterApplication }) => value(call('berths.winterApplication', { id: app.application.id }));

describe('berths.winterApplications', () => {
  it('lists the offer winter oldest first, and filters by kind, status and area with the total before status and search', () => {
    expect(list()).toMatchObject({ winter: 2026, total: 5 });
    expect(names()).toEqual(['Matti Mäkinen', 'Åsa Öberg', 'Kalle Korhonen', 'Liisa Laine', 'Kaupungin Vene']);
    expect(names({ winter: 2025 })).toEqual(['Pekka Nieminen']);
    expect(names({ areaType: 'unmarked' })).toEqual(['Kalle Korhonen', 'Liisa Laine', 'Kaupungin Vene']);
    expect(list({ areaType: 'unmarked', statuses: ['pending'] })).toMatchObject({ total: 3, rows: [{ applicantName: 'Kalle Korhonen' }, { applicantName: 'Kaupungin Vene' }] });
    expect(names({ areaId: LARU.id })).toEqual(['Matti Mäkinen', 'Åsa Öberg']);
    const laine = list().rows.find((r) => r.applicantName === 'Liisa Laine')!;
    expect(laine).toMatchObject({ areaName: PURU.name, lease: { id: LAINE_LEASE.id, stickerNumber: 5, placeLabel: PURU.name, invoiceStatus: 'paid_man' }, pending: false });
  });

  it('searches names with or without diacritics, references, registrations typed any way, and sticker numbers', () => {
    expect(names({ search: 'öberg' })).toEqual(['Åsa Öberg']);
    expect(names({ search: 'oberg asa' })).toEqual(['Åsa Öberg']);
    expect(names({ search: 'mäki' })).toEqual(['Matti Mäkinen']);
    expect(names({ search: 'TS26-000003' })).toEqual(['Kalle Korhonen']);
    expect(names({ search: 'fin778' })).toEqual(['Åsa Öberg']);
    expect(names({ search: 'FIN 778' })).toEqual(['Åsa Öberg']);
    expect(names({ search: '5' })).toEqual(['Liisa Laine']);
    expect(list({ search: 'nobody' })).toMatchObject({ rows: [], total: 5 });
    expect(names({ search: '%' })).toEqual([]);
  });

  it('is for berth case readers only', () => {
    const harri: StaffUser = { id: 'harri', name: 'Harri', roles: ['harbour_services'], grants: [] };
    expect(call('berths.winterApplications', { winter: null, areaType: null, statuses: [], areaId: null, search: '' }, harri)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('berths.winterApplication', () => {
  it('suggests free places of the chosen areas never narrower than the boat, fitting ones first in choice order, shorter ones flagged, priced', () => {
    const d = detail(MAKINEN);
    expect(d.suggestions.map((s) => [s.areaName.fi, s.section, s.number, s.fit, s.choice, s.priceCents])).toEqual([
      // 2.4 x 7.5 m = 18 m² at 10 €/m²; the snuggest fitting place of the first choice comes first.
      ['Rajasaari', 'B', 2, 'fits', 1, 18000],
      ['Rajasaari', 'B', 4, 'fits', 1, 27000],
      ['Laru', 'A', 1, 'fits', 2, 20000],
      ['Rajasaari', 'B', 1, 'too_short', 1, 15000],
    ]);
    // Left out: the narrow place, the one not in use and the one leased for the winter.
    for (const p of [PLACES.narrow, PLACES.inactive, PLACES.taken]) expect(d.suggestions.map((s) => s.placeId)).not.toContain(p.id);
    expect(d.areas).toEqual([{ id: RAJASAARI.id, name: RAJASAARI.name, choice: 1 }, { id: LARU.id, name: LARU.name, choice: 2 }]);
    expect(d).toMatchObject({ storedLength: 7, lease: null, unmarkedPriceCents: null, dueDate: { suggested: '2026-09-03', earliest: '2026-08-27', latest: '2026-09-19' }, pending: false });
  });

  it('counts the trailer, prices for the customer group and keeps at most 50 suggestions', () => {
    const many = Array.from({ length: 60 }, (_, i) => place(100 + i, S_LARU, 10 + i, 3, 10));
    const trailer = { ...OBERG.application, storageMethod: 'on_trailer' as const, boat: { ...OBERG.application.boat, length: 7.5 } };
    t.cache.applyChanges([...many.map((p) => put('winter_place', p)), put('winter_application', trailer, 2), put('customer', { ...OBERG.customer, kind: 'company' }, 2)], 'c2');
    const d = detail(OBERG);
    expect(d.storedLength).toBe(8.5);
    expect(d.suggestions).toHaveLength(50);
    expect(d.suggestions[0]).toMatchObject({ fit: 'fits', width: 3, length: 10, priceCents: 60000 });
    // The 8 m place is shorter than the boat on its trailer: flagged, so it comes after every fitting one.
    expect(d.suggestions.map((s) => s.placeId)).not.toContain(PLACES.laru.id);
  });

  it("prices an unmarked notice by the boat, and lists the case's events newest first", () => {
    expect(detail(KORHONEN)).toMatchObject({ suggestions: [], unmarkedPriceCents: 12000, lease: null });
    const laine = detail(LAINE);
    expect(laine).toMatchObject({ unmarkedPriceCents: null, lease: { id: LAINE_LEASE.id, placeLabel: PURU.name, pending: false } });
    expect(laine.events.map((e) => e.kind)).toEqual(['sticker_reassigned', 'invoice_paid']);
  });

  it('answers not_found for a case the cache does not hold, and queues nothing for a read', () => {
    detail(MAKINEN);
    expect(call('berths.winterApplication', { id: uid(23, 404) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.cache.outboxSize()).toBe(0);
  });
});

describe('winter storage commands, decided locally', () => {
  const commands = () => t.cache.pendingCommands(20);

  it('makes a marked lease: pending rows at once, the place off the other suggestions, a refusal queues nothing', () => {
    expect(call('berths.createWinterLease', { applicationId: MAKINEN.application.id, placeId: PLACES.narrow.id })).toMatchObject({ ok: false, error: { code: 'place_too_narrow' } });
    expect(call('berths.createWinterLease', { applicationId: MAKINEN.application.id, placeId: PLACES.taken.id })).toMatchObject({ ok: false, error: { code: 'place_taken' } });
    expect(call('berths.createWinterLease', { applicationId: MAKINEN.application.id, placeId: PLACES.snug.id }, SUPERVISOR)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(commands()).toEqual([]);

    expect(value(call('berths.createWinterLease', { applicationId: MAKINEN.application.id, placeId: PLACES.snug.id }))).toMatchObject({ status: 'pending' });
    const [queued] = commands();
    expect(queued).toMatchObject({ type: 'berths.createWinterLease', baseVersion: null, payload: { applicationId: MAKINEN.application.id, placeId: PLACES.snug.id } });
    const d = detail(MAKINEN);
    expect(d).toMatchObject({
      application: { status: 'offer_generated' }, pending: true, suggestions: [],
      lease: { id: (queued!.payload as { leaseId: string }).leaseId, placeLabel: { fi: 'Rajasaari B-2' }, status: 'drafted', invoice: { totalCents: 18000 }, pending: true },
    });
    expect(d.events.map((e) => e.kind)).toEqual(['lease_created']);
    expect(list().rows[0]).toMatchObject({ status: 'offer_generated', pending: true, lease: { placeLabel: { fi: 'Rajasaari B-2' }, status: 'drafted' } });

    const other = winterApplication({ n: 7, firstName: 'Olli', lastName: 'Ojala', choices: [RAJASAARI] });
    t.cache.applyChanges([put('customer', other.customer), put('winter_application', other.application)], 'c2');
    expect(detail(other).suggestions.map((s) => s.placeId)).not.toContain(PLACES.snug.id);
    // The pulled page rebased the pending lease back on top.
    expect(detail(MAKINEN).lease?.pending).toBe(true);
  });

  it('takes an unmarked notice through invoice, payment with the next sticker of the series, posting and a new sticker', () => {
    value(call('berths.createWinterLease', { applicationId: KORHONEN.application.id, placeId: null }));
    const lease = detail(KORHONEN).lease!;
    expect(lease).toMatchObject({ areaType: 'unmarked', areaId: PURU.id, sectionId: S_PURU_A.id, placeId: null, invoice: { totalCents: 12000 }, stickerNumber: null });
    expect(call('berths.sendWinterInvoice', { leaseId: lease.id, dueDate: '2026-10-01' })).toMatchObject({ ok: false, error: { code: 'due_date_out_of_range' } });
    value(call('berths.sendWinterInvoice', { leaseId: lease.id, dueDate: '2026-09-03' }));
    expect(detail(KORHONEN)).toMatchObject({ application: { status: 'offer_sent' }, lease: { status: 'offered', invoice: { status: 'offered', dueDate: '2026-09-03' } } });

    value(call('berths.markWinterInvoicePaid', { leaseId: lease.id }));
    // 3 and 5 are the winter's so far (3 was replaced, and is never given again): the next is 6.
    expect(detail(KORHONEN)).toMatchObject({ application: { status: 'handled' }, lease: { status: 'paid', stickerNumber: 6 } });
    const letters = () => value(call('berths.stickerLetters', { winter: 2026 })).map((l) => [l.stickerNumber, l.customerName, l.pending]);
    expect(letters()).toEqual([[5, 'Liisa Laine', false], [6, 'Kalle Korhonen', true]]);

    expect(call('berths.setWinterStickerPosted', { leaseId: lease.id, postedOn: '2026-08-21' })).toMatchObject({ ok: false, error: { code: 'sticker_posted_date_invalid' } });
    value(call('berths.setWinterStickerPosted', { leaseId: lease.id, postedOn: '2026-08-20' }));
    expect(letters()).toEqual([[5, 'Liisa Laine', false]]);

    value(call('berths.reassignWinterSticker', { leaseId: lease.id }));
    expect(detail(KORHONEN).lease).toMatchObject({ stickerNumber: 7, stickerPostedOn: null });
    expect(letters()).toEqual([[5, 'Liisa Laine', false], [7, 'Kalle Korhonen', true]]);
    expect(detail(KORHONEN).events.map((e) => e.kind)).toEqual(['sticker_reassigned', 'sticker_posted', 'invoice_paid', 'invoice_sent', 'lease_created']);
    expect(commands().map((c) => c.type)).toEqual([
      'berths.createWinterLease', 'berths.sendWinterInvoice', 'berths.markWinterInvoicePaid', 'berths.setWinterStickerPosted', 'berths.reassignWinterSticker',
    ]);
  });

  it("gives a non-billable customer's notice its sticker at once, and names the case in the conflicts inbox", () => {
    value(call('berths.createWinterLease', { applicationId: CITY.application.id, placeId: null }));
    expect(detail(CITY)).toMatchObject({ application: { status: 'handled' }, lease: { status: 'paid', stickerNumber: 6, invoice: { totalCents: 0, paidVia: 'free' } } });
    expect(call('berths.reassignWinterSticker', { leaseId: TAKEN_LEASE.id })).toMatchObject({ ok: false, error: { code: 'sticker_not_available' } });

    value(call('berths.reassignWinterSticker', { leaseId: detail(CITY).lease!.id }));
    value(call('berths.createWinterLease', { applicationId: KORHONEN.application.id, placeId: null }));
    const [created, reassigned, other] = commands();
    t.cache.settle([
      { id: created!.id, status: 'applied' },
      { id: reassigned!.id, status: 'rejected', code: 'sticker_not_available', message: 'No sticker.' },
      { id: other!.id, status: 'rejected', code: 'area_not_priced', message: 'Not priced.' },
    ]);
    expect(detail(CITY)).toMatchObject({ application: { status: 'handled' }, lease: { stickerNumber: 6, pending: false } });
    expect(detail(KORHONEN)).toMatchObject({ application: { status: 'pending' }, lease: null });
    // Each names its case: a lease command by its invoice, which carries the application's reference.
    expect(value(call('conflicts.list', {})).map((c) => [c.code, c.applicationReference]).sort()).toEqual([['area_not_priced', 'TS26-000003'], ['sticker_not_available', 'TS26-000006']]);
  });
});

describe('berths.stickerLetters', () => {
  it("lists the winter's paid unmarked stickers whose letter is not posted, addressed as the application gave", () => {
    const posted = winterLease(4, KORHONEN.application, { stickerNumber: 3, stickerPostedOn: '2026-08-01' });
    t.cache.applyChanges([put('winter_lease', posted)], 'c2');
    expect(value(call('berths.stickerLetters', { winter: null }))).toEqual([
      {
        leaseId: LAINE_LEASE.id, applicationId: LAINE.application.id, reference: 'TS26-000004', customerName: 'Liisa Laine', address: 'Rantatie 4', zipCode: '00990',
        municipality: 'Helsinki', areaName: PURU.name, stickerNumber: 5, stickerSeason: '2026_2027', boatRegistration: 'W-404', pending: false,
      },
    ]);
    expect(value(call('berths.stickerLetters', { winter: 2025 }))).toEqual([]);
  });
});
