import type { LogSessionsBulkInput } from '../../../../domain/assist/contract.ts';
import { personalDataIn } from '../../../../domain/assist/personal-data.ts';
import { BULK_MAX, type Channel, type DurationBucket, type Outcome, type REFERRALS, type ServiceLanguage, type Topic } from '../../../../domain/assist/vocabulary.ts';
import { fromWallClock, toIsoInstant } from '../../../../domain/wall-clock.ts';
import type { z } from 'zod';

/**
 * One row of a bulk log after a busy drop-in hour: the few things a helper remembers of each
 * customer. A row names one topic (the main one) so a keyboard user fills it in a few keystrokes.
 */
export interface BulkRowFields {
  key: number;
  durationBucket: DurationBucket;
  channel: Channel;
  topic: Topic;
  serviceLanguage: ServiceLanguage;
  outcome: Outcome;
  referral: (typeof REFERRALS)[number];
  note: string;
}

let nextKey = 1;

export function newRow(like?: BulkRowFields, language: ServiceLanguage = 'fi'): BulkRowFields {
  const key = nextKey++;
  return like
    ? { ...like, key, note: '' }
    : { key, durationBucket: '5_15', channel: 'walk_in', topic: 'device_basics', serviceLanguage: language, outcome: 'resolved', referral: 'none', note: '' };
}

/** Adds `count` rows copying the last one, never past the batch limit. */
export function addRows(rows: readonly BulkRowFields[], count: number, language: ServiceLanguage): BulkRowFields[] {
  const out = [...rows];
  for (let i = 0; i < count && out.length < BULK_MAX; i++) out.push(newRow(out.at(-1), language));
  return out;
}

/** The rows whose note looks like personal data (1-based, as the table numbers them). */
export function rowsWithPersonalData(rows: readonly BulkRowFields[]): number[] {
  return rows.flatMap((r, i) => (r.note.trim() !== '' && personalDataIn(r.note).length > 0 ? [i + 1] : []));
}

/** The Helsinki hour a bulk log is for, as the instant it starts. */
export function hourStart(date: string, hour: number): string {
  return toIsoInstant(fromWallClock(date, hour * 60));
}

export function bulkInput(servicePointId: string, hourStartedAt: string, rows: readonly BulkRowFields[], helperType: 'staff' | 'volunteer'): z.input<typeof LogSessionsBulkInput> {
  return {
    servicePointId,
    hourStartedAt,
    sessions: rows.map((r) => ({
      channel: r.channel,
      helperType,
      topics: [r.topic],
      serviceLanguage: r.serviceLanguage,
      interpreted: false,
      ageBand: null,
      firstTimeUser: null,
      outcome: r.outcome,
      referral: r.referral,
      note: r.note.trim() === '' ? null : r.note.trim(),
      durationBucket: r.durationBucket,
    })),
  };
}
