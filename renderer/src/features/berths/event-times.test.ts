import { describe, expect, it } from 'vitest';
import { recordedNote, splitHistory } from './event-times.ts';

describe('when the central recorded an event', () => {
  it('gives the time of day beside an event done offline earlier the same day', () => {
    expect(recordedNote('2026-12-01T09:51:00Z', '2026-12-01T10:03:20Z', 'fi')).toEqual({ kind: 'recorded', time: '12.03' });
    expect(recordedNote('2026-12-01T09:51:00Z', '2026-12-01T10:03:20Z', 'en')).toEqual({ kind: 'recorded', time: '12:03' });
  });

  it('gives the date too when the central got it on another day (in Helsinki)', () => {
    const note = recordedNote('2026-12-01T21:50:00Z', '2026-12-01T22:10:00Z', 'fi');
    expect(note).toEqual({ kind: 'recorded', time: '2.12.2026 klo 00.10' });
  });

  it('says nothing more when both fall in the same minute, or for events that have only one time', () => {
    expect(recordedNote('2026-12-01T09:51:05Z', '2026-12-01T09:51:40Z', 'sv')).toEqual({ kind: 'none' });
    expect(recordedNote('2026-12-01T09:51:05Z', undefined, 'sv')).toEqual({ kind: 'none' });
  });

  it('says when the central has not recorded it yet', () => {
    expect(recordedNote('2026-12-01T09:51:05Z', null, 'fi')).toEqual({ kind: 'pending' });
  });
});

describe('the history and the notes', () => {
  it('keeps notes out of the status history, in their order, and every other event in it', () => {
    const events = [
      { id: '5', kind: 'note' as const },
      { id: '4', kind: 'offer_withdrawn' as const },
      { id: '3', kind: 'note' as const },
      { id: '2', kind: 'offer_made' as const },
      { id: '1', kind: 'received' as const },
    ];
    const { statusEvents, notes } = splitHistory(events);
    expect(statusEvents.map((e) => e.id)).toEqual(['4', '2', '1']);
    expect(notes.map((e) => e.id)).toEqual(['5', '3']);
  });
});
