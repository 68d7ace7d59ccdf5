import { describe, expect, it } from 'vitest';
import type { CalendarView } from '../../../../domain/assist/contract.ts';
import { appointmentLanes, gridStep, slotForSelection } from './appointment-lanes.ts';

// 2026-12-07 is a winter day: Helsinki is UTC+2, so 10.00 is 08:00Z.
const calendar: CalendarView = {
  calendar: { id: 'c1', servicePointId: 'sp-oodi', helperId: 'hilkka', date: '2026-12-07', startTime: '10:00', endTime: '11:00', slotLengthMin: 30 },
  mine: true,
  freeSlots: 1,
  slots: [
    { startsAt: '2026-12-07T08:00:00.000Z', endsAt: '2026-12-07T08:30:00.000Z', appointment: null },
    {
      startsAt: '2026-12-07T08:30:00.000Z',
      endsAt: '2026-12-07T09:00:00.000Z',
      appointment: {
        pending: true,
        appointment: {
          id: 'a1',
          servicePointId: 'sp-oodi',
          calendarId: 'c1',
          startsAt: '2026-12-07T08:30:00.000Z',
          endsAt: '2026-12-07T09:00:00.000Z',
          intake: { topic: 'email_account', ownDevice: true, language: 'fi', accessibilityNeeds: null },
          contact: null,
          bookedVia: 'desk',
          status: 'no_show',
          bookedAt: '2026-12-01T08:00:00.000Z',
          remindedAt: null,
          closedAt: null,
          cancelReason: null,
          followUpOfSessionId: null,
        },
      },
    },
  ],
};

describe('the helper calendar lanes', () => {
  it('open the helper hours in Helsinki time and draw each held slot', () => {
    const [lane] = appointmentLanes([calendar], () => 'Mon', () => ({ label: 'L', description: 'D' }));
    expect(lane?.open).toEqual([{ beginMin: 600, endMin: 660 }]);
    expect(lane?.items).toEqual([{ id: 'a1', beginMin: 630, endMin: 660, bufferBeforeMin: 0, bufferAfterMin: 0, tone: 'inactive', label: 'L', description: 'D', marker: null, pending: true }]);
  });

  it('books the free slot a selection starts in, and nothing on a held one', () => {
    expect(slotForSelection([calendar], { laneId: 'c1', date: '2026-12-07', beginMin: 615, endMin: 630 })?.slot.startsAt).toBe('2026-12-07T08:00:00.000Z');
    expect(slotForSelection([calendar], { laneId: 'c1', date: '2026-12-07', beginMin: 630, endMin: 645 })).toBeNull();
    expect(slotForSelection([calendar], { laneId: 'nope', date: '2026-12-07', beginMin: 600, endMin: 615 })).toBeNull();
  });

  it('steps the grid by the largest length every slot fits', () => {
    expect(gridStep([30, 60, 30])).toBe(30);
    expect(gridStep([45, 60])).toBe(15);
    expect(gridStep([])).toBe(30);
  });
});
