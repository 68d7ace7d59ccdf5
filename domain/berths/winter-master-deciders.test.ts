import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import { WINTER_COMMANDS, type WinterPayload } from './winter-commands.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace, WinterSection } from './winter-entities.ts';
import { placeHolders, WINTER_MASTER_DECIDERS, winterMasterAggregate, type WinterMasterState } from './winter-master-deciders.ts';

const AREA = '00000000-0000-4000-8000-0000000000a0';
const SECTION = '00000000-0000-4000-8000-0000000000a1';
const SECTION_2 = '00000000-0000-4000-8000-0000000000a2';
const PLACE = '00000000-0000-4000-9000-000000000001';
const APP = '00000000-0000-4000-a000-000000000001';
const CUSTOMER = '00000000-0000-4000-b000-000000000001';

const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '00000000-0000-4000-f000-000000000001',
  actor: { id: 'u-sanna', name: 'Sanna Nieminen' },
  now: '2026-11-28T10:00:00+02:00',
  recordedAt: null,
  today: '2026-11-28',
  baseVersion: 2,
  ...extra,
});
const refusal = (d: { ok: boolean; code?: string; status?: string }) => (d.ok ? 'ok' : `${d.status}:${d.code}`);

const area: WinterArea = {
  id: AREA, name: { fi: 'Rajasaari', sv: 'Rajasaari', en: 'Rajasaari' }, streetAddress: 'Rajasaarentie 3', zipCode: '00250', region: 'west', location: null, estimatedUnmarkedSpaces: null,
  price: { centsPerM2: 1140, vatPercent: 25.5 },
};
const section = (id = SECTION, identifier = 'B', extra: Partial<WinterSection> = {}): WinterSection => ({ id, areaId: AREA, identifier, services: ['water'], ...extra });
const place = (number: number, extra: Partial<WinterPlace> = {}): WinterPlace => ({
  id: `00000000-0000-4000-9000-${String(number).padStart(12, '0')}`, areaId: AREA, sectionId: SECTION, number, width: 3, length: 8, isActive: true, isInvoiceable: true, comment: '', ...extra,
});
const application = (boat: Partial<WinterApplication['boat']> = {}, storageMethod: WinterApplication['storageMethod'] = 'on_trestles'): WinterApplication => ({
  id: APP, reference: 'TS26-000001', areaType: 'marked', status: 'handled', receivedAt: '2026-08-01T09:00:00+03:00', winter: 2026, customerId: CUSTOMER, boatId: null,
  applicant: { firstName: 'Aili', lastName: 'Mäkinen', companyName: null, email: 'aili@example.fi', phone: '+358401234567', address: 'Merikatu 1', zipCode: '00150', municipality: 'Helsinki', language: 'fi' },
  boat: { boatType: 3, registrationNumber: 'A12345', name: 'Kuutti', model: 'Terhi 450', length: 6, width: 2.5, ...boat },
  areaChoices: [AREA], storageMethod, trailerRegistrationNumber: null,
});
const lease = (winter: number, status: WinterLease['status'], extra: Partial<WinterLease> = {}): WinterLease => ({
  id: `00000000-0000-4000-d000-00000000${winter}`, areaType: 'marked', areaId: AREA, sectionId: SECTION, placeId: PLACE, customerId: CUSTOMER, boatId: null, applicationId: APP, winter, status,
  startDate: `${winter}-09-15`, endDate: `${winter + 1}-06-10`,
  invoice: { number: `TS-${winter}-1`, status: 'paid', lines: [{ product: 'winter_storage_marked', title: { fi: 'x', sv: 'x', en: 'x' }, pretaxCents: 100, vatPercent: 25.5, totalCents: 126 }], pretaxCents: 100, vatCents: 26, totalCents: 126, dueDate: null, sentAt: null, paidAt: null, paidVia: null, invoicingType: 'online_payment', language: 'fi' },
  stickerNumber: null, stickerPostedOn: null, createdAt: `${winter}-08-01T10:00:00+03:00`, createdBy: 'Aino', ...extra,
});

