import { expect } from 'vitest';
import { isErrorCode } from '../../domain/errors.ts';
import { can, type Grant, type Role } from '../../domain/roles.ts';
import type { CommandResult, PushResponse } from '../../domain/sync/protocol.ts';
import { COMMANDS, type CommandType, type EntityName } from '../../domain/workspaces.ts';
import type { launchCentral } from '../server.ts';
import { api } from './api-client.ts';
import type { SentCommand } from './push-arbitraries.ts';
import { rowKey, writeMark, writtenSince, type PushModel } from './push-model.ts';
import { EVENT_ENTITIES, resolveWideBatch, type Target, type WideBatchSpec } from './push-wide-arbitraries.ts';
import { judgePush, outsideGrants, workspaceOf, workspaceOfCommand } from './push-wide-oracle.ts';

export interface WideTally {
  commands: number;
  pushes: number;
  /** Time the central took to answer the pushes. */
  pushMs: number;
  byStatus: Map<string, number>;
  byType: Map<string, number>;
  applied: Map<string, number>;
  notStorable: Map<string, number>;
}

export interface WideWorld {
  central: Awaited<ReturnType<typeof launchCentral>>;
  model: PushModel;
  users: ReadonlyMap<string, { token: string; roles: readonly Role[]; grants: readonly Grant[]; clients: [string, string] }>;
  history: Map<string, SentCommand & { hash: string; result: CommandResult }>;
  tally: WideTally;
}

/** The only rows a decision may remove: a Culture Kids free-spot queue place it dropped. */
const DELETABLE: ReadonlySet<EntityName> = new Set(['ck_free_spot_subscription']);

export const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * A command id seen before: its sender replaying the very same command gets the stored result;
 * anyone else, or another command under it, gets command_id_taken. False when the id is new.
 */
export function checkReplay(
  before: { user: string; clientId: string; hash: string; result: CommandResult } | undefined,
  now: { user: string; clientId: string; hash: string },
  result: CommandResult,
  byStatus: Map<string, number>,
): boolean {
  if (!before) return false;
  const same = before.user === now.user && before.clientId === now.clientId && before.hash === now.hash;
  count(byStatus, same ? 'replayed' : 'command_id_taken');
  if (same) expect(result, 'a replay gets the stored result').toEqual(before.result);
  else expect(result).toEqual({ id: result.id, status: 'rejected', code: 'command_id_taken', message: expect.any(String) });
  return true;
}

async function auditReads(world: WideWorld): Promise<number> {
  const res = await world.central.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_read');
  return res.rows[0]!.n;
}

/**
 * One push of any workspace's commands, and every invariant a push keeps whatever its commands:
 * no 5xx; the status the contract gives the JSON as sent; one result per command, applied or
 * refused with a known error code (every known code is translated in every locale, which the
 * i18n test proves); a replay answers its stored result to its sender alone; a grant-scoped user
 * acts only inside their grants; rows change only by applied commands of their own workspace,
 * created rows did not exist before, versions only go up, events are never rewritten, nothing
 * disappears but dropped queue places, and the audit of reads only grows.
 */
