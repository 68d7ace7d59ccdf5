import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTRACT, type Input, type Method, type Output } from '../../../domain/contract.ts';
import type { WinterArea, WinterLease, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import type { Result } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { HANDLER, put, tempCache, uid } from './testing/index.ts';

const NOW = new Date('2026-11-20T10:00:00+02:00');
const SERVICES: StaffUser = { id: 'u-sanna', name: 'Sanna Nieminen', roles: ['berth_services'], grants: [] };
const loc = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

const AREA: WinterArea = { id: uid(30, 1), name: loc('Rajasaari'), streetAddress: 'Rajasaarentie 3', zipCode: '00250', region: 'west', location: null, estimatedUnmarkedSpaces: null, price: null };
const OTHER_AREA: WinterArea = { ...AREA, id: uid(30, 2), name: loc('Laru') };
const B: WinterSection = { id: uid(31, 1), areaId: AREA.id, identifier: 'B', services: ['water'] };
const A: WinterSection = { id: uid(31, 2), areaId: AREA.id, identifier: 'A', services: [] };
const place = (n: number, s: WinterSection, extra: Partial<WinterPlace> = {}): WinterPlace => ({
  id: uid(32, n), areaId: s.areaId, sectionId: s.id, number: n, width: 3, length: 8, isActive: true, isInvoiceable: true, comment: '', ...extra,
});
const FREE = place(1, B);
const HELD = place(2, B);
const OFF = place(3, B, { isActive: false });
const IN_A = place(4, A);
const HOLDER: WinterLease = {
  id: uid(34, 1), areaType: 'marked', areaId: AREA.id, sectionId: B.id, placeId: HELD.id, customerId: uid(5, 1), boatId: null, applicationId: null, winter: 2026, status: 'paid',
  startDate: '2026-09-15', endDate: '2027-06-10',
  invoice: { number: 'TS-26-000001', status: 'paid', lines: [{ product: 'winter_storage_marked', title: loc('x'), pretaxCents: 100, vatPercent: 25.5, totalCents: 126 }], pretaxCents: 100, vatCents: 26, totalCents: 126, dueDate: '2026-09-01', sentAt: null, paidAt: null, paidVia: null, invoicingType: 'online_payment', language: 'fi' },
  stickerNumber: null, stickerPostedOn: null, createdAt: '2026-08-01T10:00:00+03:00', createdBy: 'Aino',
};

let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  t = tempCache();
  t.cache.applyChanges(
    [put('winter_area', AREA), put('winter_area', OTHER_AREA), put('winter_section', B), put('winter_section', A), ...[FREE, HELD, OFF, IN_A].map((p) => put('winter_place', p)), put('winter_lease', HOLDER)],
    'c1',
  );
});
afterEach(() => t.dispose());