describe('editing a winter storage place', () => {
  const p = place(1);
  const state = (extra: Partial<WinterMasterState> = {}) => ({
    winterMaster: { place: { record: p, version: 2 }, placeSection: section(), sectionPlaces: [p, place(2)], placeLeases: [], placeApplications: [application()], ...extra },
  });
  const edit = (x: Partial<WinterPayload<'berths.editWinterPlace'>> = {}): WinterPayload<'berths.editWinterPlace'> => ({
    placeId: p.id, number: 1, width: 3.204, length: 7.5, isActive: true, isInvoiceable: false, comment: 'By the gate', ...x,
  });

  it('changes its size (to the centimetre), invoicing and comment, one version up', () => {
    const d = WINTER_MASTER_DECIDERS['berths.editWinterPlace'](state(), edit(), ctx());
    expect(d.ok && d.puts).toEqual([{ entity: 'winter_place', version: 3, record: { ...p, width: 3.2, length: 7.5, isInvoiceable: false, comment: 'By the gate' } }]);
  });

  it('is a conflict when decided on an old copy', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterPlace'](state(), edit(), ctx({ baseVersion: 1 })))).toBe('conflict:stale_version');
  });

  it.each([
    [{ width: 0 }, 'winter_place_size_invalid'],
    [{ length: -2 }, 'winter_place_size_invalid'],
    [{ width: 300 }, 'winter_place_size_invalid'],
    [{ number: 0 }, 'winter_place_number_invalid'],
    [{ number: 2 }, 'winter_place_number_taken'],
  ] as const)('refuses %o', (patch, code) => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterPlace'](state(), edit(patch), ctx()))).toBe(`rejected:${code}`);
  });

  it('refuses a number that is not whole at the payload', () => {
    expect(WINTER_COMMANDS['berths.editWinterPlace'].payload.safeParse({ ...edit(), number: 1.5 }).success).toBe(false);
    expect(WINTER_COMMANDS['berths.editWinterPlace'].payload.safeParse({ ...edit(), extra: 1 }).success).toBe(false);
  });

  it.each([
    ['a paid lease of the winter in force', [lease(2026, 'paid')]],
    ['an invoice out for the winter in force', [lease(2026, 'offered')]],
    ['a lease already made for the next winter', [lease(2027, 'drafted')]],
    ['last winter\'s paid lease held for its renewal', [lease(2025, 'paid')]],
  ])('keeps a place in use while %s holds it', (_name, leases) => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterPlace'](state({ placeLeases: leases }), edit({ isActive: false }), ctx()))).toBe('rejected:winter_place_held');
  });

  it('takes a free place out of use: ended leases, older ones and other places\' hold nothing', () => {
    // Last winter's holder has a lease (expired) for this winter: the renewal no longer protects the place.
    const leases = [lease(2026, 'expired'), lease(2025, 'paid'), lease(2024, 'paid'), lease(2026, 'paid', { id: '00000000-0000-4000-d000-000000000098', placeId: place(7).id })];
    const d = WINTER_MASTER_DECIDERS['berths.editWinterPlace'](state({ placeLeases: leases }), edit({ isActive: false }), ctx());
    expect(d.ok && d.puts[0]!.record).toMatchObject({ isActive: false });
  });

  it('never makes a held place narrower than its boat nor shorter than the boat takes; it may grow or shrink to fit', () => {
    const held = { placeLeases: [lease(2026, 'paid')] };
    const decide = (patch: Partial<WinterPayload<'berths.editWinterPlace'>>, s = state(held)) => refusal(WINTER_MASTER_DECIDERS['berths.editWinterPlace'](s, edit(patch), ctx()));
    expect(decide({ width: 2.4 })).toBe('rejected:winter_place_held');
    expect(decide({ length: 5.9 })).toBe('rejected:winter_place_held');
    expect(decide({ width: 2.5, length: 6 })).toBe('ok');
    expect(decide({ width: 4, length: 12 })).toBe('ok');
    // On a trailer the boat takes a metre more.
    expect(decide({ length: 6.5 }, state({ ...held, placeApplications: [application({}, 'on_trailer')] }))).toBe('rejected:winter_place_held');
    // A place given shorter on purpose keeps its length.
    const short = place(1, { length: 5 });
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterPlace'](state({ ...held, place: { record: short, version: 2 } }), edit({ length: 5 }), ctx()))).toBe('ok');
  });

  it('puts a place in use only in a section in use', () => {
    const off = place(1, { isActive: false });
    const s = state({ place: { record: off, version: 2 }, placeSection: section(SECTION, 'B', { isActive: false }) });
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterPlace'](s, edit(), ctx()))).toBe('rejected:winter_section_inactive');
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterPlace'](s, edit({ isActive: false }), ctx()))).toBe('ok');
  });

  it('is not found when the place is not there', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterPlace']({ winterMaster: {} }, edit(), ctx()))).toBe('rejected:not_found');
  });

  it('names the holders with the boat each is for', () => {
    expect(placeHolders(p, [lease(2026, 'paid'), lease(2026, 'refused', { id: '00000000-0000-4000-d000-000000000096' })], [application()], '2026-11-28')).toEqual([
      { lease: lease(2026, 'paid'), winter: 2026, boat: { width: 2.5, storedLength: 6 } },
    ]);
  });
});

