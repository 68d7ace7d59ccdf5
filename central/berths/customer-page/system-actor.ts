import { createHash } from 'node:crypto';
import type { CommandType } from '../../../domain/workspaces.ts';
import type { CommandResult, StaffUser } from '../../../domain/sync/protocol.ts';
import type { Queryable, Db } from '../../db/db.ts';
import { push } from '../../sync/push.ts';
import { SYSTEM_ACTORS } from '../../../domain/system-actors.ts';

/**
 * The customer's own acts on the offer page (accept, decline) are commands like a handler's:
 * decided by the same deciders on the central's own command path, stored in the command log and
 * written into the application's history. They are pushed by this actor, a user row that can
 * never sign in (inactive, no password), so the history says the customer acted online. A
 * payment is the provider's act, recorded by ../record-payment.ts.
 */
export const OFFER_PAGE_ACTOR = { ...SYSTEM_ACTORS.offerPage, username: 'system-offer-page' } as const;

/** The page's one "installation": a replay of the same act is the same command of the same client. */
const OFFER_PAGE_CLIENT_ID = '6a1f3c52-7d41-4c0e-9b1a-0000000000c2';

/** Only what the page pushes, and only through this module: the actor is never a session's user. */
const OFFER_PAGE_USER: StaffUser = { id: OFFER_PAGE_ACTOR.id, name: OFFER_PAGE_ACTOR.name, roles: ['berth_handler'], grants: [] };

/** Created on first use, not by a migration: an empty database's first start is still seeded. */
async function ensureActor(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO users (id, username, name, roles, password_hash, active) VALUES ($1, $2, $3, '{}', '!', false)
     ON CONFLICT (id) DO NOTHING`,
    [OFFER_PAGE_ACTOR.id, OFFER_PAGE_ACTOR.username, OFFER_PAGE_ACTOR.name],
  );
}

/**
 * A command id bound to what the act is about (an answer to one lease, one provider payment): the
 * same act twice is the same command, answered from the command log, never decided twice.
 */
function actId(key: string): string {
  const h = createHash('sha256').update(`kuva-offer-page:${key}`).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function pushAsCustomer(db: Db, type: CommandType, payload: unknown, key: string, now: Date = new Date()): Promise<CommandResult> {
  await ensureActor(db);
  const id = actId(key);
  const outcome = await push(db, OFFER_PAGE_USER, { clientId: OFFER_PAGE_CLIENT_ID, commands: [{ id, seq: 0, type, payload, baseVersion: null, issuedAt: now.toISOString() }] });
  if (outcome.kind !== 'ok') throw new Error(`The offer page's ${type} was not accepted: ${outcome.message}`);
  const result = outcome.response.results.find((r) => r.id === id);
  if (!result) throw new Error(`The offer page's ${type} got no answer.`);
  return result;
}
