import { describe, expect, it } from 'vitest';
import { planHours, type HoursDraft } from './hours-form.ts';

/** Monday 7 December 2026, 12:00 in Helsinki. */
const NOW = Date.parse('2026-12-07T10:00:00.000Z');
const draft = (o: Partial<HoursDraft> = {}): HoursDraft => ({ dateText: '8.12.2026', startText: '10.00', endText: '12.00', slotLengthMin: 30, weeks: 1, ...o });

describe('the help hours dialog', () => {
  it('opens the day, or the same weekday for the weeks chosen, with the times a day holds', () => {
    expect(planHours(draft(), 'fi', NOW)).toEqual({ ok: true, value: { dates: ['2026-12-08'], startTime: '10:00', endTime: '12:00', slotLengthMin: 30, slots: 4 } });
    expect(planHours(draft({ weeks: 3, slotLengthMin: 45 }), 'fi', NOW)).toMatchObject({ ok: true, value: { dates: ['2026-12-08', '2026-12-15', '2026-12-22'], slots: 2 } });
    expect(planHours(draft({ dateText: '08/12/2026', startText: '9:30', endText: '11' }), 'en', NOW)).toMatchObject({ ok: true, value: { startTime: '09:30', endTime: '11:00', slots: 3 } });
  });

  it('says which field is wrong, in the order the helper fills them', () => {
    expect(planHours(draft({ dateText: '8.13.2026' }), 'fi', NOW)).toEqual({ ok: false, problem: { field: 'date', key: 'dateInvalid' } });
    expect(planHours(draft({ dateText: '8.12.2026' }), 'en', NOW)).toEqual({ ok: false, problem: { field: 'date', key: 'dateInvalid' } });
    expect(planHours(draft({ dateText: '6.12.2026' }), 'fi', NOW)).toEqual({ ok: false, problem: { field: 'date', key: 'pastDay' } });
    expect(planHours(draft({ startText: 'kymmenen' }), 'fi', NOW)).toEqual({ ok: false, problem: { field: 'start', key: 'timeInvalid' } });
    expect(planHours(draft({ startText: '24.00', endText: '24.00' }), 'fi', NOW)).toEqual({ ok: false, problem: { field: 'start', key: 'timeInvalid' } });
    expect(planHours(draft({ endText: '25.00' }), 'fi', NOW)).toEqual({ ok: false, problem: { field: 'end', key: 'timeInvalid' } });
    expect(planHours(draft({ endText: '9.00' }), 'fi', NOW)).toEqual({ ok: false, problem: { field: 'end', key: 'endBeforeStart' } });
    expect(planHours(draft({ endText: '10.40', slotLengthMin: 45 }), 'fi', NOW)).toEqual({ ok: false, problem: { field: 'end', key: 'tooShort' } });
  });

  it('takes today only for hours still to come', () => {
    expect(planHours(draft({ dateText: '7.12.2026', startText: '11.00', endText: '13.00' }), 'fi', NOW)).toEqual({ ok: false, problem: { field: 'start', key: 'pastTime' } });
    expect(planHours(draft({ dateText: '7.12.2026', startText: '14.00', endText: '16.00' }), 'fi', NOW)).toMatchObject({ ok: true, value: { dates: ['2026-12-07'] } });
  });
});