describe('adding a winter storage place', () => {
  const NEW = '00000000-0000-4000-9000-0000000000ff';
  const state = (extra: Partial<WinterMasterState> = {}) => ({ winterMaster: { placeSection: section(), place: null, sectionPlaces: [place(1), place(2)], ...extra } });
  const add = (x: Partial<WinterPayload<'berths.addWinterPlace'>> = {}): WinterPayload<'berths.addWinterPlace'> => ({
    placeId: NEW, sectionId: SECTION, number: 3, width: 3.504, length: 9, isActive: true, isInvoiceable: true, comment: 'Uusi', ...x,
  });

  it('creates the place in its section and area at version 1, sizes to the centimetre', () => {
    expect(WINTER_MASTER_DECIDERS['berths.addWinterPlace'](state(), add(), ctx({ baseVersion: null }))).toEqual({
      ok: true,
      puts: [{ entity: 'winter_place', version: 1, record: { id: NEW, areaId: AREA, sectionId: SECTION, number: 3, width: 3.5, length: 9, isActive: true, isInvoiceable: true, comment: 'Uusi' } }],
    });
  });

  it.each([
    [{ number: 2 }, 'winter_place_number_taken'],
    [{ number: 0 }, 'winter_place_number_invalid'],
    [{ number: 10_000 }, 'winter_place_number_invalid'],
    [{ width: 0 }, 'winter_place_size_invalid'],
    [{ length: 31 }, 'winter_place_size_invalid'],
  ] as const)('refuses %o with %s, as the edit does', (patch, code) => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterPlace'](state(), add(patch), ctx()))).toBe(`rejected:${code}`);
  });

  it('refuses an unknown section and an id that names a place already', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterPlace']({ winterMaster: { placeSection: null } }, add(), ctx()))).toBe('rejected:not_found');
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterPlace'](state({ place: { record: place(1), version: 1 } }), add(), ctx()))).toBe('rejected:id_taken');
  });

  it('adds a place in use only in a section in use; out of use it may be added there', () => {
    const closed = state({ placeSection: section(SECTION, 'B', { isActive: false }) });
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterPlace'](closed, add(), ctx()))).toBe('rejected:winter_section_inactive');
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterPlace'](closed, add({ isActive: false }), ctx()))).toBe('ok');
  });

  it('is not versioned, ties to its section and refuses a number that is not whole at the payload', () => {
    expect(WINTER_COMMANDS['berths.addWinterPlace']).toMatchObject({ permission: 'berths.resources.write', versioned: false });
    expect(winterMasterAggregate('berths.addWinterPlace', add())).toEqual({ entity: 'winter_section', id: SECTION });
    expect(WINTER_COMMANDS['berths.addWinterPlace'].payload.safeParse({ ...add(), number: 1.5 }).success).toBe(false);
  });
});

