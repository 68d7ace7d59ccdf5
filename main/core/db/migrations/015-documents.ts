/**
 * Level 15: scanned documents (domain/documents) the handler attached on this desk. The bytes wait
 * here until the sync engine uploads them, before it pushes the commands that name them, and stay
 * so the scan opens offline. Not read model: a resync or a first download never clears it (like
 * the outbox). `uploaded`: 0 waits for its upload, 1 is on the central, -1 the central refused it
 * (not sent again; the command naming it is refused there and lands in the conflict inbox).
 */
export const sql = /* sql */ `
CREATE TABLE document_blob (
  id TEXT PRIMARY KEY,
  purpose TEXT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  bytes BLOB NOT NULL,
  uploaded INTEGER NOT NULL DEFAULT 0,
  added_at TEXT NOT NULL
);
CREATE INDEX document_blob_waiting ON document_blob (added_at) WHERE uploaded = 0;
`;
