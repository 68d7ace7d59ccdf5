import { describe, expect, it } from 'vitest';
import { Appointment, ASSIST_ENTITIES, HelperCalendar, HelpSession, QueueTicket, ServicePoint } from './entities.ts';
import { appointment, calendar, called, NOW, point, session, ticket } from './fixtures.test-support.ts';
import { ASSIST_SCOPES } from './vocabulary.ts';

describe('the Assistance records', () => {
  it('take the fixtures as valid', () => {
    for (const [schema, record] of [[ServicePoint, point()], [QueueTicket, ticket(1)], [QueueTicket, called(2)], [HelpSession, session()], [HelperCalendar, calendar()], [Appointment, appointment()]] as const) expect(schema.safeParse(record).success).toBe(true);
  });

  it('hold a ticket\'s state together', () => {
    expect(QueueTicket.safeParse(ticket(1, { status: 'transferred' })).success).toBe(false);
    expect(QueueTicket.safeParse(ticket(1, { status: 'called' })).success).toBe(false);
    expect(QueueTicket.safeParse(called(1, { status: 'in_service' })).success).toBe(false);
    expect(QueueTicket.safeParse(ticket(1, { number: 1000 })).success).toBe(false);
  });

  it('hold a session\'s times and note together, and take at least one topic, each once', () => {
    expect(HelpSession.safeParse(session({ endedAt: null })).success).toBe(false);
    expect(HelpSession.safeParse(session({ endedAt: '2027-03-01T08:00:00.000Z' })).success).toBe(false);
    expect(HelpSession.safeParse(session({ note: 'x' })).success).toBe(false);
    expect(HelpSession.safeParse(session({ note: 'x', noteExpiresAt: NOW })).success).toBe(true);
    expect(HelpSession.safeParse(session({ topics: [] })).success).toBe(false);
    expect(HelpSession.safeParse(session({ topics: ['other', 'other'] })).success).toBe(false);
    expect(HelpSession.safeParse({ ...session(), customerName: 'Matti' }).data).not.toHaveProperty('customerName');
  });

  it('take a service point with no booking unit named, or a few units in its building, each once', () => {
    const units = (unitIds: unknown) => ServicePoint.safeParse(point({ unitIds } as Partial<ServicePoint>));
    expect(ServicePoint.safeParse(point()).success).toBe(true);
    expect(units([]).success).toBe(true);
    expect(units(['unit-itakeskus', 'unit-stoa']).success).toBe(true);
    expect(units(['unit-stoa', 'unit-stoa']).error?.issues[0]?.message).toBe('A booking unit is named once.');
    expect(units(Array.from({ length: 9 }, (_, i) => `unit-${i}`)).error?.issues[0]?.message).toBe('A service point names at most 8 booking units in its building.');
    expect(units(['']).success).toBe(false);
    expect(units(null).success).toBe(false);
  });

  it('take calendars of the set slot lengths that hold a slot', () => {
    expect(HelperCalendar.safeParse(calendar({ slotLengthMin: 20 })).success).toBe(false);
    expect(HelperCalendar.safeParse(calendar({ startTime: '12:00', endTime: '12:20' })).success).toBe(false);
    expect(HelperCalendar.safeParse(calendar({ date: '2027-02-30' })).success).toBe(false);
  });

  it('keep a reminded appointment\'s time and an appointment\'s order', () => {
    expect(Appointment.safeParse(appointment({ status: 'reminded' })).success).toBe(false);
    expect(Appointment.safeParse(appointment({ endsAt: appointment().startsAt })).success).toBe(false);
  });

  it('put only service points and calendars in the public scope: nothing of a customer', () => {
    const publicOnes = Object.entries(ASSIST_ENTITIES).filter(([, e]) => e.scope === ASSIST_SCOPES.public).map(([name]) => name);
    expect(publicOnes.sort()).toEqual(['as_helper_calendar', 'as_service_point']);
  });
});
