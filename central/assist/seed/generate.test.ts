import { describe, expect, it } from 'vitest';
import { ASSIST_ENTITIES } from '../../../domain/assist/entities.ts';
import { personalDataIn } from '../../../domain/assist/personal-data.ts';
import { holdsSlot, slotAt } from '../../../domain/assist/slots.ts';
import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import { generateAssistDemo } from './seed-assist.ts';

const NOW = new Date('2027-03-10T09:30:00.000Z');

describe('the Assistance demo data', () => {
  const demo = generateAssistDemo(NOW, 7);

  it('is the same for the same seed and day', () => {
    expect(generateAssistDemo(NOW, 7)).toEqual(demo);
  });

  it('holds only rows the domain schemas accept', () => {
    const sets = [
      ['as_service_point', demo.servicePoints],
      ['as_helper_calendar', demo.calendars],
      ['as_appointment', demo.appointments],
      ['as_queue_ticket', demo.tickets],
      ['as_help_session', demo.sessions],
    ] as const;
    for (const [entity, rows] of sets) {
      for (const row of rows) {
        const parsed = ASSIST_ENTITIES[entity].schema.safeParse(row);
        expect(parsed.success, `${entity} ${row.id}: ${parsed.error?.message}`).toBe(true);
      }
    }
  });

  it('gives the dashboards a few hundred varied sessions over recent weeks, none in the future', () => {
    const s = demo.sessions;
    expect(s.length).toBeGreaterThanOrEqual(300);
    for (const key of ['servicePointId', 'channel', 'serviceLanguage', 'outcome', 'referral'] as const) expect(new Set(s.map((x) => x[key])).size, key).toBeGreaterThan(3);
    expect(new Set(s.flatMap((x) => x.topics)).size).toBeGreaterThan(8);
    expect(s.every((x) => Date.parse(x.loggedAt) <= NOW.getTime())).toBe(true);
    expect(new Set(s.map((x) => helsinkiDateOf(Date.parse(x.occurredAt)))).size).toBeGreaterThan(20);
    for (const x of s) if (x.note !== null) expect(personalDataIn(x.note), x.note).toEqual([]);
    expect(s.some((x) => x.note !== null && Date.parse(x.noteExpiresAt!) > NOW.getTime())).toBe(true);
  });

  it('numbers tickets once per service point and day, and leaves a queue waiting today', () => {
    const keys = demo.tickets.map((t) => `${t.servicePointId}:${t.serviceDate}:${t.number}`);
    expect(new Set(keys).size).toBe(keys.length);
    const waiting = demo.tickets.filter((t) => t.status === 'waiting');
    expect(waiting.length).toBeGreaterThan(3);
    expect(waiting.every((t) => t.serviceDate === '2027-03-10')).toBe(true);
    const ids = new Set(demo.tickets.map((t) => t.id));
    expect(demo.sessions.filter((x) => x.ticketId !== null).every((x) => ids.has(x.ticketId!))).toBe(true);
  });

  it('books appointments in real slots of the calendars, one per slot, some still coming', () => {
    const calendars = new Map(demo.calendars.map((c) => [c.id, c]));
    const held = demo.appointments.filter(holdsSlot).map((a) => `${a.calendarId}:${a.startsAt}`);
    expect(new Set(held).size).toBe(held.length);
    for (const a of demo.appointments) expect(slotAt(calendars.get(a.calendarId)!, a.startsAt), a.id).toBeDefined();
    expect(demo.appointments.filter((a) => a.status === 'booked' && Date.parse(a.startsAt) > NOW.getTime()).length).toBeGreaterThan(5);
    expect(new Set(demo.calendars.map((c) => c.servicePointId)).size).toBe(4);
    expect(demo.calendars.some((c) => c.date > '2027-03-24')).toBe(true);
  });
});
