import { describe, expect, it } from 'vitest';
import { buildConflictIndex } from './conflict-index.ts';
import { checkSlot, type ProposedSlot } from './conflicts.ts';
import { buildRelationIndex } from '../space-holds/related-units.ts';
import { SPACES, UNITS, booking, randomWorkload, unit } from './structure.test-support.ts';
import type { ReservationTiming } from './vocabulary.ts';

const asSlot = (r: ReservationTiming, id: string | null): ProposedSlot => ({
  id,
  reservationUnitId: r.reservationUnitId,
  beginsAt: r.beginsAt,
  endsAt: r.endsAt,
  type: r.type,
  bufferBeforeMin: r.bufferBeforeMin,
  bufferAfterMin: r.bufferAfterMin,
});

describe('the conflict index', () => {
  it('answers exactly as the plain rule on random workloads (25 seeds, 250 slots each)', () => {
    const seen = { free: 0, time: 0, existingBuffer: 0, proposedBuffer: 0, wholeDay: 0, self: 0 };
    for (let seed = 1; seed <= 25; seed++) {
      const w = randomWorkload(seed, { spaces: 14, units: 10, reservations: 550, days: 6, firstDay: '2027-10-28' });
      const existing = w.reservations.slice(0, 300);
      const relations = buildRelationIndex(w.spaces, w.units);
      const index = buildConflictIndex(existing, relations);
      w.reservations.slice(300).forEach((r, i) => {
        // Every tenth slot moves an existing reservation, which must not block itself.
        const moved = i % 10 === 0 ? existing[i % existing.length]! : null;
        const slot = moved ? { ...asSlot(r, moved.id), reservationUnitId: moved.reservationUnitId } : asSlot(r, null);
        const expected = checkSlot(slot, existing, relations);
        expect(index.check(slot), `seed ${seed}, slot ${i}`).toEqual(expected);
        if (moved) seen.self++;
        if (expected.free) seen.free++;
        for (const b of expected.blockers) {
          if (b.cause.kind === 'time') seen.time++;
          else if (b.cause.whose === 'existing') seen.existingBuffer++;
          else seen.proposedBuffer++;
          if (b.cause.kind === 'buffer' && b.cause.wholeDay) seen.wholeDay++;
        }
      });
    }
    // The workload reaches every branch of the rule, so the equality above means something.
    for (const [what, count] of Object.entries(seen)) expect(count, what).toBeGreaterThan(20);
  });

  it('finds a long booking that began long before the slot', () => {
    const relations = buildRelationIndex(SPACES, UNITS);
    const week = { ...booking('u-hall', '2027-06-14', '08:00', '09:00'), endsAt: '2027-06-20T18:00:00.000Z' };
    const short = [1, 2, 3, 4, 5].map((d) => booking('u-hall', `2027-06-1${d}`, '07:00', '07:30'));
    const index = buildConflictIndex([week, ...short], relations);
    const slot = asSlot(booking('u-part1', '2027-06-18', '12:00', '13:00'), null);
    expect(index.check(slot).blockers.map((b) => b.reservationId)).toEqual([week.id]);
  });

  it('ignores reservations that do not block and units outside the structure', () => {
    const relations = buildRelationIndex(SPACES, [unit('u-hall', ['hall'])]);
    const index = buildConflictIndex(
      [booking('u-hall', '2027-06-15', '10:00', '11:00', { state: 'DENIED' }), booking('u-gone', '2027-06-15', '10:00', '11:00')],
      relations,
    );
    expect(index.check(asSlot(booking('u-hall', '2027-06-15', '10:00', '11:00'), null))).toEqual({ free: true, blockers: [] });
  });

  it('answers a 52-week series against 5,000 bookings as the plain rule does', () => {
    const w = randomWorkload(2027, { spaces: 60, units: 40, reservations: 5000, days: 364, firstDay: '2027-01-04' });
    const relations = buildRelationIndex(w.spaces, w.units);
    const index = buildConflictIndex(w.reservations, relations);
    const target = w.units.find((u) => !u.blockWholeDay)!;
    for (let week = 0; week < 52; week++) {
      const day = new Date(Date.parse('2027-01-05T12:00:00Z') + week * 7 * 86_400_000).toISOString().slice(0, 10);
      const slot: ProposedSlot = { ...asSlot(booking(target.id, day, '17:00', '19:00'), null), beginsAt: `${day}T15:00:00.000Z`, endsAt: `${day}T17:00:00.000Z` };
      expect(index.check(slot)).toEqual(checkSlot(slot, w.reservations, relations));
    }
  });
});
