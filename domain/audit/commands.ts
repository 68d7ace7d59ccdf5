import { z } from 'zod';
import { MAX_ENTRIES, ReadEntry } from './entry.ts';

/** The one audit command: append reads to the central's audit. Never versioned, never refused but for bad input. */
export const RECORD_READS = 'audit.recordReads';

export const RecordReadsPayload = z
  .object({ entries: z.array(ReadEntry).min(1).max(MAX_ENTRIES) })
  .strict()
  .refine((p) => new Set(p.entries.map((e) => e.id)).size === p.entries.length, { message: 'Each entry has an id of its own.', path: ['entries'] });
export type RecordReadsPayload = z.infer<typeof RecordReadsPayload>;

export const AUDIT_COMMANDS = {
  [RECORD_READS]: { payload: RecordReadsPayload, permission: 'audit.record', versioned: false },
} as const;
