import { describe, expect, it } from 'vitest';
import { formOf, scheduleOf } from './schedule-form.ts';

describe('the kiosk schedule editor', () => {
  it('gives back the schedule it was opened with', () => {
    const schedule = { weekly: { '1': { opens: '09:00', closes: '20:00' }, '6': { opens: '10:00', closes: '16:00' } }, exceptions: { '2026-12-24': null, '2026-12-31': { opens: '10:00', closes: '14:00' } } };
    const parsed = scheduleOf(formOf(schedule));
    expect(parsed.success && parsed.data).toEqual(schedule);
  });

  it('takes the Finnish clock notation and refuses a closing before the opening', () => {
    const form = formOf({ weekly: {}, exceptions: {} });
    form.weekly['2'] = { open: true, opens: '8.30', closes: '16.00' };
    const ok = scheduleOf(form);
    expect(ok.success && ok.data.weekly['2']).toEqual({ opens: '08:30', closes: '16:00' });
    form.weekly['3'] = { open: true, opens: '17:00', closes: '09:00' };
    expect(scheduleOf(form).success).toBe(false);
  });
});
