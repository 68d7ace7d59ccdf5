import { describe, expect, it } from 'vitest';
import { Appointment } from './entities.ts';
import { appointment, v } from './fixtures.test-support.ts';
import { dueReminders } from './reminders.ts';

describe('appointment reminders', () => {
  const contact = { email: 'a@example.fi', phone: null };
  it('reminds a booked appointment of tomorrow with a contact, once', () => {
    // The fixture starts 2027-03-02 12:30 Helsinki.
    const due = v(appointment({ contact }), 2);
    const noContact = v(appointment({ id: 'ap-2' }));
    const cancelled = v(appointment({ id: 'ap-3', contact, status: 'cancelled', closedAt: '2027-03-01T08:00:00.000Z' }));
    const later = v(appointment({ id: 'ap-4', contact, startsAt: '2027-03-03T10:30:00.000Z', endsAt: '2027-03-03T11:00:00.000Z' }));
    const out = dueReminders([due, noContact, cancelled, later], '2027-03-01', '2027-03-01T06:00:00+02:00');
    expect(out).toEqual([{ record: { ...due.record, status: 'reminded', remindedAt: '2027-03-01T04:00:00.000Z' }, version: 3 }]);
    expect(Appointment.safeParse(out[0]?.record).success).toBe(true);
    expect(dueReminders(out, '2027-03-01', '2027-03-01T07:00:00.000Z')).toEqual([]);
  });

  it('takes tomorrow on the Helsinki calendar: 00:30 Helsinki is the previous day in UTC', () => {
    const early = v(appointment({ contact, startsAt: '2027-03-01T22:30:00.000Z', endsAt: '2027-03-01T23:00:00.000Z' }));
    expect(dueReminders([early], '2027-03-01', '2027-03-01T06:00:00.000Z')).toHaveLength(1);
    expect(dueReminders([early], '2027-03-02', '2027-03-02T06:00:00.000Z')).toHaveLength(0);
  });
});
