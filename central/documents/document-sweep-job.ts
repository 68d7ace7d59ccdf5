import type { Db } from '../db/db.ts';

/** A day covers a desk's upload followed, after a network break, by the push of its command. */
export const UNATTACHED_DOCUMENT_TTL_MS = 24 * 3_600_000;

/**
 * Deletes uploads no record ever pointed at, a day after they came: their command was refused,
 * or never sent. An attached document stays until its record lets go of it (a replaced scan, an
 * erasure). A command deciding now share-locks the row it names (storedDocument), so this waits
 * for it and then leaves the row be once the command attached it.
 */
export async function sweepUnattachedDocuments(db: Db, now: Date): Promise<number> {
  const res = await db.query<{ id: string }>('DELETE FROM document WHERE attached_at IS NULL AND uploaded_at < $1 RETURNING id::text AS id', [
    new Date(now.getTime() - UNATTACHED_DOCUMENT_TTL_MS).toISOString(),
  ]);
  return res.rows.length;
}
