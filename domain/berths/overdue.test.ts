import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from './entities.ts';
import { isOfferOverdue } from './overdue.ts';
import { helsinkiDate } from './seasons.ts';

describe('overdue offers', () => {
  it('is overdue from the day after the due date while the offer waits', () => {
    expect(isOfferOverdue('offer_sent', '2026-11-17', '2026-11-18')).toBe(true);
    expect(isOfferOverdue('offer_sent', '2026-11-17', '2026-12-01')).toBe(true);
  });

  it('is not overdue on the due date itself or before it', () => {
    expect(isOfferOverdue('offer_sent', '2026-11-17', '2026-11-17')).toBe(false);
    expect(isOfferOverdue('offer_sent', '2026-11-17', '2026-11-16')).toBe(false);
  });

  it('is never overdue once the application left offer_sent, or without a due date', () => {
    for (const s of APPLICATION_STATUSES.filter((x) => x !== 'offer_sent')) expect(isOfferOverdue(s, '2020-01-01', '2026-11-18'), s).toBe(false);
    expect(isOfferOverdue('offer_sent', null, '2026-11-18')).toBe(false);
  });

  it('counts today in Helsinki: 23.30 UTC on the due date is already the next day there', () => {
    const today = helsinkiDate(new Date('2026-11-17T23:30:00Z'));
    expect(today).toBe('2026-11-18');
    expect(isOfferOverdue('offer_sent', '2026-11-17', today)).toBe(true);
    expect(isOfferOverdue('offer_sent', '2026-11-17', helsinkiDate(new Date('2026-11-17T21:30:00Z')))).toBe(false);
  });
});
