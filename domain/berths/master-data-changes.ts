/** One field of a master data record as it was and as it became (null: it was not there). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * The fields an edit changed, in the record's own field order: what the audit of master data
 * keeps. Values compare by content, so a list of services in the same order is no change.
 */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])];
  return fields
    .filter((f) => f !== 'id' && JSON.stringify(before?.[f] ?? null) !== JSON.stringify(after[f] ?? null))
    .map((f) => ({ field: f, before: before?.[f] ?? null, after: after[f] ?? null }));
}
