import { describe, expect, it } from 'vitest';
import { KioskEvent, KioskTerminal } from '../../domain/kiosk/entities.ts';
import { DEMO_TERMINALS, demoEvents, SERVICE_POINT_IDS } from './seed.ts';

describe('the kiosk demo data', () => {
  it('has valid terminals and a few trilingual events a day at every service point, around the day', () => {
    for (const t of DEMO_TERMINALS) expect(KioskTerminal.parse(t)).toEqual(t);
    const events = demoEvents('2027-03-01');
    for (const e of events) expect(KioskEvent.parse(e)).toEqual(e);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const sp of SERVICE_POINT_IDS) {
      const today = events.filter((e) => e.servicePointId === sp && e.startsAt.startsWith('2027-03-01'));
      expect(today.length).toBe(3);
      expect(new Set(today.map((e) => e.title.en)).size).toBe(3);
    }
    expect(demoEvents('2027-03-01')).toEqual(events);
  });
});
