import { describe, expect, it } from 'vitest';
import { checkDueDate } from './due-date-check.ts';

const TODAY = '2026-12-01';

describe('the offer dialog’s due-date check', () => {
  it('takes a day in the language’s format or ISO inside the window', () => {
    expect(checkDueDate('15.12.2026', 'fi', TODAY, 2027)).toEqual({ iso: '2026-12-15', error: null });
    expect(checkDueDate('15.12.2026', 'sv', TODAY, 2027)).toEqual({ iso: '2026-12-15', error: null });
    expect(checkDueDate('15/12/2026', 'en', TODAY, 2027)).toEqual({ iso: '2026-12-15', error: null });
    expect(checkDueDate('2027-01-15', 'fi', TODAY, 2027)).toEqual({ iso: '2027-01-15', error: null });
  });

  it('refuses today and other days too soon, naming the earliest in the language’s format', () => {
    expect(checkDueDate('1.12.2026', 'fi', TODAY, 2027)).toEqual({ iso: null, error: { key: 'dueDate.tooSoon', params: { earliest: '8.12.2026', latest: '10.6.2027' } } });
    expect(checkDueDate('01/12/2026', 'en', TODAY, 2027)).toEqual({ iso: null, error: { key: 'dueDate.tooSoon', params: { earliest: '08/12/2026', latest: '10/06/2027' } } });
  });

  it('refuses a day after the season starts', () => {
    expect(checkDueDate('1.1.2099', 'fi', TODAY, 2027)).toMatchObject({ iso: null, error: { key: 'dueDate.tooLate' } });
    expect(checkDueDate('2099-01-01', 'sv', TODAY, 2027)).toMatchObject({ iso: null, error: { key: 'dueDate.tooLate' } });
  });

  it('says what is wrong with what was typed', () => {
    expect(checkDueDate('', 'fi', TODAY, 2027)).toEqual({ iso: null, error: { key: 'dueDate.missing' } });
    expect(checkDueDate('15.1', 'fi', TODAY, 2027)).toEqual({ iso: null, error: { key: 'dueDate.format' } });
    expect(checkDueDate('15.12.2026', 'en', TODAY, 2027)).toEqual({ iso: null, error: { key: 'dueDate.format' } });
    expect(checkDueDate('31.2.2027', 'fi', TODAY, 2027)).toEqual({ iso: null, error: { key: 'dueDate.noSuchDay' } });
    expect(checkDueDate('15.9.2027', 'fi', '2027-09-10', 2027)).toEqual({ iso: null, error: { key: 'dueDate.noWindow', params: { season: 2027 } } });
  });
});
