import { z } from 'zod';
import { ReadDetail, ReadPurpose, SubjectKind } from './entry.ts';

/** The auditors' view of one recorded read (GET /api/v1/audit/reads, and the GDPR export). */
export const AuditRead = z.object({
  id: z.string(),
  actor: z.object({ id: z.string(), name: z.string() }),
  /** When the person read (the desk's clock, never after recordedAt). */
  readAt: z.string(),
  /** When the central received it. */
  recordedAt: z.string(),
  /** A desk's read, or one the central made itself (a pull, an export). */
  source: z.enum(['desk', 'central']),
  subjectKind: SubjectKind,
  subjectIds: z.array(z.string()),
  workspace: z.string(),
  partition: z.string().nullable(),
  purpose: ReadPurpose,
  purposeText: z.string().nullable(),
  detail: ReadDetail.nullable(),
});
export type AuditRead = z.infer<typeof AuditRead>;

export const AUDIT_PAGE_DEFAULT = 100;
export const AUDIT_PAGE_MAX = 500;

/**
 * Which reads to list, newest first. A subject: the reads that name it, and with `partition` also
 * the reads of that whole partition (an export, a pull). An actor: what that person read.
 */
export const AuditReadsQuery = z
  .object({
    subjectId: z.string().min(1).max(64).optional(),
    actorId: z.uuid().optional(),
    partition: z.string().min(1).max(64).optional(),
    /** Reads before this instant (the next page: the last readAt seen). */
    before: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).optional(),
  })
  .strict()
  .refine((q) => q.subjectId !== undefined || q.actorId !== undefined || q.partition !== undefined, 'Name a subjectId, an actorId or a partition.');
export type AuditReadsQuery = z.infer<typeof AuditReadsQuery>;

export const AuditReadsResponse = z.object({ reads: z.array(AuditRead) });
export type AuditReadsResponse = z.infer<typeof AuditReadsResponse>;