export async function checkWidePush(spec: WideBatchSpec, world: WideWorld): Promise<void> {
  const { central, model, history, tally } = world;
  const user = world.users.get(spec.user)!;
  const clientId = user.clients[spec.otherClient ? 1 : 0];
  const may = (type: CommandType) => can(user.roles, COMMANDS[type].permission);
  const { raw, commands } = resolveWideBatch(spec, clientId, { model, may, history: [...history.values()], now: Date.now() });
  const targets = new Map<string, Target | null>();
  for (const c of commands) if (!targets.has(c.envelope.id as string)) targets.set(c.envelope.id as string, c.target);
  const verdict = judgePush(raw, may);
  if (verdict.status === 400) expect(verdict.schemaGap, `a schema lets a value through that cannot be stored (${verdict.why})`).toBeNull();
  tally.commands += commands.length;
  tally.pushes++;

  const auditBefore = await auditReads(world);
  const mark = await writeMark(central.db);
  const t0 = performance.now();
  const res = await api<PushResponse & { error?: { code: string } }>(central.url, 'POST', '/sync/push', { token: user.token, raw });
  tally.pushMs += performance.now() - t0;
  const answer = JSON.stringify(res.body).slice(0, 600);
  expect(res.status, answer).toBeLessThan(500);
  expect(res.status, `${spec.user}: ${verdict.status === 400 ? verdict.why : ''} ${answer}`).toBe(verdict.status);
  count(tally.byStatus, `http ${res.status}`);
  if (res.status !== 200) expect(isErrorCode(res.body.error?.code), answer).toBe(true);

  const { rows: written, counts } = await writtenSince(central.db, mark);
  const auditAfter = await auditReads(world);
  expect(auditAfter, 'the audit of reads only grows').toBeGreaterThanOrEqual(auditBefore);
  if (verdict.status !== 200) {
    expect([...written.keys()], 'a refused push wrote rows').toEqual([]);
    expect(auditAfter, 'a refused push recorded reads').toBe(auditBefore);
    return;
  }

  // One result per command, in seq order.
  expect(res.body.results.map((r) => r.id)).toEqual(verdict.commands.map((c) => c.id));
  const decidedHere = new Map<string, CommandResult>();
  const appliedWorkspaces = new Set<string>();
  let applied = 0;
  verdict.commands.forEach((c, k) => {
    const result = res.body.results[k]!;
    count(tally.byType, c.type);
    const seen = decidedHere.get(c.id);
    if (seen) return expect(result, 'the same command twice in a push').toEqual(seen);
    decidedHere.set(c.id, result);
    if (checkReplay(history.get(c.id), { user: spec.user, clientId, hash: c.hash }, result, tally.byStatus)) return;
    expect(['applied', 'rejected', 'conflict']).toContain(result.status);
    if (result.status === 'applied') {
      appliedWorkspaces.add(workspaceOfCommand(c.type));
      applied++;
      count(tally.applied, c.type);
      count(tally.byStatus, 'applied');
      expect(outsideGrants(user.grants, c.type, targets.get(c.id) ?? null, model), `${spec.user} applied ${c.type} outside their grants: ${JSON.stringify(c.payload).slice(0, 300)}`).toBe(false);
    } else {
      expect(isErrorCode(result.code), `${c.type}: unknown code ${result.code}`).toBe(true);
      count(tally.byStatus, `${result.status} ${result.code}`);
      if (result.code === 'not_storable') count(tally.notStorable, c.type);
    }
    history.set(c.id, { id: c.id, user: spec.user, clientId, type: c.type, payload: c.payload, baseVersion: c.baseVersion, hash: c.hash, result });
  });

  // An erasure rewrites events and records it in the same audit (decision 52).
  const erasedHere = verdict.commands.some((c, k) => c.type === 'berths.eraseCustomer' && res.body.results[k]!.status === 'applied');
  // Rows: written only by an applied command of their workspace; created fresh; versions up; events never rewritten.
  for (const [key, row] of written) {
    const entity = key.slice(0, key.indexOf(':'));
    expect(appliedWorkspaces.has(workspaceOf(entity)), `${key} written, but no ${workspaceOf(entity)} command applied`).toBe(true);
    const was = model.rows.get(key);
    if (!was) {
      // Created here (at 1), perhaps then changed by later commands of the same push.
      expect(row.version, `${key} created`).toBeGreaterThanOrEqual(1);
      expect(row.version, `${key} created`).toBeLessThanOrEqual(applied);
      continue;
    }
    expect(row.version, `${key} was at version ${was.version}`).toBeGreaterThan(was.version);
    // Only a customer's erasure rewrites events (their personal data, decision 52), each at its next version.
    expect(EVENT_ENTITIES.includes(entity as EntityName) && !(erasedHere && row.version === was.version + 1), `${key}: an event was rewritten`).toBe(false);
  }
  if (!appliedWorkspaces.has('audit') && !erasedHere) expect(auditAfter, 'reads recorded with no audit command applied').toBe(auditBefore);
  model.absorb(written);

  // Nothing disappears, but queue places a Culture Kids decision dropped.
  for (const [entity, n] of counts) {
    const expected = model.count(entity);
    if (n === expected) continue;
    expect(DELETABLE.has(entity) && appliedWorkspaces.has('cultureKids') && n < expected, `rows of ${entity}: ${n}, expected ${expected}`).toBe(true);
    const left = await central.db.query<{ id: string }>(`SELECT id::text AS id FROM ${entity}`);
    const ids = new Set(left.rows.map((r) => rowKey(entity, r.id)));
    for (const key of [...model.rows.keys()]) if (key.startsWith(`${entity}:`) && !ids.has(key)) model.drop(key);
    expect(model.count(entity)).toBe(n);
  }
}