describe('editing a winter storage section', () => {
  const s = section();
  const state = (places = [place(1, { isActive: false })]) => ({ winterMaster: { section: { record: s, version: 2 }, siblingSections: [s, section(SECTION_2, 'C')], sectionPlaces: places } });
  const edit = (x: Partial<WinterPayload<'berths.editWinterSection'>> = {}): WinterPayload<'berths.editWinterSection'> => ({
    sectionId: s.id, identifier: 'B', services: ['electricity', 'electricity', 'gate'], isActive: true, ...x,
  });

  it('changes its identifier and services', () => {
    const d = WINTER_MASTER_DECIDERS['berths.editWinterSection'](state(), edit({ identifier: 'B2' }), ctx());
    expect(d.ok && d.puts).toEqual([{ entity: 'winter_section', version: 3, record: { ...s, identifier: 'B2', services: ['electricity', 'gate'], isActive: true } }]);
  });

  it('refuses an identifier another section of the area has, and an empty one', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterSection'](state(), edit({ identifier: 'c' }), ctx()))).toBe('rejected:winter_section_identifier_taken');
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterSection'](state(), edit({ identifier: ' ' }), ctx()))).toBe('rejected:master_data_required');
  });

  it('keeps a section in use while a place in it is in use', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterSection'](state([place(1)]), edit({ isActive: false }), ctx()))).toBe('rejected:winter_section_has_active_places');
    expect(WINTER_MASTER_DECIDERS['berths.editWinterSection'](state(), edit({ isActive: false }), ctx()).ok).toBe(true);
  });

  it('is a conflict when decided on an old copy', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterSection'](state(), edit(), ctx({ baseVersion: 5 })))).toBe('conflict:stale_version');
  });
});

describe('adding a winter storage section', () => {
  const NEW = '00000000-0000-4000-8000-0000000000a3';
  const state = (extra: Partial<WinterMasterState> = {}) => ({ winterMaster: { area: { record: area, version: 2 }, section: null, areaSections: [section(), section(SECTION_2, 'É')], ...extra } });
  const add = (x: Partial<WinterPayload<'berths.addWinterSection'>> = {}): WinterPayload<'berths.addWinterSection'> => ({
    areaId: AREA, sectionId: NEW, identifier: 'D', services: ['water', 'water', 'gate'], isActive: true, ...x,
  });

  it('makes the section in its area under the desk\'s id, version 1, its services once each', () => {
    const d = WINTER_MASTER_DECIDERS['berths.addWinterSection'](state(), add(), ctx({ baseVersion: null }));
    expect(d.ok && d.puts).toEqual([{ entity: 'winter_section', version: 1, record: { id: NEW, areaId: AREA, identifier: 'D', services: ['water', 'gate'], isActive: true } }]);
  });

  it('refuses an identifier another section of the area has (case and accents aside) and an empty one, as the edit does', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterSection'](state(), add({ identifier: 'b' }), ctx()))).toBe('rejected:winter_section_identifier_taken');
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterSection'](state(), add({ identifier: ' e ' }), ctx()))).toBe('rejected:winter_section_identifier_taken');
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterSection'](state(), add({ identifier: '  ' }), ctx()))).toBe('rejected:master_data_required');
  });

  it('refuses an unknown area and an id that names a section already', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterSection']({ winterMaster: { area: null } }, add(), ctx()))).toBe('rejected:not_found');
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterSection'](state({ section: { record: section(NEW, 'Z'), version: 1 } }), add(), ctx()))).toBe('rejected:id_taken');
  });

  it('adds a section in use only in an area in use; out of use it may be added there', () => {
    const closed = state({ area: { record: { ...area, isActive: false }, version: 3 } });
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterSection'](closed, add(), ctx()))).toBe('rejected:winter_area_inactive');
    expect(refusal(WINTER_MASTER_DECIDERS['berths.addWinterSection'](closed, add({ isActive: false }), ctx()))).toBe('ok');
  });

  it('is not versioned, ties to its area and takes only the edit\'s fields', () => {
    expect(WINTER_COMMANDS['berths.addWinterSection']).toMatchObject({ permission: 'berths.resources.write', versioned: false });
    expect(winterMasterAggregate('berths.addWinterSection', add())).toEqual({ entity: 'winter_area', id: AREA });
    expect(WINTER_COMMANDS['berths.addWinterSection'].payload.safeParse(add()).success).toBe(true);
    expect(WINTER_COMMANDS['berths.addWinterSection'].payload.safeParse({ ...add(), places: [] }).success).toBe(false);
    expect(WINTER_COMMANDS['berths.addWinterSection'].payload.safeParse({ ...add(), identifier: 'x'.repeat(21) }).success).toBe(false);
  });
});

