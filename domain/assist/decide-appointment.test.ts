import { describe, expect, it } from 'vitest';
import { Appointment } from './entities.ts';
import { BookAppointmentPayload } from './commands.ts';
import { decideBookAppointment, decideCancelAppointment, decideMarkAppointmentNoShow, type BookState } from './decide-appointment.ts';
import { appointment, calendar, ctx, NOW, point, v } from './fixtures.test-support.ts';

const NEW_ID = '7d3f6c2a-1b4e-4f8a-9c0d-000000000009';
const book = (o: object = {}) =>
  BookAppointmentPayload.parse({ appointmentId: NEW_ID, calendarId: 'cal-1', startsAt: '2027-03-02T11:00:00.000Z', intake: { topic: 'email_account', ownDevice: false, language: 'en', accessibilityNeeds: 'pyörätuoli' }, contact: { email: 'asiakas@example.fi', phone: null }, bookedVia: 'kiosk', followUpOfSessionId: null, ...o });
const state = (o: Partial<BookState> = {}): BookState => ({ calendar: calendar(), servicePoint: point(), appointments: [appointment()], ...o });

describe('booking help time', () => {
  it('books a free slot of the helper\'s calendar with the intake, and asks the outbox for a reminder', () => {
    const d = decideBookAppointment(state(), book(), ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'as_appointment', record: { id: NEW_ID, startsAt: '2027-03-02T11:00:00.000Z', endsAt: '2027-03-02T11:30:00.000Z', status: 'booked', bookedVia: 'kiosk', intake: { topic: 'email_account' } } }], notices: [{ kind: 'appointment_booked', appointmentId: NEW_ID }] });
    expect(Appointment.safeParse(d.ok ? d.puts[0]?.record : null).success).toBe(true);
  });

  it('refuses a taken slot, a time no slot starts at, a begun slot and an inactive point', () => {
    expect(decideBookAppointment(state(), book({ startsAt: '2027-03-02T10:30:00.000Z' }), ctx())).toMatchObject({ ok: false, status: 'conflict', code: 'as_slot_taken' });
    expect(decideBookAppointment(state({ appointments: [appointment({ status: 'cancelled' })] }), book({ startsAt: '2027-03-02T10:30:00.000Z' }), ctx())).toMatchObject({ ok: true });
    expect(decideBookAppointment(state(), book({ startsAt: '2027-03-02T11:10:00.000Z' }), ctx())).toMatchObject({ code: 'as_slot_outside_calendar' });
    expect(decideBookAppointment(state(), book(), ctx({ now: '2027-03-02T11:00:00.000Z' }))).toMatchObject({ code: 'as_slot_past' });
    expect(decideBookAppointment(state({ servicePoint: point({ active: false }) }), book(), ctx())).toMatchObject({ code: 'as_service_point_inactive' });
    expect(decideBookAppointment(state({ calendar: calendar({ closedAt: '2027-03-01T08:00:00.000Z' }) }), book(), ctx())).toMatchObject({ ok: false, code: 'as_hours_closed' });
  });

  it('takes a contact only as an e-mail address or a phone number', () => {
    expect(BookAppointmentPayload.safeParse({ ...book(), contact: { email: null, phone: null } }).success).toBe(false);
    expect(BookAppointmentPayload.safeParse({ ...book(), contact: { email: 'ei osoite', phone: null } }).success).toBe(false);
    expect(BookAppointmentPayload.safeParse({ ...book(), contact: { email: null, phone: '+358 40 123 4567' } }).success).toBe(true);
  });
});

describe('cancelling and no-shows', () => {
  it('cancels a booked or reminded appointment, with the reason, freeing the slot', () => {
    const d = decideCancelAppointment({ appointment: v(appointment({ status: 'reminded', remindedAt: NOW }), 2) }, { appointmentId: 'ap-1', reason: 'asiakas soitti' }, ctx({ baseVersion: 2 }));
    expect(d).toMatchObject({ ok: true, puts: [{ version: 3, record: { status: 'cancelled', cancelReason: 'asiakas soitti', closedAt: NOW } }], notices: [{ kind: 'appointment_cancelled' }] });
  });

  it('refuses a closed appointment and a stale one', () => {
    expect(decideCancelAppointment({ appointment: v(appointment({ status: 'done', closedAt: NOW })) }, { appointmentId: 'ap-1', reason: null }, ctx())).toMatchObject({ code: 'as_appointment_not_active' });
    expect(decideCancelAppointment({ appointment: v(appointment(), 3) }, { appointmentId: 'ap-1', reason: null }, ctx({ baseVersion: 2 }))).toMatchObject({ status: 'conflict', code: 'stale_version' });
    expect(decideCancelAppointment({ appointment: null }, { appointmentId: 'ap-1', reason: null }, ctx())).toMatchObject({ code: 'not_found' });
  });

  it('marks a no-show once the time has come, not before', () => {
    expect(decideMarkAppointmentNoShow({ appointment: v(appointment()) }, { appointmentId: 'ap-1' }, ctx())).toMatchObject({ code: 'as_appointment_not_started' });
    expect(decideMarkAppointmentNoShow({ appointment: v(appointment()) }, { appointmentId: 'ap-1' }, ctx({ now: '2027-03-02T10:40:00.000Z' }))).toMatchObject({ ok: true, puts: [{ record: { status: 'no_show', closedAt: '2027-03-02T10:40:00.000Z' } }] });
    expect(decideMarkAppointmentNoShow({ appointment: v(appointment({ status: 'cancelled', closedAt: NOW })) }, { appointmentId: 'ap-1' }, ctx({ now: '2027-03-02T10:40:00.000Z' }))).toMatchObject({ code: 'as_appointment_not_active' });
  });
});
