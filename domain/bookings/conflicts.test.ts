import { describe, expect, it } from 'vitest';
import { checkSlot, type ProposedSlot } from './conflicts.ts';
import { buildRelationIndex } from '../space-holds/related-units.ts';
import { SPACES, UNITS, booking, unit } from './structure.test-support.ts';
import { RESERVATION_STATES, type ReservationTiming, type ReservationType } from './vocabulary.ts';

const DAY = '2027-06-15';
const relations = buildRelationIndex(SPACES, UNITS);

/** A new slot on DAY in Helsinki summer time, on the unit's own buffers unless told. */
function slot(unitId: string, from: string, to: string, more: Partial<ProposedSlot> = {}): ProposedSlot {
  const b = booking(unitId, DAY, from, to);
  return { id: null, reservationUnitId: unitId, beginsAt: b.beginsAt, endsAt: b.endsAt, type: 'STAFF', bufferBeforeMin: null, bufferAfterMin: null, ...more };
}

const isFree = (s: ProposedSlot, existing: ReservationTiming[], rel = relations) => checkSlot(s, existing, rel).free;

describe('the conflict rule (issue 7, point 5)', () => {
  it('the space tree: a child blocks its parent and the parent its child, down any depth', () => {
    const onCorner = booking('u-corner1', DAY, '10:00', '12:00');
    expect(isFree(slot('u-hall', '11:00', '13:00'), [onCorner])).toBe(false);
    expect(isFree(slot('u-part1', '09:00', '10:30'), [onCorner])).toBe(false);
    const onHall = booking('u-hall', DAY, '10:00', '12:00');
    expect(isFree(slot('u-corner1', '11:00', '11:30'), [onHall])).toBe(false);
    expect(isFree(slot('u-part2', '11:00', '11:30'), [onHall])).toBe(false);
  });

  it('the space tree: siblings and the children of siblings do not block each other', () => {
    expect(isFree(slot('u-part2', '10:00', '12:00'), [booking('u-part1', DAY, '10:00', '12:00')])).toBe(true);
    expect(isFree(slot('u-part2', '10:00', '12:00'), [booking('u-corner1', DAY, '10:00', '12:00')])).toBe(true);
    expect(isFree(slot('u-studioB', '10:00', '12:00'), [booking('u-studioA', DAY, '10:00', '12:00')])).toBe(true);
  });

  it('a unit over several spaces is related to the units of each of them', () => {
    const both = booking('u-parts12', DAY, '10:00', '12:00');
    expect(isFree(slot('u-part1', '10:00', '11:00'), [both])).toBe(false);
    expect(isFree(slot('u-part2', '11:00', '12:00'), [both])).toBe(false);
    expect(isFree(slot('u-corner1', '11:00', '12:00'), [both])).toBe(false);
    expect(isFree(slot('u-part3', '10:00', '12:00'), [both])).toBe(true);
    expect(isFree(slot('u-parts12', '10:00', '11:00'), [booking('u-part2', DAY, '10:30', '11:30')])).toBe(false);
  });

  it('a shared resource relates two units, and the relation is not transitive', () => {
    const onStudioA = booking('u-studioA', DAY, '10:00', '12:00');
    expect(checkSlot(slot('u-part3', '11:00', '13:00'), [onStudioA], relations).blockers).toMatchObject([{ reservationId: onStudioA.id, relation: 'resource' }]);
    // hall–part3 by space, part3–studioA by the projector: the hall and studio A stay free of each other.
    expect(isFree(slot('u-hall', '10:00', '12:00'), [onStudioA])).toBe(true);
    expect(isFree(slot('u-studioA', '10:00', '12:00'), [booking('u-hall', DAY, '10:00', '12:00')])).toBe(true);
  });

  it('which states block: created, waiting for payment, requires handling and confirmed do; denied and cancelled do not', () => {
    const blocking = RESERVATION_STATES.filter((state) => !isFree(slot('u-hall', '10:00', '11:00'), [booking('u-hall', DAY, '10:00', '11:00', { state })]));
    expect(blocking).toEqual(['CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED']);
  });

  it('adjacent bookings without buffers are fine', () => {
    const existing = [booking('u-hall', DAY, '10:00', '12:00')];
    expect(isFree(slot('u-hall', '12:00', '13:00'), existing)).toBe(true);
    expect(isFree(slot('u-part1', '08:00', '10:00'), existing)).toBe(true);
    expect(isFree(slot('u-hall', '11:59', '13:00'), existing)).toBe(false);
  });

  it('buffers from the existing side: its buffer after reaches the new time', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferAfterMin: 30 }), unit('u-part1', ['part1'])]);
    const existing = booking('u-hall', DAY, '10:00', '12:00');
    expect(checkSlot(slot('u-part1', '12:15', '13:00'), [existing], rel).blockers).toEqual([
      {
        reservationId: existing.id,
        reservationUnitId: 'u-hall',
        relation: 'space',
        beginsAt: existing.beginsAt,
        endsAt: existing.endsAt,
        cause: { kind: 'buffer', whose: 'existing', side: 'after', minutes: 30, wholeDay: false },
      },
    ]);
    expect(isFree(slot('u-part1', '12:30', '13:00'), [existing], rel)).toBe(true);
  });

  it('buffers from the new side: its buffer before reaches the existing time', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall']), unit('u-part1', ['part1'], { bufferBeforeMin: 45 })]);
    const existing = booking('u-hall', DAY, '10:00', '12:00');
    expect(checkSlot(slot('u-part1', '12:30', '13:00'), [existing], rel).blockers[0]!.cause).toEqual({ kind: 'buffer', whose: 'proposed', side: 'before', minutes: 45, wholeDay: false });
    expect(isFree(slot('u-part1', '12:45', '13:00'), [existing], rel)).toBe(true);
    // and its buffer after, before an existing booking later in the day
    const rel2 = buildRelationIndex(SPACES, [unit('u-hall', ['hall']), unit('u-part1', ['part1'], { bufferAfterMin: 20 })]);
    expect(checkSlot(slot('u-part1', '09:00', '09:45'), [existing], rel2).blockers[0]!.cause).toMatchObject({ whose: 'proposed', side: 'after', minutes: 20 });
    expect(isFree(slot('u-part1', '09:00', '09:40'), [existing], rel2)).toBe(true);
  });

  it('buffers of different lengths: each side’s own buffer decides its own side', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferAfterMin: 60 }), unit('u-part1', ['part1'], { bufferBeforeMin: 15 })]);
    const existing = booking('u-hall', DAY, '10:00', '12:00');
    // The hall's 60 minutes reach 12:59; part 1's 15 minutes would have allowed 12:15.
    expect(isFree(slot('u-part1', '12:15', '13:00'), [existing], rel)).toBe(false);
    expect(isFree(slot('u-part1', '13:00', '14:00'), [existing], rel)).toBe(true);
    // Reversed: part 1 books first with a short buffer after; the hall's long buffer before decides.
    const rel2 = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferBeforeMin: 60 }), unit('u-part1', ['part1'], { bufferAfterMin: 15 })]);
    const onPart = booking('u-part1', DAY, '08:00', '09:00');
    expect(checkSlot(slot('u-hall', '09:30', '11:00'), [onPart], rel2).blockers[0]!.cause).toMatchObject({ whose: 'proposed', side: 'before', minutes: 60 });
    expect(isFree(slot('u-hall', '10:00', '11:00'), [onPart], rel2)).toBe(true);
  });

  it('buffers may touch and overlap other buffers, but never the other booking’s own time', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferBeforeMin: 30, bufferAfterMin: 30 })]);
    const existing = booking('u-hall', DAY, '10:00', '12:00');
    // 12:30: the buffers touch; 12:15: the buffers overlap, neither reaches the other's time.
    expect(isFree(slot('u-hall', '12:30', '13:00', { bufferBeforeMin: 0 }), [existing], rel)).toBe(true);
    expect(isFree(slot('u-hall', '12:30', '13:00'), [existing], rel)).toBe(true);
    expect(checkSlot(slot('u-hall', '12:15', '13:00'), [existing], rel).blockers.map((b) => b.cause)).toEqual([
      { kind: 'buffer', whose: 'existing', side: 'after', minutes: 30, wholeDay: false },
    ]);
  });

  it('a per-reservation buffer overrides the unit’s, and null means the unit’s own', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferAfterMin: 30, bufferBeforeMin: 30 })]);
    const trimmed = booking('u-hall', DAY, '10:00', '12:00', { bufferAfterMin: 0 });
    expect(isFree(slot('u-hall', '12:00', '13:00', { bufferBeforeMin: 0 }), [trimmed], rel)).toBe(true);
    const unitOwn = booking('u-hall', DAY, '10:00', '12:00', { bufferAfterMin: null });
    expect(isFree(slot('u-hall', '12:00', '13:00', { bufferBeforeMin: 0 }), [unitOwn], rel)).toBe(false);
    const longer = booking('u-hall', DAY, '10:00', '12:00', { bufferAfterMin: 90 });
    expect(checkSlot(slot('u-hall', '13:00', '14:00', { bufferBeforeMin: 0 }), [longer], rel).blockers[0]!.cause).toMatchObject({ whose: 'existing', side: 'after', minutes: 90 });
    // The new slot's own per-booking buffer against an existing one with none.
    const bare = booking('u-hall', DAY, '10:00', '12:00', { bufferAfterMin: 0 });
    expect(isFree(slot('u-hall', '12:00', '13:00', { bufferBeforeMin: 0 }), [bare], rel)).toBe(true);
    expect(isFree(slot('u-hall', '12:00', '13:00', { bufferBeforeMin: null }), [bare], rel)).toBe(false);
  });

  it('buffers may run outside opening hours: the rule reads only bookings, a buffer before 08:00 opening costs nothing', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferBeforeMin: 60, bufferAfterMin: 60 })]);
    // The house opens at 08:00 and closes at 20:00: the first and last bookings keep their buffers outside.
    expect(isFree(slot('u-hall', '08:00', '10:00'), [booking('u-hall', DAY, '18:00', '20:00')], rel)).toBe(true);
    expect(isFree(slot('u-hall', '18:00', '20:00'), [booking('u-hall', DAY, '08:00', '10:00')], rel)).toBe(true);
  });

  it('BLOCKED ignores buffers in both directions', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferBeforeMin: 60, bufferAfterMin: 60 })]);
    const closed = booking('u-hall', DAY, '10:00', '12:00', { type: 'BLOCKED' });
    // Its own buffers do not apply, and a new booking's buffers may reach into it.
    expect(isFree(slot('u-hall', '12:00', '13:00'), [closed], rel)).toBe(true);
    expect(isFree(slot('u-hall', '09:00', '10:00'), [closed], rel)).toBe(true);
    // A new BLOCKED time next to a buffered booking: neither buffer counts.
    const normal = booking('u-hall', DAY, '10:00', '12:00');
    expect(isFree(slot('u-hall', '12:00', '13:00', { type: 'BLOCKED' }), [normal], rel)).toBe(true);
    expect(isFree(slot('u-hall', '09:00', '10:00', { type: 'BLOCKED' }), [normal], rel)).toBe(true);
    // Its own time still blocks.
    expect(checkSlot(slot('u-hall', '11:00', '13:00'), [closed], rel).blockers[0]!.cause).toEqual({ kind: 'time' });
    expect(isFree(slot('u-hall', '11:00', '13:00', { type: 'BLOCKED' }), [normal], rel)).toBe(false);
  });

  it('whole-day units allow one booking per day', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { blockWholeDay: true }), unit('u-part1', ['part1'])]);
    const morning = booking('u-hall', DAY, '09:00', '10:00');
    expect(checkSlot(slot('u-hall', '15:00', '16:00'), [morning], rel).blockers[0]!.cause).toEqual({
      kind: 'buffer',
      whose: 'existing',
      side: 'after',
      minutes: 14 * 60,
      wholeDay: true,
    });
    expect(checkSlot(slot('u-hall', '06:00', '07:00'), [morning], rel).blockers[0]!.cause).toMatchObject({ whose: 'existing', side: 'before', wholeDay: true });
    // The next day is free, also for a booking that ends exactly at midnight the day before.
    expect(isFree({ ...slot('u-hall', '00:00', '01:00'), beginsAt: '2027-06-15T21:00:00.000Z', endsAt: '2027-06-15T22:00:00.000Z' }, [morning], rel)).toBe(true);
    const toMidnight = { ...booking('u-hall', DAY, '20:00', '21:00'), endsAt: '2027-06-15T21:00:00.000Z' };
    expect(isFree({ ...slot('u-hall', '00:00', '01:00'), beginsAt: '2027-06-15T21:00:00.000Z', endsAt: '2027-06-15T22:00:00.000Z' }, [toMidnight], rel)).toBe(true);
    // A related ordinary unit's booking on the same day is reached by the new whole-day buffers.
    expect(checkSlot(slot('u-hall', '15:00', '16:00'), [booking('u-part1', DAY, '09:00', '10:00')], rel).blockers[0]!.cause).toMatchObject({ whose: 'proposed', side: 'before', wholeDay: true });
  });

  it('whole days are Helsinki days, also on the day summer time ends (25 hours)', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { blockWholeDay: true })]);
    // 2027-10-31 runs from 2027-10-30T21:00Z to 2027-10-31T22:00Z.
    const first = { ...booking('u-hall', DAY, '09:00', '10:00'), beginsAt: '2027-10-31T06:00:00.000Z', endsAt: '2027-10-31T07:00:00.000Z' };
    const s = { ...slot('u-hall', '09:00', '10:00'), beginsAt: '2027-10-31T21:00:00.000Z', endsAt: '2027-10-31T21:30:00.000Z' };
    expect(checkSlot(s, [first], rel).blockers[0]!.cause).toMatchObject({ side: 'after', minutes: 15 * 60, wholeDay: true });
    expect(isFree({ ...s, beginsAt: '2027-10-31T22:00:00.000Z', endsAt: '2027-10-31T23:00:00.000Z' }, [first], rel)).toBe(true);
  });

  it('ignores the reservation itself when it is being moved', () => {
    const own = booking('u-hall', DAY, '10:00', '12:00');
    expect(isFree(slot('u-hall', '11:00', '13:00', { id: own.id }), [own])).toBe(true);
    expect(isFree(slot('u-hall', '11:00', '13:00', { id: 'another' }), [own])).toBe(false);
  });

  it('says why: every blocker, by its time or by whose buffer, in order of time', () => {
    const rel = buildRelationIndex(SPACES, [unit('u-hall', ['hall'], { bufferAfterMin: 30 }), unit('u-part1', ['part1']), unit('u-part2', ['part2'])]);
    const early = booking('u-hall', DAY, '08:00', '10:00');
    const overlapping = booking('u-part2', DAY, '10:30', '11:00');
    const unrelated = booking('u-part1', DAY, '10:00', '11:00');
    const check = checkSlot(slot('u-part2', '10:15', '12:00'), [overlapping, unrelated, early], rel);
    expect(check.free).toBe(false);
    expect(check.blockers.map((b) => [b.reservationId, b.relation, b.cause])).toEqual([
      [early.id, 'space', { kind: 'buffer', whose: 'existing', side: 'after', minutes: 30, wholeDay: false }],
      [overlapping.id, 'same_unit', { kind: 'time' }],
    ]);
  });

  it('counts every type’s own time, whatever the type', () => {
    const types: ReservationType[] = ['NORMAL', 'BEHALF', 'STAFF', 'BLOCKED', 'SEASONAL'];
    for (const type of types) expect(isFree(slot('u-hall', '10:00', '11:00'), [booking('u-hall', DAY, '10:30', '11:30', { type })])).toBe(false);
  });

  it('refuses a slot that does not end after it begins, an unknown unit and an unreadable instant', () => {
    expect(() => checkSlot(slot('u-hall', '10:00', '10:00'), [], relations)).toThrow(RangeError);
    expect(() => checkSlot(slot('u-nowhere', '10:00', '11:00'), [], relations)).toThrow(/unknown reservation unit/);
    expect(() => checkSlot({ ...slot('u-hall', '10:00', '11:00'), beginsAt: 'soon' }, [], relations)).toThrow(RangeError);
  });
});
