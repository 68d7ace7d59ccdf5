import { describe, expect, it } from 'vitest';
import { formOf, scheduleOf } from './schedule-form.ts';
import { scheduleSummary } from './schedule-summary.ts';

describe('the kiosk schedule editor', () => {
  it('gives back the schedule it was opened with, in every language', () => {
    const schedule = { weekly: { '1': { opens: '09:00', closes: '20:00' }, '6': { opens: '10:00', closes: '16:00' } }, exceptions: { '2026-12-24': null, '2026-12-31': { opens: '10:00', closes: '14:00' } } };
    for (const lang of ['fi', 'sv', 'en']) {
      const parsed = scheduleOf(formOf(schedule, lang));
      expect(parsed.success && parsed.data).toEqual(schedule);
    }
  });

  it('shows the times as the language writes them', () => {
    const schedule = { weekly: { '1': { opens: '09:00', closes: '20:00' } }, exceptions: {} };
    expect([formOf(schedule, 'fi').weekly['1'], formOf(schedule, 'en').weekly['1']]).toEqual([
      { open: true, opens: '09.00', closes: '20.00' },
      { open: true, opens: '09:00', closes: '20:00' },
    ]);
    // A closed day's fields hold a suggestion in the same form.
    expect(formOf(schedule, 'sv').weekly['2']).toEqual({ open: false, opens: '09.00', closes: '20.00' });
  });

  it('takes the Finnish clock notation and whole hours, and refuses a closing before the opening or a time it cannot read', () => {
    const form = formOf({ weekly: {}, exceptions: {} }, 'fi');
    form.weekly['2'] = { open: true, opens: '8.30', closes: '16.00' };
    const ok = scheduleOf(form);
    expect(ok.success && ok.data.weekly['2']).toEqual({ opens: '08:30', closes: '16:00' });
    form.weekly['4'] = { open: true, opens: ' 9 ', closes: '21' };
    const whole = scheduleOf(form);
    expect(whole.success && whole.data.weekly['4']).toEqual({ opens: '09:00', closes: '21:00' });
    form.weekly['3'] = { open: true, opens: '17:00', closes: '09:00' };
    expect(scheduleOf(form).success).toBe(false);
    form.weekly['3'] = { open: true, opens: '9.75', closes: 'noon' };
    expect(scheduleOf(form).success).toBe(false);
  });

  it('sums a week up with days run together and the times as the language writes them', () => {
    const t = (key: string) => ({ 'kiosk.weekdays.1': 'ma', 'kiosk.weekdays.5': 'pe', 'kiosk.weekdays.6': 'la' })[key] ?? key;
    const span = { opens: '09:00', closes: '20:00' };
    const schedule = { weekly: { '1': span, '2': span, '3': span, '4': span, '5': span, '6': { opens: '10:00', closes: '16:00' } }, exceptions: {} };
    expect(scheduleSummary(schedule, t, 'fi')).toBe('ma–pe 09.00–20.00, la 10.00–16.00');
    expect(scheduleSummary(schedule, t, 'en')).toBe('ma–pe 09:00–20:00, la 10:00–16:00');
  });
});
