import { createHash, randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../../domain/roles.ts';
import { Grant, type LoginResponse, type StaffUser } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';
import { dummyPasswordHash, verifyPassword, type PasswordCheck } from './passwords.ts';

export const SESSION_HOURS = 12;

/** Only the hash of a token is stored: a leaked sessions table opens no doors. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function asRoles(value: unknown): Role[] {
  const list = Array.isArray(value) ? value : [];
  return list.filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

interface UserRow {
  id: string;
  name: string;
  roles: unknown;
  grants: unknown;
  active: boolean;
  password_hash: string;
}

/** Grants the table holds that no longer parse (a role since removed) are dropped, never trusted. */
function asGrants(value: unknown): StaffUser['grants'] {
  const list = Array.isArray(value) ? value : [];
  return list.flatMap((g) => {
    const parsed = Grant.safeParse(g);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Everything a user may do, as the users table says now. An inactive user has no rights at all. */
function staffUser(row: Omit<UserRow, 'password_hash'>): StaffUser {
  if (!row.active) return { id: row.id, name: row.name, roles: [], grants: [] };
  const grants = asGrants(row.grants);
  const roles = [...new Set([...asRoles(row.roles), ...grants.map((g) => g.role)])].sort();
  return { id: row.id, name: row.name, roles, grants };
}

/**
 * The user whose password this is, or null. An unknown user name is checked against a dummy hash
 * with the same scrypt cost: no early return tells an attacker which names exist.
 */
export async function checkCredentials(db: Queryable, username: string, password: string, verify: PasswordCheck = verifyPassword): Promise<StaffUser | null> {
  const res = await db.query<UserRow>('SELECT id, name, roles, grants, active, password_hash FROM users WHERE username = $1', [username.toLowerCase()]);
  const user = res.rows[0];
  const matches = await verify(password, user?.password_hash ?? (await dummyPasswordHash()));
  return user && matches ? staffUser(user) : null;
}

/** A new 12 hour session for a user whose credentials were checked. */
export async function openSession(db: Queryable, user: StaffUser, now = new Date()): Promise<LoginResponse> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  await db.query('DELETE FROM sessions WHERE expires_at < $1', [now.toISOString()]);
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash(token), user.id, expiresAt.toISOString()]);
  return { token, user, expiresAt: expiresAt.toISOString() };
}

export async function logout(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash(token)]);
}

/** The signed-in user of a bearer token, with the roles the users table holds right now. */
export async function authenticate(db: Queryable, token: string): Promise<StaffUser | null> {
  const res = await db.query<Omit<UserRow, 'password_hash'>>(
    `SELECT u.id, u.name, u.roles, u.grants, u.active FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash(token)],
    'auth_session',
  );
  const row = res.rows[0];
  return row ? staffUser(row) : null;
}
