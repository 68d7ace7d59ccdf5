import { describe, expect, it } from 'vitest';
import { ASSIST_COMMANDS, OpenHelperHoursPayload } from './commands.ts';
import { assistPermission } from './decide.ts';
import { decideCloseHelperHours, decideOpenHelperHours, type OpenHoursState } from './decide-hours.ts';
import { HelperCalendar } from './entities.ts';
import { appointment, calendar, ctx, point, v } from './fixtures.test-support.ts';

const ID = (n: number) => `7d3f6c2a-1b4e-4f8a-9c0d-00000000010${n}`;
/** Tuesdays 2 and 9 March 2027, 10–12 in 30-minute slots, opened by helper-1 (the fixtures' actor) on Monday 1 March at 12:00. */
const open = (o: object = {}) =>
  OpenHelperHoursPayload.parse({
    servicePointId: 'sp-oodi',
    startTime: '10:00',
    endTime: '12:00',
    slotLengthMin: 30,
    days: [
      { calendarId: ID(1), date: '2027-03-02' },
      { calendarId: ID(2), date: '2027-03-09' },
    ],
    ...o,
  });
const state = (o: Partial<OpenHoursState> = {}): OpenHoursState => ({ servicePoint: point(), sameDays: [], ...o });
const mine = (o: Partial<HelperCalendar> = {}) => calendar({ id: 'cal-mine', helperId: 'helper-1', ...o });

describe('opening help hours', () => {
  it("writes one calendar a day in the helper's name at the service point", () => {
    const d = decideOpenHelperHours(state(), open(), ctx());
    expect(d).toMatchObject({
      ok: true,
      puts: [
        { entity: 'as_helper_calendar', version: 1, record: { id: ID(1), servicePointId: 'sp-oodi', helperId: 'helper-1', date: '2027-03-02', startTime: '10:00', endTime: '12:00', slotLengthMin: 30, closedAt: null } },
        { entity: 'as_helper_calendar', version: 1, record: { id: ID(2), date: '2027-03-09' } },
      ],
    });
    for (const put of d.ok ? d.puts : []) expect(HelperCalendar.safeParse(put.record).success).toBe(true);
  });

  it("refuses hours that meet the helper's own on a day, at this point or another, and lets others' and closed ones be", () => {
    expect(decideOpenHelperHours(state({ sameDays: [mine({ date: '2027-03-09', servicePointId: 'sp-kallio', startTime: '11:30', endTime: '13:00' })] }), open(), ctx())).toMatchObject({ ok: false, status: 'conflict', code: 'as_hours_overlap' });
    expect(decideOpenHelperHours(state({ sameDays: [mine({ date: '2027-03-09', startTime: '12:00', endTime: '13:00' })] }), open(), ctx())).toMatchObject({ ok: true });
    expect(decideOpenHelperHours(state({ sameDays: [calendar({ date: '2027-03-02', helperId: 'helper-2' })] }), open({ startTime: '12:00', endTime: '14:00' }), ctx())).toMatchObject({ ok: true });
    expect(decideOpenHelperHours(state({ sameDays: [mine({ date: '2027-03-02', closedAt: '2027-03-01T08:00:00.000Z' })] }), open({ startTime: '12:00', endTime: '14:00' }), ctx())).toMatchObject({ ok: true });
  });

  it('refuses hours beginning in the past, hours without a whole slot, an unknown or inactive point and an id in use', () => {
    expect(decideOpenHelperHours(state(), open({ days: [{ calendarId: ID(1), date: '2027-03-01' }] }), ctx())).toMatchObject({ ok: false, code: 'as_hours_past' });
    expect(decideOpenHelperHours(state(), open({ days: [{ calendarId: ID(1), date: '2027-03-01' }], startTime: '13:00', endTime: '14:00' }), ctx())).toMatchObject({ ok: true });
    expect(decideOpenHelperHours(state(), open({ endTime: '10:40', slotLengthMin: 45 }), ctx())).toMatchObject({ ok: false, code: 'as_hours_too_short' });
    expect(decideOpenHelperHours(state({ servicePoint: null }), open(), ctx())).toMatchObject({ ok: false, code: 'not_found' });
    expect(decideOpenHelperHours(state({ servicePoint: point({ active: false }) }), open(), ctx())).toMatchObject({ ok: false, code: 'as_service_point_inactive' });
    expect(decideOpenHelperHours(state({ sameDays: [calendar({ id: ID(2), date: '2027-05-05' })] }), open(), ctx())).toMatchObject({ ok: false, code: 'bad_request' });
  });

  it('takes 1 to 12 days, each once, in slots of 30, 45 or 60 minutes', () => {
    const days = (n: number) => Array.from({ length: n }, (_, i) => ({ calendarId: `7d3f6c2a-1b4e-4f8a-9c0d-0000000002${String(i).padStart(2, '0')}`, date: `2027-04-${String(i + 1).padStart(2, '0')}` }));
    expect(OpenHelperHoursPayload.safeParse({ ...open(), days: days(12) }).success).toBe(true);
    expect(OpenHelperHoursPayload.safeParse({ ...open(), days: days(13) }).success).toBe(false);
    expect(OpenHelperHoursPayload.safeParse({ ...open(), days: [] }).success).toBe(false);
    expect(OpenHelperHoursPayload.safeParse({ ...open(), days: [days(1)[0], { ...days(2)[1], date: '2027-04-01' }] }).success).toBe(false);
    expect(OpenHelperHoursPayload.safeParse({ ...open(), slotLengthMin: 20 }).success).toBe(false);
  });
});

