import { describe, expect, it } from 'vitest';
import { checkPostedOn, checkWinterDueDate } from './winter-dates.ts';
import { paidDay } from '../../../../../domain/berths/winter-stickers.ts';

const window = { earliest: '2026-09-22', latest: '2026-10-15' };

describe('a winter invoice due date as typed', () => {
  it('takes a day in the window in the language’s own format', () => {
    expect(checkWinterDueDate('1.10.2026', 'fi', window)).toEqual({ iso: '2026-10-01', error: null });
    expect(checkWinterDueDate('01/10/2026', 'en', window)).toEqual({ iso: '2026-10-01', error: null });
  });

  it('says what is wrong: missing, not a day, too soon, too late, or no window at all', () => {
    expect(checkWinterDueDate(' ', 'fi', window).error?.key).toBe('winter.lease.dueMissing');
    expect(checkWinterDueDate('31.9.2026', 'fi', window).error?.key).toBe('dueDate.noSuchDay');
    expect(checkWinterDueDate('2026/10/01', 'sv', window).error?.key).toBe('dueDate.format');
    expect(checkWinterDueDate('21.9.2026', 'fi', window).error).toEqual({ key: 'winter.lease.dueTooSoon', params: { earliest: '22.9.2026' } });
    expect(checkWinterDueDate('16.10.2026', 'fi', window).error).toEqual({ key: 'winter.lease.dueTooLate', params: { latest: '15.10.2026' } });
    expect(checkWinterDueDate('1.10.2026', 'fi', null).error?.key).toBe('winter.lease.noWindow');
  });
});

describe('the day a sticker letter was posted', () => {
  it('is from the payment day to today', () => {
    const paidOn = paidDay('2026-09-20T10:00:00.000Z');
    expect(paidOn).toBe('2026-09-20');
    expect(checkPostedOn('20.9.2026', 'fi', '2026-09-25', paidOn)).toEqual({ iso: '2026-09-20', error: null });
    expect(checkPostedOn('25.9.2026', 'sv', '2026-09-25', paidOn)).toEqual({ iso: '2026-09-25', error: null });
    expect(checkPostedOn('26.9.2026', 'fi', '2026-09-25', paidOn).error?.key).toBe('winter.sticker.postedFuture');
    expect(checkPostedOn('19.9.2026', 'fi', '2026-09-25', paidOn).error).toEqual({ key: 'winter.sticker.postedBeforePaid', params: { earliest: '20.9.2026' } });
    expect(checkPostedOn('', 'fi', '2026-09-25', paidOn).error?.key).toBe('winter.sticker.postedMissing');
  });

  it('takes the payment day in Helsinki: paid at 00:30 is that day, though UTC says the day before', () => {
    expect(paidDay('2026-09-19T21:30:00.000Z')).toBe('2026-09-20');
  });

  it('has no lower bound when the payment day is not known', () => {
    expect(paidDay(null)).toBeNull();
    expect(checkPostedOn('1.1.2026', 'fi', '2026-09-25', null)).toEqual({ iso: '2026-01-01', error: null });
  });
});
