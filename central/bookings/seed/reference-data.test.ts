import { describe, expect, it } from 'vitest';
import type { Localized } from '../../../domain/languages.ts';
import { readRecorded } from '../adapters/recorded.ts';
import { isoDurationSeconds } from './iso-duration.ts';
import { purposes, type SeedFile } from './lists.ts';
import { loadBookingsReferenceData } from './reference-data.ts';
import type { ReservationUnit } from './reference-types.ts';

const data = loadBookingsReferenceData();
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const spaces = byId(data.spaces);
const resources = byId(data.resources);
const unitByName = (fi: string): ReservationUnit => {
  const unit = data.reservationUnits.find((u) => u.name.fi === fi);
  if (!unit) throw new Error(`no reservation unit ${fi}`);
  return unit;
};
const filled = (text: Localized) => text.fi.trim() !== '' && text.sv.trim() !== '' && text.en.trim() !== '';

function ancestors(spaceId: string): string[] {
  const out: string[] = [];
  for (let parent = spaces.get(spaceId)?.parentId ?? null; parent !== null; parent = spaces.get(parent)?.parentId ?? null) {
    if (out.includes(parent)) throw new Error(`space cycle at ${parent}`);
    out.push(parent);
  }
  return out;
}
/** The brief's relation, written out plainly for the test: a space in the same line of the tree, or a shared resource. */
function related(a: ReservationUnit, b: ReservationUnit): boolean {
  const line = (id: string) => [id, ...ancestors(id)];
  const bySpace = a.spaceIds.some((s) => b.spaceIds.some((t) => line(s).includes(t) || line(t).includes(s)));
  return bySpace || a.resourceIds.some((r) => b.resourceIds.includes(r));
}

