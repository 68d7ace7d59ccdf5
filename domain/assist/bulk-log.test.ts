import { describe, expect, it } from 'vitest';
import { bulkProblems, durationBucket } from './bulk-log.ts';

const NOW = '2027-03-01T12:05:00.000Z';

describe('validating a bulk log', () => {
  it('takes a clean batch of a past hour', () => {
    expect(bulkProblems('2027-03-01T11:00:00.000Z', [{ sessionId: 'a', note: null }, { sessionId: 'b', note: 'tulostus' }], new Set(), NOW)).toEqual([]);
  });

  it('names every row with a problem: repeated sessions and notes with personal data', () => {
    const problems = bulkProblems('2027-03-01T11:00:00.000Z', [{ sessionId: 'a', note: null }, { sessionId: 'a', note: null }, { sessionId: 'c', note: 'soita 040 123 4567' }, { sessionId: 'old', note: null }], new Set(['old']), NOW);
    expect(problems.map((p) => [p.index, p.code])).toEqual([
      [1, 'as_session_duplicate'],
      [2, 'as_note_personal_data'],
      [3, 'as_session_duplicate'],
    ]);
  });

  it('refuses an hour not on the hour, or not begun', () => {
    expect(bulkProblems('2027-03-01T11:30:00.000Z', [], new Set(), NOW)).toMatchObject([{ index: null, code: 'as_session_times' }]);
    expect(bulkProblems('2027-03-01T13:00:00.000Z', [], new Set(), NOW)).toMatchObject([{ index: null, code: 'as_session_in_future' }]);
  });
});

describe('duration buckets', () => {
  it('put a length in its bucket, lower bound included', () => {
    expect([0, 4.9, 5, 14, 15, 29, 30, 59, 60, 180].map(durationBucket)).toEqual(['under_5', 'under_5', '5_15', '5_15', '15_30', '15_30', '30_60', '30_60', 'over_60', 'over_60']);
  });
});