describe('editing a winter storage area', () => {
  const state = (sections = [section(SECTION, 'B', { isActive: false })]) => ({ winterMaster: { area: { record: area, version: 2 }, areaSections: sections } });
  const edit = (x: Partial<WinterPayload<'berths.editWinterArea'>> = {}): WinterPayload<'berths.editWinterArea'> => ({
    areaId: AREA, name: { fi: 'Rajasaari', sv: 'Rajaholmen', en: 'Rajasaari' }, streetAddress: 'Rajasaarentie 5', zipCode: '00250', estimatedUnmarkedSpaces: 40, isActive: true, ...x,
  });

  it('renames it, moves its address and sets its unmarked estimate; the price and region stay', () => {
    const d = WINTER_MASTER_DECIDERS['berths.editWinterArea'](state(), edit(), ctx());
    expect(d.ok && d.puts[0]).toEqual({ entity: 'winter_area', version: 3, record: { ...area, name: { fi: 'Rajasaari', sv: 'Rajaholmen', en: 'Rajasaari' }, streetAddress: 'Rajasaarentie 5', estimatedUnmarkedSpaces: 40, isActive: true } });
  });

  it.each([
    [{ name: { fi: 'Rajasaari', sv: '', en: 'x' } }, 'master_data_required'],
    [{ zipCode: '250' }, 'master_data_zip_invalid'],
  ] as const)('refuses %o', (patch, code) => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterArea'](state(), edit(patch), ctx()))).toBe(`rejected:${code}`);
  });

  it('keeps an area in use while a section of it is (a section without the flag is in use)', () => {
    expect(refusal(WINTER_MASTER_DECIDERS['berths.editWinterArea'](state([section()]), edit({ isActive: false }), ctx()))).toBe('rejected:winter_area_has_active_sections');
    expect(WINTER_MASTER_DECIDERS['berths.editWinterArea'](state(), edit({ isActive: false }), ctx()).ok).toBe(true);
  });

  it('refuses a negative estimate at the payload', () => {
    expect(WINTER_COMMANDS['berths.editWinterArea'].payload.safeParse({ ...edit(), estimatedUnmarkedSpaces: -1 }).success).toBe(false);
  });

  it('versions the record it edits', () => {
    expect(winterMasterAggregate('berths.editWinterArea', edit())).toEqual({ entity: 'winter_area', id: AREA });
    expect(winterMasterAggregate('berths.editWinterPlace', { placeId: PLACE })).toEqual({ entity: 'winter_place', id: PLACE });
  });
});