describe('the bookings reference data', () => {
  it('has a dozen units named in three languages, two of them as the unit registry recorded them', () => {
    expect(data.units).toHaveLength(12);
    for (const unit of data.units) {
      expect(filled(unit.name) && filled(unit.addressStreet) && filled(unit.addressCity), unit.name.fi).toBe(true);
      expect(unit.addressZip).toMatch(/^00\d{3}$/);
    }
    const kallio = data.units.find((u) => u.tprekId === '8215');
    expect(kallio).toMatchObject({ name: { sv: 'Berghälls bibliotek' }, originHaukiResource: 1, coordinates: { lat: 60.18372, lon: 24.95356 } });
    expect(data.units.find((u) => u.tprekId === '51342')).toMatchObject({ name: { en: 'Helsinki Central Library Oodi' }, email: 'oodi@hel.fi' });
    expect(data.units.map((u) => u.name.fi)).toEqual(expect.arrayContaining(['Töölön kirjasto', 'Caisa', 'Fredriksbergin talo', 'Ympyrätalo', 'Itäkeskuksen kirjasto']));
    const grouped = data.unitGroups.flatMap((g) => g.unitIds).sort();
    expect(grouped).toEqual(data.units.map((u) => u.id).sort());
  });

  it('is the same data, with the same ids, every time it is loaded', () => {
    expect(loadBookingsReferenceData()).toEqual(data);
    const ids = [data.unitGroups, data.units, data.spaces, data.resources, data.reservationUnits, data.reservationUnitTypes, data.cancellationRules, data.purposes, data.ageGroups, data.denyReasons, data.intendedUses].flatMap((rows) =>
      rows.map((r) => r.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps every reference inside the data: spaces in their unit tree, reservation units over their own unit', () => {
    const units = new Set(data.units.map((u) => u.id));
    for (const space of data.spaces) {
      expect(units.has(space.unitId)).toBe(true);
      if (space.parentId) expect(spaces.get(space.parentId)?.unitId, space.name.fi).toBe(space.unitId);
      expect(filled(space.name)).toBe(true);
      ancestors(space.id);
    }
    const types = new Set(data.reservationUnitTypes.map((t) => t.id));
    const uses = new Set(data.intendedUses.map((u) => u.id));
    const rules = new Set(data.cancellationRules.map((r) => r.id));
    for (const ru of data.reservationUnits) {
      expect(filled(ru.name), ru.name.fi).toBe(true);
      expect(ru.spaceIds.length).toBeGreaterThan(0);
      for (const s of ru.spaceIds) expect(spaces.get(s)?.unitId, ru.name.fi).toBe(ru.unitId);
      for (const r of ru.resourceIds) expect(resources.get(r)?.unitId, ru.name.fi).toBe(ru.unitId);
      expect(types.has(ru.reservationUnitTypeId)).toBe(true);
      expect(ru.intendedUseIds.every((u) => uses.has(u))).toBe(true);
      if (ru.cancellationRuleId !== null) expect(rules.has(ru.cancellationRuleId)).toBe(true);
    }
    expect(new Set(data.reservationUnits.map((r) => r.unitId)).size).toBe(12);
  });

  it('nests spaces: a hall with three parts, and a room inside a room inside the studio complex', () => {
    const hall = data.spaces.find((s) => s.name.fi === 'Mika Waltari sali')!;
    expect(data.spaces.filter((s) => s.parentId === hall.id)).toHaveLength(3);
    const booth = data.spaces.find((s) => s.name.fi === 'Laulukoppi')!;
    expect(ancestors(booth.id).map((id) => spaces.get(id)!.name.fi)).toEqual(['Studiohuone 1', 'Studiokompleksi']);
  });

  it('relates units through the tree, several spaces and shared resources, and not transitively', () => {
    const whole = unitByName('Mika Waltarin sali');
    const [part1, part2, part3] = [1, 2, 3].map((n) => unitByName(`Mika Waltarin sali, osa ${n}`));
    const parts12 = unitByName('Mika Waltarin sali, osat 1–2');
    expect(parts12.spaceIds).toHaveLength(2);
    expect([part1, part2, part3, parts12].map((p) => related(whole, p!))).toEqual([true, true, true, true]);
    expect([related(parts12, part1!), related(parts12, part2!), related(parts12, part3!), related(part1!, part2!)]).toEqual([true, true, false, false]);

    const booth = unitByName('Laulukoppi');
    const studio1 = unitByName('Studiohuone 1 + soittimet');
    const studio4 = unitByName('Studiohuone 4 + kitara');
    expect(studio1.resourceIds.filter((r) => studio4.resourceIds.includes(r))).toHaveLength(1);
    expect([related(booth, studio1), related(studio1, studio4), related(booth, studio4)]).toEqual([true, true, false]);
    expect(related(unitByName('Studiohuone 2 + sähkörummut'), unitByName('Studiohuone 3 + sähkörummut'))).toBe(true);
    const sharedResources = data.resources.filter((r) => data.reservationUnits.filter((u) => u.resourceIds.includes(r.id)).length >= 2);
    expect(sharedResources.map((r) => r.name.fi).sort()).toEqual(['Kitara 1', 'Sähkörummut']);
  });

  it('gives realistic rules: durations on the start grid, buffers, whole-day units and handling on some', () => {
    const gridMin = (ru: ReservationUnit) => Number(/INTERVAL_(\d+)_MINUTES/.exec(ru.reservationStartInterval)![1]);
    for (const ru of data.reservationUnits) {
      expect(ru.minReservationDurationMin, ru.name.fi).toBeGreaterThan(0);
      expect(ru.minReservationDurationMin).toBeLessThanOrEqual(ru.maxReservationDurationMin);
      expect(ru.minReservationDurationMin % gridMin(ru), ru.name.fi).toBe(0);
      expect(ru.maxReservationDurationMin % gridMin(ru), ru.name.fi).toBe(0);
      expect(ru.reservationsMinDaysBefore).toBeLessThan(ru.reservationsMaxDaysBefore);
      if (ru.blockWholeDay) expect([ru.bufferBeforeMin, ru.bufferAfterMin]).toEqual([0, 0]);
    }
    const count = (test: (ru: ReservationUnit) => boolean) => data.reservationUnits.filter(test).length;
    expect(data.reservationUnits.length).toBeGreaterThanOrEqual(30);
    expect(count((ru) => ru.blockWholeDay)).toBeGreaterThanOrEqual(2);
    expect(count((ru) => ru.bufferBeforeMin > 0 && ru.bufferAfterMin > 0 && ru.bufferBeforeMin !== ru.bufferAfterMin)).toBeGreaterThanOrEqual(1);
    expect(count((ru) => ru.requireReservationHandling)).toBeGreaterThanOrEqual(5);
    expect(count((ru) => !ru.requireReservationHandling)).toBeGreaterThanOrEqual(10);
    expect(count((ru) => ru.maxReservationsPerUser !== null)).toBeGreaterThanOrEqual(3);
    expect(count((ru) => ru.cancellationRuleId === null)).toBe(2);
    expect(count((ru) => ru.reservationBeginsAt !== null)).toBeGreaterThanOrEqual(1);
    const takkahuone = unitByName('Takkahuone');
    expect([takkahuone.bufferBeforeMin, takkahuone.bufferAfterMin, takkahuone.maxReservationDurationMin]).toEqual([30, 30, 180]);
    expect(unitByName('Kammio')).toMatchObject({ requireReservationHandling: true, maxReservationsPerUser: 2, reservationStartInterval: 'INTERVAL_60_MINUTES', reservationsMinDaysBefore: 14 });
  });

  it('dates its prices, with VAT 25.5 % on paid prices from the VAT change on', () => {
    for (const ru of data.reservationUnits) {
      const begins = ru.pricings.map((p) => p.begins);
      expect(begins, ru.name.fi).toEqual([...new Set(begins)].sort());
      for (const p of ru.pricings) {
        expect(p.lowestPriceCents).toBeLessThanOrEqual(p.highestPriceCents);
        expect(p.paymentType === null, ru.name.fi).toBe(p.highestPriceCents === 0);
        if (p.highestPriceCents > 0) expect(p.taxPercentage, ru.name.fi).toBe(p.begins >= '2024-09-01' ? 25.5 : 24);
      }
    }
    const units = new Set(data.reservationUnits.flatMap((ru) => ru.pricings.map((p) => p.priceUnit)));
    expect([...units].sort()).toEqual(['PER_DAY', 'PER_HALF_DAY', 'PER_HOUR', 'PER_WEEK']);
    expect(unitByName('Studiohuone 1 + soittimet').pricings.map((p) => p.taxPercentage)).toEqual([24, 25.5]);
    expect(data.reservationUnits.some((ru) => ru.pricings.some((p) => p.begins >= '2027-01-01'))).toBe(true);
    expect(data.reservationUnits.some((ru) => ru.pricings.some((p) => p.lowestPriceCents < p.highestPriceCents))).toBe(true);
  });

  it("uses only Varaamo's own enum values", () => {
    const enums = readRecorded('tilavaraus_graphql_enums.json') as Record<string, string[]>;
    const values = (name: string) => new Set(enums[name]);
    for (const ru of data.reservationUnits) {
      expect(values('ReservationStartInterval').has(ru.reservationStartInterval)).toBe(true);
      expect(values('ReservationKind').has(ru.reservationKind)).toBe(true);
      expect(values('ReservationFormType').has(ru.reservationForm)).toBe(true);
      expect(values('AuthenticationType').has(ru.authentication)).toBe(true);
      expect(values('AccessType').has(ru.accessType)).toBe(true);
      for (const p of ru.pricings) {
        expect(values('PriceUnit').has(p.priceUnit)).toBe(true);
        if (p.paymentType) expect(values('PaymentType').has(p.paymentType)).toBe(true);
      }
    }
    for (const r of data.resources) expect(values('ResourceLocationType').has(r.locationType)).toBe(true);
  });

  it('carries the managed lists of the seed file in three languages', () => {
    expect(data.denyReasons).toHaveLength(6);
    expect(data.purposes.map((p) => p.name.fi)).toEqual(['Liikkua tai pelata', 'Lukupiiri', 'Opastus', 'Pitää kokous', 'Harrastustoiminta, muu']);
    expect(data.ageGroups.map((a) => [a.minimum, a.maximum])).toEqual([[1, 8], [9, 12], [13, 17], [18, 24], [25, 28], [29, 64], [65, null]]);
    expect(data.intendedUses).toHaveLength(11);
    expect(data.reservationUnitTypes).toHaveLength(7);
    for (const item of [...data.denyReasons.map((d) => d.reason), ...data.purposes.map((p) => p.name), ...data.intendedUses.map((u) => u.name), ...data.reservationUnitTypes.map((t) => t.name), ...data.cancellationRules.map((c) => c.name)]) {
      expect(filled(item), item.fi).toBe(true);
    }
    expect(data.cancellationRules.map((r) => r.canBeCancelledTimeBeforeSec)).toEqual([1, 14 * 86_400, 86_400]);
    expect(data.taxPercentages).toContain(25.5);
  });

  it('stops with the name of a list entry it has no translation for', () => {
    const file = readRecorded('seed_reference_data.json') as SeedFile;
    expect(() => purposes({ ...file, reservation_purposes: [...file.reservation_purposes, 'Kuorolaulu'] })).toThrow('no Swedish and English for the purpose "Kuorolaulu"');
  });
});

describe('ISO 8601 durations', () => {
  it('reads days, hours, minutes and seconds, and refuses anything else', () => {
    expect([isoDurationSeconds('PT1S'), isoDurationSeconds('PT30M'), isoDurationSeconds('PT11H'), isoDurationSeconds('P14D'), isoDurationSeconds('P1DT2H')]).toEqual([1, 1800, 39_600, 1_209_600, 93_600]);
    for (const bad of ['P', 'PT', '1H', 'P1W', 'PT1.5H']) expect(() => isoDurationSeconds(bad)).toThrow(/not an ISO 8601 duration/);
  });
});
