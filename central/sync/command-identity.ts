import { createHash } from 'node:crypto';
import type { StaffUser } from '../../domain/sync/protocol.ts';

/** JSON with object keys sorted at every level, so equal values always give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What a command asks for, as one hash: its type, its (parsed) payload and the version it saw. */
export function commandHash(type: string, payload: unknown, baseVersion: number | null): string {
  return createHash('sha256').update(canonicalJson([type, payload, baseVersion])).digest('hex');
}

/** A command id as the command store keeps it: who sent it, from where, asking what. */
export interface StoredIdentity {
  user_id: string | null;
  client_id: string;
  /** Null on commands stored before the hash was kept; then it is computed from the columns. */
  payload_hash: string | null;
  type: string;
  payload: unknown;
  base_version: number | null;
}

/**
 * A command id belongs to the user and the installation that first sent it, for what it first
 * asked. Only the very same command gets the stored result again (idempotency); anything else
 * is someone reusing the id, and learns nothing of the first command.
 */
export function isSameCommand(stored: StoredIdentity, user: StaffUser, clientId: string, hash: string): boolean {
  const storedHash = stored.payload_hash ?? commandHash(stored.type, stored.payload, stored.base_version);
  return stored.user_id === user.id && stored.client_id === clientId && storedHash === hash;
}
