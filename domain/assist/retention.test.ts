import { describe, expect, it } from 'vitest';
import { HelpSession } from './entities.ts';
import { CONTACT_RETENTION_DAYS, expireContacts, expireNotes, noteExpiry } from './retention.ts';
import { appointment, session, v } from './fixtures.test-support.ts';
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
  it('erases a closed booking\'s contact 30 days after it, never an open one\'s', () => {
    const after = new Date(Date.parse('2027-03-02T11:00:00.000Z') + CONTACT_RETENTION_DAYS * 86_400_000).toISOString();
    const closed = v(appointment({ contact, status: 'done', closedAt: '2027-03-02T11:00:00.000Z' }));
    const open = v(appointment({ id: 'ap-2', contact }));
    expect(expireContacts([closed, open], after)).toEqual([{ record: { ...closed.record, contact: null }, version: 2 }]);
    expect(expireContacts([closed], '2027-03-20T00:00:00.000Z')).toEqual([]);
  });
});
