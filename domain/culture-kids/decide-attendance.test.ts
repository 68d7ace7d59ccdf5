import { describe, expect, it } from 'vitest';
import { decideMarkAttendance, decideMarkAttendanceBulk, type AttendanceState } from './decide-attendance.ts';
import { ctx, enrolment, event, occurrence, other, v } from './fixtures.test-support.ts';

const DOOR = '2027-03-10T09:45:00.000Z';
const state = (o: Partial<AttendanceState> = {}): AttendanceState => ({ event: event(), occurrence: occurrence(), enrolments: [v(enrolment(), 2), v(other(1)), v(other(2, { status: 'cancelled', cancelKind: 'family' }))], ...o });

describe('marking attendance', () => {
  it('marks one child arrived, with who and when, and clears the mark again', () => {
    const d = decideMarkAttendance(state(), { enrolmentId: 'enr-1', attendance: 'attended' }, ctx({ now: DOOR }));
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'ck_enrolment', version: 3, record: { status: 'attended', attendanceMarkedAt: DOOR, attendanceMarkedBy: 'staff-1' } }] });
    const cleared = decideMarkAttendance(state({ enrolments: [v(enrolment({ status: 'attended', attendanceMarkedAt: DOOR, attendanceMarkedBy: 'x' }), 3)] }), { enrolmentId: 'enr-1', attendance: null }, ctx({ now: DOOR }));
    expect(cleared).toMatchObject({ ok: true, puts: [{ version: 4, record: { status: 'enrolled', attendanceMarkedAt: null, attendanceMarkedBy: null } }] });
  });

  it('writes nothing when the mark is already so (two scanners at one door)', () => {
    expect(decideMarkAttendance(state({ enrolments: [v(enrolment({ status: 'attended' }))] }), { enrolmentId: 'enr-1', attendance: 'attended' }, ctx({ now: DOOR }))).toMatchObject({ ok: true, puts: [] });
  });

  it('marks a list all or nothing, naming the enrolment that cannot be marked', () => {
    const all = decideMarkAttendanceBulk(state(), { occurrenceId: 'occ-1', marks: [{ enrolmentId: 'enr-1', attendance: 'attended' }, { enrolmentId: 'enr-o1', attendance: 'no_show' }] }, ctx({ now: DOOR }));
    expect(all).toMatchObject({ ok: true, puts: [{ record: { id: 'enr-1', status: 'attended' } }, { record: { id: 'enr-o1', status: 'no_show' } }] });
    const withCancelled = decideMarkAttendanceBulk(state(), { occurrenceId: 'occ-1', marks: [{ enrolmentId: 'enr-1', attendance: 'attended' }, { enrolmentId: 'enr-o2', attendance: 'attended' }] }, ctx({ now: DOOR }));
    expect(withCancelled).toMatchObject({ ok: false, code: 'ck_enrolment_not_active' });
    expect(decideMarkAttendanceBulk(state(), { occurrenceId: 'occ-1', marks: [{ enrolmentId: 'enr-x', attendance: 'attended' }] }, ctx({ now: DOOR }))).toMatchObject({ code: 'not_found' });
  });

  it('opens an hour before the start', () => {
    expect(decideMarkAttendance(state(), { enrolmentId: 'enr-1', attendance: 'attended' }, ctx({ now: '2027-03-10T08:59:00.000Z' }))).toMatchObject({ code: 'ck_attendance_not_open' });
  });
});
