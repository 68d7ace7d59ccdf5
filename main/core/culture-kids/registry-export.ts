import type { z } from 'zod';
import type { ChildRow, RegistryExportParams } from '../../../domain/culture-kids/contract.ts';
import { ok, type Result } from '../../../domain/result.ts';
import type { QueryContext } from '../cache/workspace.ts';
import { auditReads, byCohort } from './audit.ts';
import { cultureKidsRights } from './rights.ts';
import { ckRows } from './rows.ts';
import { childRow, searchChildIds } from './search-children.ts';

/**
 * The registry export's read, for the core's file service only: a core read (`Cache.read`), not a
 * contract method, so no window can call it. It answers every matching row at once,
 * after one audit entry per cohort of subject kind "export" — an export of thousands of children
 * is one read, not a page-by-page trail of list reads.
 */
export const REGISTRY_EXPORT_READ = 'cultureKids.registryExportRows';

export type RegistryExportInput = z.output<typeof RegistryExportParams>;

export function registryExportRows(ctx: QueryContext, input: RegistryExportInput): Result<ChildRow[]> {
  const { ids } = searchChildIds(ctx.db, input, cultureKidsRights(ctx.actor), null);
  const rows = ckRows(ctx.db);
  const children = ids.flatMap((id) => {
    const c = rows.child(id);
    return c ? [childRow(rows, c.record)] : [];
  });
  const query = input.filter.text ? { query: input.filter.text.slice(0, 200) } : {};
  const recorded = auditReads(
    ctx,
    [...byCohort(children, (c) => c.cohortId, (c) => c.id)].map(([cohortId, childIds]) => ({
      subjectKind: 'export' as const,
      // The whole selection is named by its search and count; ids of thousands would split the entry.
      subjectIds: [],
      cohortId,
      purpose: input.purpose,
      purposeText: input.purposeText,
      detail: { ...query, rows: childIds.length },
    })),
  );
  if (!recorded.ok) return recorded;
  return ok(children);
}
