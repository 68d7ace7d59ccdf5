import { describe, expect, it } from 'vitest';
import { Appointment } from './entities.ts';
import { appointment, v } from './fixtures.test-support.ts';
import { dueReminders, reminderDueAt } from './reminders.ts';

const contact = { email: 'a@example.fi', phone: null };
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('when an appointment is reminded', () => {
  // The fixture starts 2027-03-02 12:30 Helsinki (UTC+2).
  it('the day before at 16:00 Helsinki, for an appointment booked before then', () => {
    expect(iso(reminderDueAt(appointment({ bookedAt: '2027-02-20T09:00:00.000Z' })))).toBe('2027-03-01T14:00:00.000Z');
    expect(iso(reminderDueAt(appointment({ bookedAt: '2027-03-01T13:59:59.999Z' })))).toBe('2027-03-01T14:00:00.000Z');
  });

  it('on the day at 08:00 for one booked late (the evening before, the night), if still an hour ahead', () => {
    expect(iso(reminderDueAt(appointment({ bookedAt: '2027-03-01T14:00:00.000Z' })))).toBe('2027-03-02T06:00:00.000Z');
    expect(iso(reminderDueAt(appointment({ bookedAt: '2027-03-02T05:59:00.000Z' })))).toBe('2027-03-02T06:00:00.000Z');
    // 08:45 Helsinki: 08:00 is not an hour before it.
    expect(reminderDueAt(appointment({ bookedAt: '2027-03-01T19:00:00.000Z', startsAt: '2027-03-02T06:45:00.000Z', endsAt: '2027-03-02T07:15:00.000Z' }))).toBeNull();
  });

  it('never for one booked on the day itself: its confirmation has just gone', () => {
    expect(reminderDueAt(appointment({ bookedAt: '2027-03-02T06:00:00.000Z' }))).toBeNull();
  });

  it('follows Helsinki summer time: 16:00 on the day before the change is 14:00 UTC, after it 13:00', () => {
    // Summer time starts 2027-03-28 at 03:00.
    expect(iso(reminderDueAt(appointment({ bookedAt: '2027-03-01T00:00:00.000Z', startsAt: '2027-03-28T09:00:00.000Z', endsAt: '2027-03-28T09:30:00.000Z' })))).toBe('2027-03-27T14:00:00.000Z');
    expect(iso(reminderDueAt(appointment({ bookedAt: '2027-03-01T00:00:00.000Z', startsAt: '2027-03-29T09:00:00.000Z', endsAt: '2027-03-29T09:30:00.000Z' })))).toBe('2027-03-28T13:00:00.000Z');
  });
});

describe('due reminders as the clock moves', () => {
  const booked = v(appointment({ contact, bookedAt: '2027-02-20T09:00:00.000Z' }), 2);
  const late = v(appointment({ id: 'ap-late', contact, bookedAt: '2027-03-01T18:00:00.000Z' }));
  const noContact = v(appointment({ id: 'ap-2', bookedAt: '2027-02-20T09:00:00.000Z' }));
  const cancelled = v(appointment({ id: 'ap-3', contact, status: 'cancelled', bookedAt: '2027-02-20T09:00:00.000Z', closedAt: '2027-03-01T08:00:00.000Z' }));
  const all = [booked, late, noContact, cancelled];
  const ids = (now: string) => dueReminders(all, now).map((a) => a.record.id);

  it('sends nothing before the hour, the day-before ones at it, the late booking the next morning, none after the start', () => {
    expect(ids('2027-03-01T13:59:00.000Z')).toEqual([]);
    expect(ids('2027-03-01T14:00:00.000Z')).toEqual(['ap-1']);
    expect(ids('2027-03-02T06:00:00.000Z')).toEqual(['ap-1', 'ap-late']);
    // An hour before the start is the last moment (a central down all morning sends none later).
    expect(ids('2027-03-02T09:30:00.000Z')).toEqual(['ap-1', 'ap-late']);
    expect(ids('2027-03-02T09:30:00.001Z')).toEqual([]);
  });

  it('marks each reminded with when, so the next run finds nothing', () => {
    const out = dueReminders(all, '2027-03-01T14:05:00.000Z');
    expect(out).toEqual([{ record: { ...booked.record, status: 'reminded', remindedAt: '2027-03-01T14:05:00.000Z' }, version: 3 }]);
    expect(Appointment.safeParse(out[0]?.record).success).toBe(true);
    expect(dueReminders(out, '2027-03-02T06:00:00.000Z')).toEqual([]);
  });
});
