import { z } from 'zod';
import { StorableText } from '../text.ts';

/**
 * One read of personal data, as the audit keeps it (brief culture-kids: "every read of a child's
 * or a guardian's personal data is audited: who, when, and why"). Who is never part of the entry:
 * the central takes the signed-in user, so a desk cannot claim another person's reads.
 */

/** Why the data was read: a fixed list, so the auditors can count and filter. */
export const READ_PURPOSES = ['family_request', 'check_in', 'data_correction', 'gdpr_request', 'statistics', 'event_management', 'other'] as const;
export const ReadPurpose = z.enum(READ_PURPOSES);
export type ReadPurpose = z.infer<typeof ReadPurpose>;

/**
 * What was read. A single record (child, guardian, customer, reservee), a list of them, an export,
 * or a sync pull that delivered a partition of personal data to a desk.
 */
export const SUBJECT_KINDS = [
  'child',
  'guardian',
  'family',
  'child_list',
  'guardian_list',
  'check_in_list',
  'export',
  'gdpr_export',
  'customer',
  'reservee',
  'sync_pull',
  /** A berth customer's erasure rewrote their case history (decision 52): the events and stored commands it rewrote. */
  'erasure_rewrite',
  /** A stored document's bytes (a certificate's scan) handed to a user (central/documents). */
  'document',
] as const;
export const SubjectKind = z.enum(SUBJECT_KINDS);
export type SubjectKind = z.infer<typeof SubjectKind>;

/** Subjects named by one entry. A longer list is split over several entries (see `splitSubjects`). */
export const MAX_SUBJECT_IDS = 200;
/** Entries per `audit.recordReads` command. */
export const MAX_ENTRIES = 200;
export const PURPOSE_TEXT_MAX = 500;
export const DETAIL_QUERY_MAX = 200;

const Identifier = z.string().regex(/^[a-z][a-z0-9_.-]{0,49}$/, 'A workspace is a short lowercase name (culture-kids, bookings).');
export const SubjectId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'A subject id is a record id (letters, digits, - _ . :).');

export const Partition = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'A partition is a record id (letters, digits, - _ . :).');

/** Context an auditor needs beside the subjects: the search that found them, how many rows a list held. */
export const ReadDetail = z
  .object({
    query: StorableText.max(DETAIL_QUERY_MAX).optional(),
    rows: z.number().int().nonnegative().max(10_000_000).optional(),
  })
  .strict();
export type ReadDetail = z.infer<typeof ReadDetail>;

const FIELDS = {
  subjectKind: SubjectKind,
  /** Empty: the read covered the partition as a whole (an export, a pull). */
  subjectIds: z.array(SubjectId).max(MAX_SUBJECT_IDS),
  workspace: Identifier,
  /** The slice read, e.g. the cohort id; null when the workspace has no partitions. */
  partition: Partition.nullable(),
  purpose: ReadPurpose,
  purposeText: StorableText.trim().max(PURPOSE_TEXT_MAX).nullable(),
  detail: ReadDetail.nullable(),
};

const explained = (e: { purpose: ReadPurpose; purposeText: string | null }) => e.purpose !== 'other' || (e.purposeText !== null && e.purposeText.length > 0);
const UNEXPLAINED = { message: 'Say why the data was read when the purpose is "other".', path: ['purposeText'] };

/** The parts of an entry the reader chooses; the same for a desk's read and the central's own. */
export const ReadFields = z.object(FIELDS).strict().refine(explained, UNEXPLAINED);
export type ReadFields = z.infer<typeof ReadFields>;

const ISO_INSTANT = z.iso.datetime({ offset: true }).refine((s) => Date.parse(s) >= Date.UTC(2000, 0, 1), 'readAt is before 2000: the clock of the reading machine is wrong.');

/** One entry as a desk sends it: its own id (replay-safe) and when the person read. */
export const ReadEntry = z
  .object({ id: z.uuid().lowercase(), readAt: ISO_INSTANT, ...FIELDS })
  .strict()
  .refine(explained, UNEXPLAINED);
export type ReadEntry = z.infer<typeof ReadEntry>;

/** Splits a long list of subjects into entry-sized pieces (at least one, possibly empty). */
export function splitSubjects(ids: readonly string[]): string[][] {
  if (ids.length === 0) return [[]];
  const pieces: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_SUBJECT_IDS) pieces.push(ids.slice(i, i + MAX_SUBJECT_IDS));
  return pieces;
}
