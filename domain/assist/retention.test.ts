import { describe, expect, it } from 'vitest';
import { HelpSession } from './entities.ts';
import { CONTACT_RETENTION_DAYS, contactsEndedBy, expireContacts, expireNotes, noteExpiry } from './retention.ts';
import { appointment, NOW, session, v } from './fixtures.test-support.ts';
import { NOTE_RETENTION_DAYS } from './vocabulary.ts';

describe('note retention', () => {
  it('gives a note a short life from when it was written', () => {
    expect(NOTE_RETENTION_DAYS).toBeLessThanOrEqual(30);
    expect(noteExpiry('2027-03-01T09:12:00.000Z')).toBe('2027-03-15T09:12:00.000Z');
  });

  it('erases expired notes and keeps the session, with no way left to tell who the customer was', () => {
    const withNote = session({ note: 'Suomi.fi-tunnistus ei auennut', noteExpiresAt: '2027-03-15T09:12:00.000Z' });
    const fresh = session({ id: 's-2', note: 'tulostus', noteExpiresAt: '2027-03-20T00:00:00.000Z' });
    const expired = expireNotes([v(withNote, 3), v(fresh), v(session({ id: 's-3' }))], '2027-03-15T09:12:00.000Z');
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ version: 4, record: { id: 's-1', note: null, noteExpiresAt: null, topics: ['strong_auth'], outcome: 'resolved' } });
    expect(HelpSession.safeParse(expired[0]?.record).success).toBe(true);
  });

  it('has no field in a session that could name the customer', () => {
    expect(Object.keys(HelpSession.parse(session())).sort()).toEqual(
      ['ageBand', 'appointmentId', 'channel', 'durationBucket', 'endedAt', 'firstTimeUser', 'helperType', 'id', 'interpreted', 'loggedAt', 'loggedBy', 'note', 'noteExpiresAt', 'occurredAt', 'outcome', 'referral', 'serviceLanguage', 'servicePointId', 'startedAt', 'ticketId', 'topics'].sort(),
    );
  });
});

describe('contact retention of bookings', () => {
  const contact = { email: 'a@example.fi', phone: null };
  const ended = '2027-03-02T11:00:00.000Z';
  const after = new Date(Date.parse(ended) + CONTACT_RETENTION_DAYS * 86_400_000).toISOString();
  const justBefore = new Date(Date.parse(after) - 1).toISOString();

  it('erases a booking\'s contact 30 days after its end, whatever its status', () => {
    const done = v(appointment({ contact, status: 'done', closedAt: ended }));
    // No-shows are marked by hand: a forgotten booking keeps its status but not its contact.
    const forgotten = v(appointment({ id: 'ap-2', contact }), 2);
    const reminded = v(appointment({ id: 'ap-3', contact, status: 'reminded', remindedAt: NOW }));
    const cancelled = v(appointment({ id: 'ap-4', contact: { email: null, phone: '+358401234567' }, status: 'cancelled', closedAt: NOW }));
    expect(expireContacts([done, forgotten, reminded, cancelled], after)).toEqual([
      { record: { ...done.record, contact: null }, version: 2 },
      { record: { ...forgotten.record, contact: null }, version: 3 },
      { record: { ...reminded.record, contact: null }, version: 2 },
      { record: { ...cancelled.record, contact: null }, version: 2 },
    ]);
    expect(expireContacts([done, forgotten, reminded, cancelled], justBefore)).toEqual([]);
  });

  it('leaves a booking without a contact alone and gives the job its cutoff', () => {
    expect(expireContacts([v(appointment({ status: 'done', closedAt: ended }))], after)).toEqual([]);
    expect(contactsEndedBy(after)).toBe(ended);
  });
});
