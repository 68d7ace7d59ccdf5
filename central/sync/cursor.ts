import type { Scope } from '../../domain/roles.ts';

/** Where a client is in the change feed, and for which scopes its copy was built. */
export interface Cursor {
  seq: number;
  scopes: Scope[];
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ seq: cursor.seq, scopes: [...cursor.scopes].sort() })).toString('base64url');
}

/** The cursor, or null when it is not one of ours. */
export function decodeCursor(raw: string): Cursor | null {
  if (raw.length > 2000 || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { seq, scopes } = value as { seq?: unknown; scopes?: unknown };
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
    if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string')) return null;
    return { seq, scopes: scopes as Scope[] };
  } catch {
    return null;
  }
}

export function sameScopes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((s, i) => s === [...b].sort()[i]);
}