describe('closing help hours', () => {
  const close = { calendarId: 'cal-1' };

  it('closes hours still to come with no booking in them, keeping the row', () => {
    const d = decideCloseHelperHours({ calendar: v(calendar(), 3), appointments: [appointment({ status: 'cancelled' })] }, close, ctx({ baseVersion: 3 }));
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'as_helper_calendar', version: 4, record: { id: 'cal-1', closedAt: '2027-03-01T10:00:00.000Z' } }] });
  });

  it('refuses hours holding a booking, hours begun, hours closed, a stale version and unknown hours', () => {
    expect(decideCloseHelperHours({ calendar: v(calendar()), appointments: [appointment({ status: 'reminded' })] }, close, ctx())).toMatchObject({ ok: false, status: 'conflict', code: 'as_hours_booked' });
    expect(decideCloseHelperHours({ calendar: v(calendar()), appointments: [] }, close, ctx({ now: '2027-03-02T10:00:00.000Z' }))).toMatchObject({ ok: false, code: 'as_hours_started' });
    expect(decideCloseHelperHours({ calendar: v(calendar({ closedAt: '2027-03-01T08:00:00.000Z' })), appointments: [] }, close, ctx())).toMatchObject({ ok: false, code: 'as_hours_closed' });
    expect(decideCloseHelperHours({ calendar: v(calendar(), 2), appointments: [] }, close, ctx({ baseVersion: 1 }))).toMatchObject({ ok: false, status: 'conflict', code: 'stale_version' });
    expect(decideCloseHelperHours({ calendar: null, appointments: [] }, close, ctx())).toMatchObject({ ok: false, code: 'not_found' });
  });

  it("needs a supervisor for another helper's hours", () => {
    expect(ASSIST_COMMANDS['assist.closeHelperHours'].permission).toBe('assist.staff');
    expect(assistPermission('assist.closeHelperHours', { calendar: v(calendar({ helperId: 'helper-1' })) }, 'helper-1')).toBe('assist.staff');
    expect(assistPermission('assist.closeHelperHours', { calendar: v(calendar({ helperId: 'helper-2' })) }, 'helper-1')).toBe('assist.supervisor');
    expect(assistPermission('assist.closeHelperHours', { calendar: null }, 'helper-1')).toBe('assist.staff');
    expect(assistPermission('assist.openHelperHours', null, 'helper-1')).toBe('assist.staff');
  });
});
