import { describe, expect, it } from 'vitest';
import type { KioskHome } from '../../../domain/kiosk/contract.ts';
import type { Change } from '../../../domain/sync/protocol.ts';
import { kioskCacheEachTest, kioskFeed } from './testing/kiosk-world.ts';

const t = kioskCacheEachTest();
const home = () => t.value<KioskHome>('kiosk.home', { days: 1 });
const names = () => home().spaces.map((s) => s.name.fi);

const tri = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const put = (entity: Change['entity'], data: { id: string } & Record<string, unknown>, version = 1): Change => ({ entity, id: data.id, op: 'put', version, data });
const studio = kioskFeed().find((c) => c.id === 'ru-studio')!.data as Record<string, unknown>;
const terminal = kioskFeed().find((c) => c.entity === 'kiosk_terminal')!.data as { id: string } & Record<string, unknown>;
const space = (id: string, unitId: string, name: string) => put('reservation_unit', { ...studio, id, unitId, name: tri(name) });

/**
 * Oodi's studio (kioskFeed) beside another Oodi room, two of Caisa's, one of Itäkeskus library's
 * and one of Stoa's, the cultural centre in the same building as that library.
 */
function manyUnits() {
  t.cache.applyChanges(
    [
      put('booking_unit', { id: 'unit-caisa', name: tri('Caisa') }),
      put('booking_unit', { id: 'unit-itis', name: tri('Itäkeskus') }),
      put('booking_unit', { id: 'unit-stoa', name: tri('Stoa') }),
      space('ru-maijansali', 'unit-oodi', 'Maijansali'),
      space('ru-aitio', 'unit-caisa', 'Aitio'),
      space('ru-aula', 'unit-caisa', 'Aula'),
      space('ru-monitoimi', 'unit-itis', 'Monitoimitila'),
      space('ru-tanssisali', 'unit-stoa', 'Tanssisali'),
      put('as_service_point', { id: 'sp-itis', name: tri('Itäkeskus'), ticketPrefix: 'I', active: true, unitIds: ['unit-itis', 'unit-stoa'] }),
    ],
    'c2',
  );
}

/** The terminal row names the kiosk's service point: the kiosk now stands there. */
function moveTo(servicePointId: string) {
  t.cache.applyChanges([put('kiosk_terminal', { ...terminal, servicePointId }, 2)], 'c3');
}

describe("the kiosk's free spaces", () => {
  // The screens split them into the own building's and the other places' and sort each part in
  // the customer's language (renderer space-order.ts); the core gives what that needs.
  it("come by name, each with its unit, beside the unit in the kiosk's own building", () => {
    manyUnits();
    expect(home().servicePoint?.unitIds).toEqual(['unit-oodi']);
    expect(home().spaces.map((s) => [s.name.fi, s.unitId])).toEqual([
      ['Aitio', 'unit-caisa'],
      ['Aula', 'unit-caisa'],
      ['Maijansali', 'unit-oodi'],
      ['Monitoimitila', 'unit-itis'],
      ['Studio', 'unit-oodi'],
      ['Tanssisali', 'unit-stoa'],
    ]);
  });

  it("name both units of a building holding two as the own building's: Itäkeskus library's and Stoa's at the library's kiosk", () => {
    manyUnits();
    moveTo('sp-itis');
    expect(home().servicePoint).toMatchObject({ id: 'sp-itis', unitIds: ['unit-itis', 'unit-stoa'] });
    expect(home().spaces.filter((s) => home().servicePoint!.unitIds.includes(s.unitId)).map((s) => s.name.fi)).toEqual(['Monitoimitila', 'Tanssisali']);
    expect(names()).toEqual(['Aitio', 'Aula', 'Maijansali', 'Monitoimitila', 'Studio', 'Tanssisali']);
  });

  it('keep the plain name order at a service point with no unit in its building', () => {
    manyUnits();
    moveTo('sp-malmi');
    expect(home().servicePoint).toMatchObject({ id: 'sp-malmi', unitIds: [] });
    expect(names()).toEqual(['Aitio', 'Aula', 'Maijansali', 'Monitoimitila', 'Studio', 'Tanssisali']);
  });

  it('keep the plain name order when the service point row came without the link, or names a unit the kiosk has no spaces of', () => {
    manyUnits();
    t.cache.applyChanges([put('as_service_point', { id: 'sp-oodi', name: tri('Oodi'), ticketPrefix: 'D', active: true }, 2)], 'c4');
    expect(home().servicePoint).toMatchObject({ id: 'sp-oodi', unitIds: [] });
    expect(names()).toEqual(['Aitio', 'Aula', 'Maijansali', 'Monitoimitila', 'Studio', 'Tanssisali']);
    t.cache.applyChanges([put('as_service_point', { id: 'sp-oodi', name: tri('Oodi'), ticketPrefix: 'D', active: true, unitIds: ['unit-gone'] }, 3)], 'c5');
    expect(home().servicePoint?.unitIds).toEqual(['unit-gone']);
    expect(names()).toEqual(['Aitio', 'Aula', 'Maijansali', 'Monitoimitila', 'Studio', 'Tanssisali']);
  });
});

describe("the kiosk's service point", () => {
  it('has no name until its row arrives: the attract screen never shows a customer its id', () => {
    moveTo('sp-vallila');
    expect(home().servicePoint).toEqual({ id: 'sp-vallila', name: null, ticketPrefix: null, unitIds: [] });
    t.cache.applyChanges([put('as_service_point', { id: 'sp-vallila', name: tri('Vallila'), ticketPrefix: 'V', active: true }, 1)], 'c4');
    expect(home().servicePoint?.name?.fi).toBe('Vallila');
  });
});
