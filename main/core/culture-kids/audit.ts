import type { ReadDetail, ReadPurpose, SubjectKind } from '../../../domain/audit/entry.ts';
import { ok, type Result } from '../../../domain/result.ts';
import { recordPersonalDataRead } from '../audit/record-read.ts';
import type { QueryContext } from '../cache/workspace.ts';

export interface CkRead {
  subjectKind: SubjectKind;
  /** Child ids, or guardian ids (the person, not the cohort row). */
  subjectIds: readonly string[];
  cohortId: string;
  purpose: ReadPurpose;
  purposeText?: string | undefined;
  detail?: ReadDetail;
}

/**
 * Records the reads of a Culture Kids query, one entry per cohort it read from, before the query
 * answers: a query whose audit entry cannot be written answers with that error and no data.
 */
export function auditReads(ctx: QueryContext, reads: readonly CkRead[]): Result<void> {
  for (const r of reads) {
    const recorded = recordPersonalDataRead(ctx, {
      subjectKind: r.subjectKind,
      subjectIds: r.subjectIds,
      workspace: 'culture-kids',
      partition: r.cohortId,
      purpose: r.purpose,
      purposeText: r.purposeText ?? null,
      detail: r.detail ?? null,
    });
    if (!recorded.ok) return recorded;
  }
  return ok(undefined);
}

/** Groups ids by their cohort (a list may span the cohorts the user administers). */
export function byCohort<T>(items: readonly T[], cohortOf: (t: T) => string, idOf: (t: T) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) out.set(cohortOf(item), [...(out.get(cohortOf(item)) ?? []), idOf(item)]);
  return out;
}
