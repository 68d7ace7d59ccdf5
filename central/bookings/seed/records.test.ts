import { describe, expect, it } from 'vitest';
import { BOOKING_ENTITIES } from '../../../domain/bookings/entities.ts';
import { bookingRecords } from './records.ts';
import { loadBookingsReferenceData } from './reference-data.ts';

const data = loadBookingsReferenceData();
const records = bookingRecords(data);

const problems = (schema: { safeParse(v: unknown): { error?: { issues: { path: PropertyKey[] }[] } } }, list: readonly unknown[]) =>
  list.flatMap((r) => schema.safeParse(r).error?.issues.map((i) => i.path.join('.')) ?? []);

describe('the bookings records the central is seeded with', () => {
  it('are what the sync schemas accept', () => {
    expect(problems(BOOKING_ENTITIES.booking_unit_group.schema, records.unitGroups)).toEqual([]);
    expect(problems(BOOKING_ENTITIES.booking_space.schema, records.spaces)).toEqual([]);
    expect(problems(BOOKING_ENTITIES.booking_resource.schema, records.resources)).toEqual([]);
    expect(problems(BOOKING_ENTITIES.reservation_unit.schema, records.reservationUnits)).toEqual([]);
    expect(problems(BOOKING_ENTITIES.deny_reason.schema, records.denyReasons)).toEqual([]);
    // Units the registry samples do not cover have no TPREK id yet; the schema wants one (see the report).
    const withoutTprek = records.units.filter((u) => u.tprekId === null).length;
    expect(problems(BOOKING_ENTITIES.booking_unit.schema, records.units)).toEqual(Array(withoutTprek).fill('tprekId'));
  });

  it('offer staff every reservation unit that is neither a draft nor archived, with its rules', () => {
    const live = data.reservationUnits.filter((u) => !u.isDraft && !u.isArchived);
    expect(records.reservationUnits.map((u) => u.id)).toEqual(live.map((u) => u.id));
    const hall = records.reservationUnits.find((u) => u.name.en === 'Mika Waltari hall')!;
    expect(hall).toMatchObject({ spaceIds: [expect.any(String)], startIntervalMin: expect.any(Number) });
    expect(records.units).toHaveLength(12);
  });
});
