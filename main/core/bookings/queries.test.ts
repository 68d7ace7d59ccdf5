import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { bookingCacheEachTest, errorCode } from './testing/booking-cache.ts';
import { ADMIN, HANDLER_TOOLO, KALLIO, R, RESERVER, RU, TOOLO, VIEWER, at } from './testing/fixtures.ts';

const { call, value } = bookingCacheEachTest();
const list = (filter: object, actor: StaffUser = HANDLER_TOOLO, more: object = {}) =>
  value('bookings.listReservations', { filter, sort: { column: 'beginsAt', direction: 'asc' }, offset: 0, limit: 100, ...more }, actor);
const ids = (filter: object, actor: StaffUser = HANDLER_TOOLO, more: object = {}) => list(filter, actor, more).rows.map((r) => r.id);

describe('bookings.listUnits and openRequests', () => {
  it('lists the units a role covers, with their reservation units, groups and whether the user may handle there', () => {
    const handler = value('bookings.listUnits', {});
    expect(handler.map((u) => [u.id, u.canHandle, u.groupIds])).toEqual([[TOOLO, true, ['libraries']]]);
    expect(handler[0]!.reservationUnits.map((r) => r.id)).toEqual(['ru-kokous', 'ru-sali', 'ru-sali-a']);
    expect(handler[0]!.reservationUnits[0]).toMatchObject({ bufferBeforeMin: 15, requiresHandling: true, startIntervalMin: 30 });
    expect(value('bookings.listUnits', {}, VIEWER).map((u) => [u.id, u.canHandle])).toEqual([
      [KALLIO, false],
      [TOOLO, false],
    ]);
  });

  it('counts the requests waiting from today on in the units the user may handle', () => {
    expect(value('bookings.openRequests', {})).toEqual({ count: 1 });
    expect(value('bookings.openRequests', {}, ADMIN)).toEqual({ count: 2 });
    expect(value('bookings.openRequests', {}, VIEWER)).toEqual({ count: 0 });
  });

  it('refuses a user with no booking role', () => {
    const berthHandler: StaffUser = { id: 'u-b', name: 'B', roles: ['berth_handler'], grants: [] };
    expect(errorCode(call('bookings.listReservations', {}, berthHandler))).toBe('forbidden');
  });
});

