import { createHash } from 'node:crypto';

/**
 * Where a client is in the change feed, and for which scopes its copy was built. The cursor keeps
 * a digest of the scope list, not the list: a user with grants on many units has many partitions.
 */
export interface Cursor {
  seq: number;
  scopes: readonly string[];
}

interface DecodedCursor {
  seq: number;
  scopeDigest: string;
}

function scopeDigest(scopes: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([...scopes].sort())).digest('base64url').slice(0, 22);
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ seq: cursor.seq, sd: scopeDigest(cursor.scopes) })).toString('base64url');
}

/** The cursor, or null when it is not one of ours. Cursors issued before digests still read. */
export function decodeCursor(raw: string): DecodedCursor | null {
  if (raw.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { seq, sd, scopes } = value as { seq?: unknown; sd?: unknown; scopes?: unknown };
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
    if (typeof sd === 'string' && /^[A-Za-z0-9_-]{22}$/.test(sd)) return { seq, scopeDigest: sd };
    if (Array.isArray(scopes) && scopes.every((s) => typeof s === 'string')) return { seq, scopeDigest: scopeDigest(scopes as string[]) };
    return null;
  } catch {
    return null;
  }
}

/** Whether a cursor was issued for exactly these scopes. */
export function issuedFor(cursor: DecodedCursor, scopes: readonly string[]): boolean {
  return cursor.scopeDigest === scopeDigest(scopes);
}
