/**
 * Level 14: each queued command keeps the rows its local decision put (as JSON), refreshed at every
 * rebase, or 'refused' when it has no effect here. A push whose answers match them settles by
 * promoting those rows instead of deciding every queued command again. NULL: not known (a command
 * queued before this level), which settles the old way.
 */
export const sql = /* sql */ `
ALTER TABLE outbox ADD COLUMN puts TEXT;
`;