describe('bookings.listReservations', () => {
  it('shows only the units the user may read, even when asked for another or when the cache holds it', () => {
    expect(ids({})).toEqual(['res-past', 'res-staff-1', 'res-cancelled', 'res-staff-2', 'res-lukupiiri', 'res-konsertti', 'res-staff-3']);
    expect(list({ unitIds: [KALLIO] })).toEqual({ rows: [], total: 0 });
    expect(ids({ unitIds: [KALLIO] }, ADMIN)).toEqual(['res-kallio']);
    expect(list({}, VIEWER).total).toBe(8);
  });

  it('finds by text with or without diacritics: name, reservee, organisation, phone in either form', () => {
    expect(ids({ text: 'makinen' })).toEqual(['res-past', 'res-cancelled', 'res-lukupiiri']);
    expect(ids({ text: 'JONSS' })).toEqual(['res-konsertti']);
    expect(ids({ text: 'asa jönsson' })).toEqual(['res-konsertti']);
    expect(ids({ text: '0507654321' })).toEqual(['res-konsertti']);
    expect(ids({ text: 'lukupiiri ry' })).toEqual(['res-past', 'res-cancelled', 'res-lukupiiri']);
    expect(ids({ text: 'kuoro' })).toEqual(['res-konsertti']);
    expect(ids({ text: '%' })).toEqual([]);
    expect(ids({ text: 'bändi' })).toEqual([]);
  });

  it('filters by state, type, reservation unit, dates, creation dates, price, payment and recurrence', () => {
    expect(ids({ states: ['REQUIRES_HANDLING'] })).toEqual(['res-past', 'res-lukupiiri']);
    expect(ids({ types: ['STAFF'] })).toEqual(['res-staff-1', 'res-staff-2', 'res-staff-3']);
    expect(ids({ reservationUnitIds: [RU.sali.id] })).toEqual(['res-cancelled', 'res-konsertti']);
    expect(ids({ from: '2026-12-10', to: '2026-12-10' })).toEqual(['res-cancelled', 'res-staff-2', 'res-lukupiiri']);
    expect(ids({ createdFrom: '2026-11-15', createdTo: '2026-11-15' })).toEqual(['res-konsertti']);
    expect(ids({ priceMinCents: 10000 })).toEqual(['res-konsertti']);
    expect(ids({ priceMaxCents: 0 })).toEqual(['res-staff-1', 'res-staff-2', 'res-staff-3']);
    expect(ids({ payment: ['PAID'] })).toEqual(['res-konsertti']);
    expect(ids({ payment: ['FREE'], recurring: 'single' })).toEqual(['res-past', 'res-cancelled', 'res-lukupiiri']);
    expect(ids({ recurring: 'recurring' })).toEqual(['res-staff-1', 'res-staff-2', 'res-staff-3']);
  });

  it('sorts by every column in both directions and pages with a stable total', () => {
    const sorted = (column: string, direction = 'asc') => ids({ states: ['REQUIRES_HANDLING', 'CONFIRMED'] }, HANDLER_TOOLO, { sort: { column, direction } });
    // Finnish order: Å after Z.
    expect(sorted('reservee')).toEqual(['res-staff-1', 'res-staff-2', 'res-staff-3', 'res-past', 'res-lukupiiri', 'res-konsertti']);
    expect(sorted('price', 'desc')[0]).toBe('res-konsertti');
    expect(sorted('reservationUnit')).toEqual(['res-staff-1', 'res-staff-2', 'res-lukupiiri', 'res-staff-3', 'res-konsertti', 'res-past']);
    expect(sorted('state')).toEqual(['res-past', 'res-lukupiiri', 'res-staff-1', 'res-staff-2', 'res-konsertti', 'res-staff-3']);
    expect(sorted('name')[0]).toBe('res-staff-1');
    // Equal creation times fall back to id, reversed too.
    expect(sorted('createdAt', 'desc')).toEqual(['res-staff-3', 'res-staff-2', 'res-staff-1', 'res-past', 'res-lukupiiri', 'res-konsertti']);
    expect(ids({}, ADMIN, { sort: { column: 'unit', direction: 'asc' } })[0]).toBe('res-kallio');
    const page = list({}, HANDLER_TOOLO, { offset: 2, limit: 3 });
    expect(page.total).toBe(7);
    expect(page.rows.map((r) => r.id)).toEqual(['res-cancelled', 'res-staff-2', 'res-lukupiiri']);
  });

  it('shapes each row for the grid: names in three languages, the reservee with the organisation first', () => {
    const row = list({ text: 'lukupiiri' }).rows.find((r) => r.id === 'res-lukupiiri')!;
    expect(row).toMatchObject({
      state: 'REQUIRES_HANDLING',
      unitName: { fi: 'Töölön kirjasto' },
      reservationUnitName: { fi: 'Kokoushuone', en: 'Kokoushuone (en)' },
      reserveeName: 'Töölön lukupiiri ry, Aili Mäkinen',
      beginsAt: at('2026-12-10T17:00'),
      pending: false,
    });
  });
});

describe('bookings.getReservation', () => {
  it('offers a handler the actions the state allows; a viewer none; a reserver only on their own bookings', () => {
    expect(value('bookings.getReservation', { id: R.lukupiiri.id }).allowedActions).toEqual(['approve', 'deny']);
    expect(value('bookings.getReservation', { id: R.lukupiiri.id }, VIEWER).allowedActions).toEqual([]);
    expect(value('bookings.getReservation', { id: R.lukupiiri.id }, RESERVER).allowedActions).toEqual([]);
    expect(value('bookings.getReservation', { id: R.staff2.id }, RESERVER).allowedActions).toEqual(['deny', 'returnToHandling', 'cancel', 'editTime']);
  });

  it('holds the series, the names and the active deny reasons; another unit\'s booking does not exist for the user', () => {
    const d = value('bookings.getReservation', { id: R.staff1.id });
    expect(d.series?.id).toBe('series-1');
    expect(d.unitName.fi).toBe('Töölön kirjasto');
    expect(d.denyReasons.map((r) => r.id)).toEqual(['deny-overlap']);
    expect(errorCode(call('bookings.getReservation', { id: R.kallio.id }))).toBe('not_found');
    expect(value('bookings.getReservation', { id: R.kallio.id }, VIEWER).reservation.id).toBe(R.kallio.id);
  });
});

