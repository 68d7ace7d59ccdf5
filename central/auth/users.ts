import type { Grant, Role } from '../../domain/roles.ts';
import type { Queryable } from '../db/db.ts';
import { unitGroupId, unitId } from '../bookings/seed/units.ts';
import { hashPassword } from './passwords.ts';
import { cohortId } from '../culture-kids/seed/reference-data.ts';
import { ASSIST_USER_IDS } from '../assist/seed/service-points.ts';
import { KIOSK_TERMINAL_IDS } from '../kiosk/seed.ts';

export interface NewUser {
  id: string;
  username: string;
  name: string;
  /** City-wide roles. */
  roles: Role[];
  /** Roles on a unit or a unit group (the booking roles). */
  grants?: Grant[];
  password: string;
}

export async function createUser(db: Queryable, user: NewUser): Promise<void> {
  await insertUser(db, user, await hashPassword(user.password));
}

async function insertUser(db: Queryable, user: Omit<NewUser, 'password'>, passwordHash: string): Promise<void> {
  await db.query(
    'INSERT INTO users (id, username, name, roles, grants, password_hash) VALUES ($1, $2, $3, string_to_array($4, \',\'), $5::jsonb, $6)',
    [user.id, user.username.toLowerCase(), user.name, user.roles.join(','), JSON.stringify(user.grants ?? []), passwordHash],
  );
}

/** Changing roles takes effect on the next request: roles are read on every call. */
export async function setUserRoles(db: Queryable, username: string, roles: readonly Role[]): Promise<void> {
  await db.query("UPDATE users SET roles = string_to_array($2, ',') WHERE username = $1", [username.toLowerCase(), roles.join(',')]);
}

/** Changing grants, like roles, takes effect on the next request. */
export async function setUserGrants(db: Queryable, username: string, grants: readonly Grant[]): Promise<void> {
  await db.query('UPDATE users SET grants = $2::jsonb WHERE username = $1', [username.toLowerCase(), JSON.stringify(grants)]);
}

/** An inactive user keeps their history and has no rights from their next request on. */
export async function setUserActive(db: Queryable, username: string, active: boolean): Promise<void> {
  await db.query('UPDATE users SET active = $2 WHERE username = $1', [username.toLowerCase(), active]);
}

const onUnit = (role: Role, key: Parameters<typeof unitId>[0]): Grant => ({ role, unitId: unitId(key) });
const onGroup = (role: Role, key: Parameters<typeof unitGroupId>[0]): Grant => ({ role, unitGroupId: unitGroupId(key) });

/** The demo staff of the berth, booking and Culture Kids services (README "Demo users"); every password is `demo`. */
export const DEMO_USERS: readonly Omit<NewUser, 'password'>[] = [
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000001', username: 'aino', name: 'Aino Virtanen', roles: ['berth_handler'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000002', username: 'eero', name: 'Eero Lindqvist', roles: ['berth_handler'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000003', username: 'sanna', name: 'Sanna Nieminen', roles: ['berth_services'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000004', username: 'olli', name: 'Olli Mäkelä', roles: ['berth_supervisor'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000005', username: 'harri', name: 'Harri Laine', roles: ['harbour_services'] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000011', username: 'kaisa', name: 'Kaisa Korhonen', roles: [], grants: [onGroup('booking_handler', 'libraries')] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000012', username: 'ville', name: 'Ville Heikkinen', roles: [], grants: [onUnit('booking_handler', 'toolo')] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000013', username: 'paula', name: 'Paula Salo', roles: [], grants: [{ role: 'booking_admin' }] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000014', username: 'tuula', name: 'Tuula Järvinen', roles: [], grants: [onGroup('booking_viewer', 'cultural-centres')] },
  { id: '6a1f3c52-7d41-4c0e-9b1a-000000000015', username: 'reijo', name: 'Reijo Koskinen', roles: [], grants: [onUnit('booking_reserver', 'caisa')] },
  {
    id: '6a1f3c52-7d41-4c0e-9b1a-000000000016',
    username: 'maria',
    name: 'Maria Lehtonen',
    roles: ['berth_handler'],
    grants: [onGroup('booking_handler', 'cultural-centres')],
  },
  // Culture Kids: the registry administrator holds every role on every cohort; Jussi administers
  // and publishes the newest cohort (2025) only, and without "view families" never sees a contact.
  {
    id: '6a1f3c52-7d41-4c0e-9b1a-000000000021',
    username: 'lotta',
    name: 'Lotta Rantanen',
    roles: [],
    grants: [{ role: 'culture_kids_admin' }, { role: 'culture_kids_publisher' }, { role: 'culture_kids_group_manager' }, { role: 'culture_kids_messenger' }, { role: 'culture_kids_family_viewer' }],
  },
  {
    id: '6a1f3c52-7d41-4c0e-9b1a-000000000022',
    username: 'jussi',
    name: 'Jussi Aalto',
    roles: [],
    grants: [
      { role: 'culture_kids_admin', cohortId: cohortId(2025) },
      { role: 'culture_kids_publisher', cohortId: cohortId(2025) },
    ],
  },
  // Assistance: Hilkka helps at Oodi and Kallio, Veera volunteers at Oodi (no reports), Maija
  // supervises every service point.
  { id: ASSIST_USER_IDS.hilkka, username: 'hilkka', name: 'Hilkka Laine', roles: [], grants: [{ role: 'assist_helper', servicePointId: 'sp-oodi' }, { role: 'assist_helper', servicePointId: 'sp-kallio' }] },
  { id: ASSIST_USER_IDS.veera, username: 'veera', name: 'Veera Nieminen', roles: [], grants: [{ role: 'assist_volunteer', servicePointId: 'sp-oodi' }] },
  { id: ASSIST_USER_IDS.maija, username: 'maija', name: 'Maija Koskinen', roles: [], grants: [{ role: 'assist_supervisor' }] },
  // Kiosk terminals: a customer terminal signs in as its own user, placed at one service point.
  { id: KIOSK_TERMINAL_IDS.oodi, username: 'kiosk-oodi-1', name: 'Kiosk Oodi 1', roles: [], grants: [{ role: 'kiosk', servicePointId: 'sp-oodi' }] },
  { id: KIOSK_TERMINAL_IDS.malmi, username: 'kiosk-malmi-1', name: 'Kiosk Malmi 1', roles: [], grants: [{ role: 'kiosk', servicePointId: 'sp-malmi' }] },
];

export async function seedDemoUsers(db: Queryable): Promise<void> {
  // Each hash with its own salt, all at once: scrypt runs on the thread pool, so one after the
  // other left cores idle for most of a second on every demo or test central's first start.
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword('demo')));
  for (const [i, u] of DEMO_USERS.entries()) await insertUser(db, u, hashes[i]!);
}
