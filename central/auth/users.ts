import type { Role } from '../../domain/roles.ts';
import type { Queryable } from '../db/db.ts';
import { hashPassword } from './passwords.ts';

export interface NewUser {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  password: string;
}

export async function createUser(db: Queryable, user: NewUser): Promise<void> {
  await db.query('INSERT INTO users (id, username, name, roles, password_hash) VALUES ($1, $2, $3, string_to_array($4, \',\'), $5)', [
    user.id,
    user.username.toLowerCase(),
    user.name,
    user.roles.join(','),
    await hashPassword(user.password),
  ]);
}

/** Changing roles takes effect on the next request: roles are read on every call. */
export async function setUserRoles(db: Queryable, username: string, roles: readonly Role[]): Promise<void> {
  await db.query("UPDATE users SET roles = string_to_array($2, ',') WHERE username = $1", [username.toLowerCase(), roles.join(',')]);
}

/** The demo staff of the berth service; every password is `demo`. */
export const DEMO_USERS: readonly Omit<NewUser, 'password'>[] = [
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000001', username: 'aino', name: 'Aino Virtanen', roles: ['berth_handler'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000002', username: 'eero', name: 'Eero Lindqvist', roles: ['berth_handler'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000003', username: 'sanna', name: 'Sanna Nieminen', roles: ['berth_services'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000004', username: 'olli', name: 'Olli Mäkelä', roles: ['berth_supervisor'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000005', username: 'harri', name: 'Harri Laine', roles: ['harbour_services'] },
];

export async function seedDemoUsers(db: Queryable): Promise<void> {
  for (const u of DEMO_USERS) await createUser(db, { ...u, password: 'demo' });
}
