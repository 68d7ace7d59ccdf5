import { createHash, randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../../domain/roles.ts';
import type { LoginResponse, StaffUser } from '../../domain/sync/protocol.ts';
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
  password_hash: string;
}

/**
 * The user whose password this is, or null. An unknown user name is checked against a dummy hash
 * with the same scrypt cost: no early return tells an attacker which names exist.
 */
export async function checkCredentials(db: Queryable, username: string, password: string, verify: PasswordCheck = verifyPassword): Promise<StaffUser | null> {
  const res = await db.query<UserRow>('SELECT id, name, roles, password_hash FROM users WHERE username = $1', [username.toLowerCase()]);
  const user = res.rows[0];
  const matches = await verify(password, user?.password_hash ?? (await dummyPasswordHash()));
  return user && matches ? { id: user.id, name: user.name, roles: asRoles(user.roles) } : null;
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
  const res = await db.query<{ id: string; name: string; roles: unknown }>(
    `SELECT u.id, u.name, u.roles FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [tokenHash(token)],
    'auth_session',
  );
  const row = res.rows[0];
  return row ? { id: row.id, name: row.name, roles: asRoles(row.roles) } : null;
}
