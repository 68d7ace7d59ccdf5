import { describe, expect, it } from 'vitest';
import { walkIn } from './assist-session.ts';
import { elapsedText, fieldsFrom, formProblems, minutesBetween, notePersonalData, sessionInput } from './session-form.ts';

const draft = { ...walkIn('2026-12-02T08:00:00.000Z'), endedAt: '2026-12-02T08:12:30.000Z', ticketId: 't1', topics: ['email_account' as const], language: 'sv' as const };

describe('the session form', () => {
  it('starts from what the timer or the ticket knew, in the ticket language', () => {
    const f = fieldsFrom(draft, 'fi');
    expect(f).toMatchObject({ channel: 'walk_in', topics: ['email_account'], serviceLanguage: 'sv', outcome: null, referral: 'none', note: '' });
    expect(fieldsFrom({ ...draft, language: null }, 'en').serviceLanguage).toBe('en');
  });

  it('needs a topic and an outcome, and refuses a note that looks like personal data', () => {
    const f = { ...fieldsFrom(draft, 'fi'), topics: [] };
    expect(formProblems(f)).toEqual(['topics', 'outcome']);
    expect(formProblems({ ...f, topics: ['other'], outcome: 'resolved', note: 'soita 040 123 4567' })).toEqual(['note_personal']);
    expect(notePersonalData('matti@example.com')).toEqual(['email']);
    expect(notePersonalData('Kela-asia 9.30, 12.12.2026')).toEqual([]);
  });

  it('makes the command input with the timer times, the ticket and a trimmed note (or none)', () => {
    const f = { ...fieldsFrom(draft, 'fi'), outcome: 'resolved' as const, note: '  ' };
    expect(sessionInput(f, draft, 'sp-oodi', 'volunteer')).toEqual({
      servicePointId: 'sp-oodi',
      channel: 'walk_in',
      helperType: 'volunteer',
      topics: ['email_account'],
      serviceLanguage: 'sv',
      interpreted: false,
      ageBand: null,
      firstTimeUser: null,
      outcome: 'resolved',
      referral: 'none',
      note: null,
      startedAt: '2026-12-02T08:00:00.000Z',
      endedAt: '2026-12-02T08:12:30.000Z',
      ticketId: 't1',
      appointmentId: null,
    });
    expect(sessionInput({ ...f, outcome: null }, draft, 'sp-oodi', 'staff')).toBeNull();
  });

  it('counts whole minutes and shows a running timer', () => {
    expect(minutesBetween(draft.startedAt, draft.endedAt)).toBe(12);
    expect(elapsedText(0, 65_000)).toBe('01:05');
    expect(elapsedText(0, 3_725_000)).toBe('1:02:05');
  });
});
