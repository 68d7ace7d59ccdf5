import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedInput } from '../../../domain/contract.ts';
import type { Reservation, ReservationUnit, Unit } from '../../../domain/bookings/entities.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { RESERVATION_STATES } from '../../../domain/bookings/vocabulary.ts';
import { startOfHelsinkiDay, addDays } from '../../../domain/wall-clock.ts';
import { tempCache } from '../cache/testing/temp-cache.ts';
import { finnishSortKey } from '../cache/search-text.ts';
import { generatedBookings } from './testing/generate.ts';
import { reserveeName } from './reservee.ts';

/**
 * The list's SQL against a plain reference in JavaScript on a generated cache: every filter and
 * sort the grid offers, for a handler of some units, page by page.
 */
const ROWS = 3000;
let t: ReturnType<typeof tempCache>;
let records: Reservation[];
let unitName: Map<string, string>;
let ruName: Map<string, string>;
let handler: StaffUser;
beforeAll(() => {
  t = tempCache();
  const { changes, unitIds } = generatedBookings(ROWS, 6, 11);
  t.cache.applyBootstrap(changes, 'end');
  records = changes.filter((c) => c.entity === 'reservation').map((c) => c.data as Reservation);
  unitName = new Map(changes.filter((c) => c.entity === 'booking_unit').map((c) => [c.id, (c.data as Unit).name.fi]));
  ruName = new Map(changes.filter((c) => c.entity === 'reservation_unit').map((c) => [c.id, (c.data as ReservationUnit).name.fi]));
  handler = { id: 'u-h', name: 'H', roles: ['booking_handler'], grants: [{ role: 'booking_handler', unitId: unitIds[1]! }, { role: 'booking_viewer', unitGroupId: 'none' }, { role: 'booking_handler', unitId: unitIds[4]! }] };
  handlerUnits = new Set([unitIds[1]!, unitIds[4]!]);
});
afterAll(() => t.dispose());
let handlerUnits: Set<string>;

type Input = ParsedInput<'bookings.listReservations'>;
const NOW = new Date('2026-12-01T10:00:00+02:00');
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

function reference(input: Input): { ids: string[]; total: number } {
  const f = input.filter;
  const ms = (iso: string) => Date.parse(iso);
  const rows = records.filter(
    (r) =>
      handlerUnits.has(r.unitId) &&
      (!f.states?.length || f.states.includes(r.state)) &&
      (!f.types?.length || f.types.includes(r.type)) &&
      (!f.payment?.length || f.payment.includes(r.paymentStatus ?? 'FREE')) &&
      (!f.from || ms(r.beginsAt) >= startOfHelsinkiDay(f.from)) &&
      (!f.to || ms(r.beginsAt) < startOfHelsinkiDay(addDays(f.to, 1))) &&
      (f.priceMinCents === undefined || r.priceCents >= f.priceMinCents) &&
      (!f.recurring || (f.recurring === 'recurring') === (r.seriesId !== null)) &&
      (!f.text || `${r.reserveeFirstName} ${r.reserveeLastName} ${r.reserveeOrganisation ?? ''}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').includes(f.text)),
  );
  const key = (r: Reservation): (string | number)[] => {
    const tie = [ms(r.beginsAt), r.id];
    switch (input.sort.column) {
      case 'createdAt':
        return [ms(r.createdAt), r.id];
      case 'name':
        return [finnishSortKey(r.name), ...tie];
      case 'state':
        return [RESERVATION_STATES.indexOf(r.state), ...tie];
      case 'unit':
        return [finnishSortKey(unitName.get(r.unitId)!), ...tie];
      case 'reservationUnit':
        return [finnishSortKey(ruName.get(r.reservationUnitId)!), ...tie];
      case 'reservee':
        return [finnishSortKey(reserveeName(r)), ...tie];
      case 'price':
        return [r.priceCents, ...tie];
      default:
        return tie;
    }
  };
  const sign = input.sort.direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (cmp(ka[i]!, kb[i]!) !== 0) return sign * cmp(ka[i]!, kb[i]!);
    return 0;
  });
  return { ids: rows.slice(input.offset, input.offset + input.limit).map((r) => r.id), total: rows.length };
}

const FILTERS: Input['filter'][] = [
  {},
  { states: ['CONFIRMED', 'REQUIRES_HANDLING'] },
  { types: ['NORMAL'], payment: ['PAID', 'FREE'] },
  { from: '2026-06-01', to: '2026-08-31', priceMinCents: 5000 },
  { recurring: 'recurring', states: ['CONFIRMED'] },
  { text: 'jonsson' },
  { text: 'makinen', recurring: 'single' },
];
const SORTS = ['beginsAt', 'createdAt', 'name', 'state', 'unit', 'reservationUnit', 'reservee', 'price'] as const;

describe('bookings.listReservations against a reference', () => {
  it('gives the same page and total for every filter and sort, both directions, several pages', () => {
    let compared = 0;
    for (const filter of FILTERS) {
      // Every filter keeps some rows and leaves some out: the comparison means something.
      const all = reference({ filter, sort: { column: 'beginsAt', direction: 'asc' }, offset: 0, limit: ROWS }).total;
      expect(all, JSON.stringify(filter)).toBeGreaterThan(40);
      if (Object.keys(filter).length) expect(all).toBeLessThan(reference({ filter: {}, sort: { column: 'beginsAt', direction: 'asc' }, offset: 0, limit: 1 }).total);
      for (const column of SORTS) {
        for (const direction of ['asc', 'desc'] as const) {
          for (const offset of [0, 40]) {
            const input: Input = { filter, sort: { column, direction }, offset, limit: 40 };
            const r = t.cache.handle('bookings.listReservations', input, handler, NOW);
            if (!r.ok) throw new Error(r.error.message);
            expect({ ids: r.value.rows.map((x) => x.id), total: r.value.total }, JSON.stringify(input)).toEqual(reference(input));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(FILTERS.length * SORTS.length * 4);
  });
});
