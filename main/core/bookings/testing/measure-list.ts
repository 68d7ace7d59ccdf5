/**
 * `node main/core/bookings/testing/measure-list.ts [rows]`: the reservation list's queries on a
 * generated cache (50,000 bookings by default), each the median of several runs, in milliseconds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openCache } from '../../cache/open-cache.ts';
import type { ParsedInput } from '../../../../domain/contract.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { generatedBookings } from './generate.ts';

const ROWS = Number(process.argv[2] ?? 50_000);
const RUNS = 7;
const dir = mkdtempSync(path.join(tmpdir(), 'kuva-bookings-measure-'));
const cache = openCache({ file: path.join(dir, 'cache.sqlite'), userId: 'u-measure' });
try {
  const { changes, unitIds } = generatedBookings(ROWS);
  cache.applyBootstrap(changes, 'end');
  const admin: StaffUser = { id: 'u-measure', name: 'M', roles: ['booking_admin'], grants: [{ role: 'booking_admin' }] };
  const handler: StaffUser = { id: 'u-h', name: 'H', roles: ['booking_handler'], grants: unitIds.slice(0, 3).map((unitId) => ({ role: 'booking_handler' as const, unitId })) };
  const now = new Date('2026-12-01T10:00:00+02:00');
  const base = { sort: { column: 'beginsAt', direction: 'asc' }, offset: 0, limit: 100 } as const;
  const cases: [string, StaffUser, ParsedInput<'bookings.listReservations'>][] = [
    ['no filter, by begin', admin, { ...base, filter: {} }],
    ['no filter, last page', admin, { ...base, filter: {}, offset: ROWS - 100 }],
    ['text "mäkinen", by begin', admin, { ...base, filter: { text: 'mäkinen' } }],
    ['text "kuoro jönsson" + state', admin, { ...base, filter: { text: 'kuoro jönsson', states: ['CONFIRMED'] } }],
    ['state + December, by reservee desc', admin, { ...base, filter: { states: ['REQUIRES_HANDLING'], from: '2026-12-01', to: '2026-12-31' }, sort: { column: 'reservee', direction: 'desc' } }],
    ['payment + price, by unit name', admin, { ...base, filter: { payment: ['PAID'], priceMinCents: 5000 }, sort: { column: 'unit', direction: 'asc' } }],
    ['handler of 3 units, by price desc', handler, { ...base, filter: {}, sort: { column: 'price', direction: 'desc' } }],
    ['recurring, by created', admin, { ...base, filter: { recurring: 'recurring' }, sort: { column: 'createdAt', direction: 'desc' } }],
  ];
  console.log(`${ROWS.toLocaleString('en-US')} bookings in ${unitIds.length} units`);
  for (const [name, actor, input] of cases) {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const r = cache.handle('bookings.listReservations', input, actor, now);
      times.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.error.message);
      total = r.value.total;
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(40)} total ${String(total).padStart(6)}  median ${times[RUNS >> 1]!.toFixed(1)} ms  (first ${times[0]!.toFixed(1)}, max ${times[RUNS - 1]!.toFixed(1)})`);
  }
  const t0 = performance.now();
  const count = cache.handle('bookings.openRequests', {}, admin, now);
  console.log(`openRequests ${count.ok ? count.value.count : '?'}: ${(performance.now() - t0).toFixed(1)} ms`);
} finally {
  cache.close();
  rmSync(dir, { recursive: true, force: true });
}