describe('bookings calendars', () => {
  it('draws a unit\'s day: one row per reservation unit, its own opening hours else the unit\'s, blocking bookings with buffers', () => {
    const day = value('bookings.dayCalendar', { unitId: TOOLO, date: '2026-12-10' });
    expect(day.rows.map((r) => [r.reservationUnit.id, r.opening])).toEqual([
      ['ru-kokous', [{ begin: '10:00', end: '16:00' }]],
      ['ru-sali', [{ begin: '08:00', end: '20:00' }]],
      ['ru-sali-a', [{ begin: '08:00', end: '20:00' }]],
    ]);
    expect(day.rows[0]!.blocks.map((b) => [b.reservationId, b.label, b.bufferBeforeMin, b.bufferAfterMin, b.relation])).toEqual([
      ['res-staff-2', 'Henkilökunnan kokous', 15, 15, 'self'],
      ['res-lukupiiri', 'Lukupiiri', 15, 15, 'self'],
    ]);
    // Cancelled bookings hold no time.
    expect(day.rows[1]!.blocks).toEqual([]);
    expect(value('bookings.dayCalendar', { unitId: TOOLO, date: '2026-12-24' }).rows[1]!.opening).toEqual([]);
    expect(errorCode(call('bookings.dayCalendar', { unitId: KALLIO, date: '2026-12-12' }))).toBe('forbidden');
    expect(errorCode(call('bookings.dayCalendar', { unitId: 'unit-none', date: '2026-12-12' }))).toBe('not_found');
  });

  it('draws a reservation unit\'s week Monday to Sunday with the related units\' bookings and their relation', () => {
    const week = value('bookings.weekCalendar', { reservationUnitId: RU.saliA.id, weekOf: '2026-12-10' });
    expect(week.days.map((d) => d.date)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    expect(week.days[4]!.blocks.map((b) => [b.reservationId, b.relation, b.reservationUnitId])).toEqual([['res-konsertti', 'space', 'ru-sali']]);
    expect(week.days[6]!.opening).toEqual([]);
    expect(week.days.flatMap((d) => d.blocks).map((b) => b.reservationId)).toEqual(['res-konsertti']);
  });
});

describe('bookings.checkSlot and previewSeries', () => {
  it('names each booking in the way and why: its own time on a related unit, or its buffer', () => {
    const slot = (reservationUnitId: string, from: string, to: string) =>
      value('bookings.checkSlot', { reservationUnitId, beginsAt: at(from), endsAt: at(to), type: 'STAFF', bufferBeforeMin: null, bufferAfterMin: null });
    const onHall = slot(RU.saliA.id, '2026-12-11T11:00', '2026-12-11T12:00');
    expect(onHall.free).toBe(false);
    expect(onHall.blockers.map((b) => [b.reservationId, b.relation, b.cause, b.label, b.reservationUnitName.fi])).toEqual([['res-konsertti', 'space', { kind: 'time' }, 'Kuorokonsertti', 'Sali']]);
    const afterRequest = slot(RU.kokous.id, '2026-12-10T19:00', '2026-12-10T20:00');
    expect(afterRequest.blockers.map((b) => [b.reservationId, b.cause])).toEqual([
      ['res-lukupiiri', { kind: 'buffer', whose: 'existing', side: 'after', minutes: 15, wholeDay: false }],
    ]);
    expect(slot(RU.kokous.id, '2026-12-10T19:30', '2026-12-10T20:00')).toEqual({ free: true, blockers: [] });
    expect(errorCode(call('bookings.checkSlot', { reservationUnitId: RU.kokous.id, beginsAt: at('2026-12-10T20:00'), endsAt: at('2026-12-10T19:00'), type: 'STAFF', bufferBeforeMin: null, bufferAfterMin: null }))).toBe(
      'reservation_ends_before_begins',
    );
  });

  it('previews every date of a series: conflicts with their blockers, dates outside opening hours, the rest free', () => {
    const preview = value('bookings.previewSeries', {
      reservationUnitId: RU.kokous.id,
      type: 'STAFF',
      beginDate: '2026-12-03',
      endDate: '2026-12-31',
      beginTime: '17:30',
      endTime: '18:30',
      recurrenceInDays: 7,
      weekdays: ['THURSDAY'],
      bufferBeforeMin: null,
      bufferAfterMin: null,
    });
    expect(preview.map((o) => [o.date, o.status, o.blockers.map((b) => b.reservationId)])).toEqual([
      ['2026-12-03', 'ok', []],
      ['2026-12-10', 'conflict', ['res-lukupiiri']],
      ['2026-12-17', 'ok', []],
      ['2026-12-24', 'outside_opening_hours', []],
      ['2026-12-31', 'ok', []],
    ]);
    const bad = call('bookings.previewSeries', { reservationUnitId: RU.kokous.id, type: 'STAFF', beginDate: '2026-12-03', endDate: '2026-12-04', beginTime: '17:30', endTime: '18:30', recurrenceInDays: 7, weekdays: ['MONDAY'], bufferBeforeMin: null, bufferAfterMin: null });
    expect(errorCode(bad)).toBe('series_pattern_invalid');
  });
});