function call<M extends Method>(method: M, input: Input<M>, actor: StaffUser = SERVICES): Result<Output<M>> {
  return t.cache.handle(method, CONTRACT[method].input.parse(input) as never, actor, NOW) as Result<Output<M>>;
}
function areas() {
  const r = call('berths.winterAreas', {}, HANDLER);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const placeEdit = (p: WinterPlace, patch: Partial<Input<'berths.editWinterPlace'>> = {}): Input<'berths.editWinterPlace'> => ({
  placeId: p.id, number: p.number, width: p.width, length: p.length, isActive: p.isActive, isInvoiceable: p.isInvoiceable, comment: p.comment, ...patch,
});

describe('winter storage areas in the cache', () => {
  it('lists the areas by name with sections in order and places by number; free counts only places in use no lease holds', () => {
    const v = areas();
    expect(v.winter).toBe(2026);
    expect(v.areas.map((a) => a.area.record.name.fi)).toEqual(['Laru', 'Rajasaari']);
    const raja = v.areas[1]!;
    expect(raja.counts).toEqual({ places: 4, free: 2, occupied: 1, inactive: 1 });
    expect(raja.sections.map((s) => [s.section.record.identifier, s.counts])).toEqual([
      ['A', { places: 1, free: 1, occupied: 0, inactive: 0 }],
      ['B', { places: 3, free: 1, occupied: 1, inactive: 1 }],
    ]);
    expect(raja.sections[1]!.places.map((p) => [p.place.record.number, p.held])).toEqual([[1, false], [2, true], [3, false]]);
  });

  it('decides an edit offline: the place changes at once, queued on its version, and the counts follow', () => {
    const r = call('berths.editWinterPlace', placeEdit(FREE, { isActive: false, width: 2.75 }));
    expect(r).toMatchObject({ ok: true, value: { status: 'pending' } });
    expect(t.cache.pendingCommands(10)).toMatchObject([{ type: 'berths.editWinterPlace', baseVersion: 1 }]);
    const b = areas().areas[1]!.sections[1]!;
    expect(b.counts).toEqual({ places: 3, free: 0, occupied: 1, inactive: 2 });
    expect(b.places[0]).toMatchObject({ pending: true, place: { version: 2, record: { isActive: false, width: 2.75 } } });
  });

  it('refuses what the central would refuse, before anything is queued; case handlers may not edit', () => {
    expect(call('berths.editWinterPlace', placeEdit(HELD, { isActive: false }))).toMatchObject({ ok: false, error: { code: 'winter_place_held' } });
    expect(call('berths.editWinterPlace', placeEdit(FREE, { number: 2 }))).toMatchObject({ ok: false, error: { code: 'winter_place_number_taken' } });
    expect(call('berths.editWinterSection', { sectionId: B.id, identifier: 'a', services: [], isActive: true })).toMatchObject({ ok: false, error: { code: 'winter_section_identifier_taken' } });
    expect(call('berths.editWinterArea', { areaId: AREA.id, name: AREA.name, streetAddress: '', zipCode: '', estimatedUnmarkedSpaces: null, isActive: false })).toMatchObject({
      ok: false,
      error: { code: 'winter_area_has_active_sections' },
    });
    expect(call('berths.editWinterPlace', placeEdit(FREE, { comment: 'x' }), HANDLER)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.cache.pendingCommands(10)).toEqual([]);
  });

  it('edits a section and an area', () => {
    expect(call('berths.editWinterSection', { sectionId: A.id, identifier: 'A', services: ['gate', 'electricity'], isActive: true })).toMatchObject({ ok: true });
    expect(call('berths.editWinterArea', { areaId: OTHER_AREA.id, name: loc('Laru'), streetAddress: 'Larunkatu 1', zipCode: '00200', estimatedUnmarkedSpaces: 25, isActive: false })).toMatchObject({ ok: true });
    const v = areas();
    expect(v.areas[0]!.area).toMatchObject({ version: 2, record: { streetAddress: 'Larunkatu 1', estimatedUnmarkedSpaces: 25, isActive: false } });
    expect(v.areas[1]!.sections[0]!.section.record.services).toEqual(['gate', 'electricity']);
    expect(t.cache.pendingCommands(10).map((c) => [c.type, c.baseVersion])).toEqual([
      ['berths.editWinterSection', 1],
      ['berths.editWinterArea', 1],
    ]);
  });

  it('adds a place in a section offline: the core gives it an id, it counts free at once, and a number the section has is refused', () => {
    const add: Input<'berths.addWinterPlace'> = { sectionId: A.id, number: 5, width: 3.5, length: 9, isActive: true, isInvoiceable: true, comment: '' };
    expect(call('berths.addWinterPlace', add)).toMatchObject({ ok: true, value: { status: 'pending' } });
    const [queued] = t.cache.pendingCommands(10);
    expect(queued).toMatchObject({ type: 'berths.addWinterPlace', baseVersion: null, payload: { sectionId: A.id, number: 5 } });
    const placeId = (queued!.payload as { placeId: string }).placeId;
    const a = areas().areas[1]!.sections[0]!;
    expect(a.counts).toEqual({ places: 2, free: 2, occupied: 0, inactive: 0 });
    expect(a.places.find((p) => p.place.record.id === placeId)).toMatchObject({ pending: true, place: { version: 1, record: { number: 5, areaId: AREA.id, width: 3.5 } } });

    expect(call('berths.addWinterPlace', add)).toMatchObject({ ok: false, error: { code: 'winter_place_number_taken' } });
    // The number is the section's: the same number in another section is another place.
    expect(call('berths.addWinterPlace', { ...add, sectionId: B.id })).toMatchObject({ ok: true });
    expect(call('berths.addWinterPlace', { ...add, number: 6, sectionId: uid(31, 9) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('berths.addWinterPlace', { ...add, number: 6 }, HANDLER)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.cache.pendingCommands(10)).toHaveLength(2);
  });

  it('adds a section to an area offline: the core gives it an id, it shows in its area at once, and an identifier the area has is refused', () => {
    const add: Input<'berths.addWinterSection'> = { areaId: AREA.id, identifier: 'C', services: ['gate'], isActive: true };
    expect(call('berths.addWinterSection', add)).toMatchObject({ ok: true, value: { status: 'pending' } });
    const [queued] = t.cache.pendingCommands(10);
    expect(queued).toMatchObject({ type: 'berths.addWinterSection', baseVersion: null, payload: { areaId: AREA.id, identifier: 'C' } });
    const sectionId = (queued!.payload as { sectionId: string }).sectionId;
    const area = areas().areas.find((a) => a.area.record.id === AREA.id)!;
    expect(area.sections.map((s) => s.section.record.identifier)).toEqual(['A', 'B', 'C']);
    expect(area.sections[2]).toMatchObject({ pending: true, counts: { places: 0 }, section: { version: 1, record: { id: sectionId, areaId: AREA.id, services: ['gate'] } } });

    expect(call('berths.addWinterSection', { ...add, identifier: 'c' })).toMatchObject({ ok: false, error: { code: 'winter_section_identifier_taken' } });
    // The identifier is the area's: the same identifier in another area is another section.
    expect(call('berths.addWinterSection', { ...add, areaId: OTHER_AREA.id })).toMatchObject({ ok: true });
    expect(call('berths.addWinterSection', { ...add, identifier: 'D', areaId: uid(30, 9) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('berths.addWinterSection', { ...add, identifier: 'D' }, HANDLER)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.cache.pendingCommands(10)).toHaveLength(2);
  });
});
