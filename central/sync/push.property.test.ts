import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import type { ApplicationEvent } from '../../domain/berths/entities.ts';
import { COMMANDS, isCommandType } from '../../domain/workspaces.ts';
import { BERTH_COMMANDS, type BerthCommandType } from '../../domain/berths/commands.ts';
import type { CommandResult, LoginResponse, PushResponse } from '../../domain/sync/protocol.ts';
import { launchCentral } from '../server.ts';
import { api } from '../testing/api-client.ts';
import { batch, resolveBatch, USERS, type BatchSpec, type SentCommand } from '../testing/push-arbitraries.ts';
import { PushModel, writeMark, writtenSince } from '../testing/push-model.ts';
import { WIDE_TYPES, WIDE_USERS, wideBatch, type WideBatchSpec } from '../testing/push-wide-arbitraries.ts';
import { can } from '../../domain/roles.ts';
import { checkReplay, checkWidePush, count, type WideTally } from '../testing/push-wide-check.ts';
import { commandHash } from './command-identity.ts';

/**
 * The push endpoint under fast-check, over 10,000 generated commands of every type, against one
 * real central. Berth commands run against an exact model (the same deciders on a copy of the
 * rows): exactly the rows the deciders of the applied commands produced have changed. Every other
 * workspace's commands run against the invariants every command must keep
 * (push-wide-check.ts). Throughout: ids name existing rows of every entity, strings are odd,
 * numbers huge, command ids are reused across users, clients and batches, and no push gets a
 * 5xx, no version goes down, events are only appended.
 */
const BERTH_RUNS = 36;
const WIDE_RUNS = Number(process.env.KUVA_FC_WIDE_RUNS ?? 210);
const SEED = Number(process.env.KUVA_FC_SEED ?? 20_261_201);

let central: Awaited<ReturnType<typeof launchCentral>>;
let model: PushModel;
interface SignedIn {
  token: string;
  id: string;
  name: string;
  roles: LoginResponse['user']['roles'];
  grants: LoginResponse['user']['grants'];
  clients: [string, string];
}
const users = new Map<string, SignedIn>();
const history = new Map<string, SentCommand & { hash: string; result: CommandResult }>();
const tally = { commands: 0, decided: 0, pushes: 0, pushMs: 0, byStatus: new Map<string, number>(), byType: new Map<string, number>() };

beforeAll(async () => {
  // Bookings and Culture Kids families beside the berth cases, so every command has rows to name.
  // No notification sender: its delivery reports bump messages' versions between pushes, and
  // every write seen here must be a push's.
  central = await launchCentral({ seed: { applications: 300, seed: 29, bookings: 100, cultureKidsChildren: 12 }, notifications: false });
  for (const username of new Set<string>([...USERS, ...WIDE_USERS])) {
    const res = await api<LoginResponse>(central.url, 'POST', '/auth/login', { body: { username, password: 'demo' } });
    expect(res.status, username).toBe(200);
    const { id, name, roles, grants } = res.body.user;
    users.set(username, { token: res.body.token, id, name, roles, grants, clients: [randomUUID(), randomUUID()] });
  }
  model = await PushModel.load(central.db);
}, 240_000);
afterAll(() => central?.close());


interface Parsed {
  id: string;
  type: BerthCommandType;
  payload: { applicationId: string; berthId?: string };
  baseVersion: number | null;
  issuedAt: string;
  hash: string;
}

function parse(raw: Record<string, unknown>): Parsed {
  const type = raw.type as BerthCommandType;
  const payload = COMMANDS[type].payload.parse(raw.payload) as Parsed['payload'];
  const baseVersion = (raw.baseVersion as number | null | undefined) ?? null;
  return { id: raw.id as string, type, payload, baseVersion, issuedAt: raw.issuedAt as string, hash: commandHash(type, payload, baseVersion) };
}

/** Whether a push body breaks the protocol in a way the resolver did not itself put there. */
function idsReusedForAnotherCommand(commands: Parsed[]): boolean {
  const seen = new Map<string, string>();
  for (const c of commands) {
    if (seen.has(c.id) && seen.get(c.id) !== c.hash) return true;
    seen.set(c.id, c.hash);
  }
  return false;
}

/** The feed carries exactly the rows as they are: each written row's line, no line without a row. */
async function checkFeed(written: Map<string, { version: number; data: unknown }>): Promise<void> {
  const keys = [...written.keys()];
  const lines = await central.db.query<{ k: string; version: number; data: unknown; seq: string | null }>(
    `SELECT entity || ':' || id AS k, version, data, seq::text AS seq FROM sync_feed WHERE entity || ':' || id = ANY($1::text[])`,
    [keys],
  );
  expect(lines.rows.map((l) => ({ k: l.k, version: l.version, data: l.data, numbered: l.seq !== null })).sort((a, b) => (a.k < b.k ? -1 : 1))).toEqual(
    keys.sort().map((k) => ({ k, version: written.get(k)!.version, data: written.get(k)!.data, numbered: true })),
  );
  const counts = await central.db.query<{ e: string; n: number }>(`SELECT entity AS e, count(*)::int AS n FROM sync_feed GROUP BY entity`);
  for (const { e, n } of counts.rows) expect(n, `feed lines of ${e}`).toBe(model.count(e as never));
}

async function checkPush(spec: BatchSpec): Promise<void> {
  const user = users.get(spec.user)!;
  const clientId = user.clients[spec.otherClient ? 1 : 0];
  const t0 = Date.now();
  const { commands } = resolveBatch(spec, { model, history: [...history.values()], today: helsinkiDate(new Date(t0)), now: t0 });
  tally.commands += commands.length;
  tally.pushes++;
  const mark = await writeMark(central.db);
  const res = await api<PushResponse & { error?: { code: string; message: string } }>(central.url, 'POST', '/sync/push', {
    token: user.token,
    body: { clientId, commands },
  });
  const t1 = Date.now();
  tally.pushMs += t1 - t0;
  expect(res.status, JSON.stringify(res.body).slice(0, 500)).toBeLessThan(500);

  // What the push wrote, straight from the database (every row a transaction after the mark wrote).
  const { rows: written, counts } = await writtenSince(central.db, mark);
  const added = new Map<string, number>();
  for (const [key, row] of written) {
    const before = model.rows.get(key);
    if (!before) {
      added.set(key.slice(0, key.indexOf(':')), (added.get(key.slice(0, key.indexOf(':'))) ?? 0) + 1);
      continue;
    }
    // Versions only go up, events are never rewritten.
    if (row.version <= before.version) expect.fail(`${key} was written at version ${row.version}, having been at ${before.version}`);
    if (key.startsWith('application_event:')) expect.fail(`${key}: an event was rewritten`);
  }
  // Nothing disappeared.
  for (const [entity, n] of counts) expect(n, `rows of ${entity}`).toBe(model.count(entity) + (added.get(entity) ?? 0));

  const malformed = spec.malformed.length > 0 || !commands.every((c) => isCommandType(String(c.type)));
  const parsed = malformed ? [] : commands.map(parse);
  const may = spec.user !== 'olli' && spec.user !== 'harri';
  const expected = malformed || idsReusedForAnotherCommand(parsed) ? 400 : may ? 200 : 403;
  count(tally.byStatus, `http ${res.status}`);
  expect(res.status, JSON.stringify(res.body).slice(0, 800)).toBe(expected);
  if (expected !== 200) {
    expect([...written.keys()], 'a refused push wrote rows').toEqual([]);
    return;
  }

  // Every command of the push was recorded at one instant, within the request.
  const recorded = new Set([...written].filter(([k]) => k.startsWith('application_event:')).map(([, r]) => (r.data as ApplicationEvent).recordedAt));
  expect(recorded.size).toBeLessThanOrEqual(1);
  const recordedAt = [...recorded][0] ?? new Date(t0).toISOString();
  expect(Date.parse(recordedAt!)).toBeGreaterThanOrEqual(t0 - 1000);
  expect(Date.parse(recordedAt!)).toBeLessThanOrEqual(t1 + 1000);

  tally.decided += commands.length;
  // The central answers in seq order (stable), one result per command.
  const order = parsed.map((c, i) => ({ c, i })).sort((a, b) => (commands[a.i]!.seq as number) - (commands[b.i]!.seq as number));
  expect(res.body.results.map((r) => r.id)).toEqual(order.map(({ c }) => c.id));
  const decidedHere = new Map<string, { hash: string; result: CommandResult }>();
  order.forEach(({ c }, k) => {
    const result = res.body.results[k]!;
    count(tally.byType, c.type);
    const seen = decidedHere.get(c.id);
    if (seen) return expect(result, 'the same command twice in a push').toEqual(seen.result);
    if (checkReplay(history.get(c.id), { user: spec.user, clientId, hash: c.hash }, result, tally.byStatus)) {
      decidedHere.set(c.id, { hash: c.hash, result });
      return;
    }
    const ctx = {
      commandId: c.id,
      actor: { id: user.id, name: user.name },
      now: new Date(Math.min(Date.parse(c.issuedAt), Date.parse(recordedAt!))).toISOString(),
      recordedAt: recordedAt!,
      today: helsinkiDate(new Date(recordedAt!)),
      baseVersion: COMMANDS[c.type].versioned ? c.baseVersion : null,
    };
    const predicted = model.predict(c.type, c.payload, ctx);
    const got = { status: result.status, code: result.status === 'applied' ? null : result.code };
    expect(got, `${c.type} ${JSON.stringify(c.payload)} (base ${c.baseVersion})`).toEqual({ status: predicted.status, code: predicted.code });
    if (predicted.applicationVersion !== undefined) expect(result).toMatchObject({ version: predicted.applicationVersion });
    count(tally.byStatus, result.status === 'applied' ? 'applied' : `${result.status} ${result.code}`);
    decidedHere.set(c.id, { hash: c.hash, result });
    history.set(c.id, { id: c.id, user: spec.user, clientId, type: c.type, payload: c.payload, baseVersion: c.baseVersion, hash: c.hash, result });
  });

  // Exactly the rows the deciders of the applied commands produced, with exactly their data.
  const puts = model.takeTouched();
  expect([...written.keys()].sort()).toEqual([...puts.keys()].sort());
  for (const [key, put] of puts) {
    const row = written.get(key)!;
    expect({ key, version: row.version, data: row.data }).toEqual({ key, version: put.version, data: put.data });
  }
  await checkFeed(written);
}

const fcOptions = <T>(numRuns: number): fc.Parameters<T> => ({
  numRuns,
  seed: SEED,
  endOnFailure: true,
  // A batch is too large to print usefully: the failure says what went wrong.
  reporter: (run) => {
    if (run.failed) throw new Error(`push ${run.numRuns} of seed ${run.seed} failed: ${run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance)}`, { cause: run.errorInstance });
  },
});

describe('push, property-based', () => {
  it(
    'berth commands: never 5xx, change only what applied commands decided, never lower a version, only append events',
    async () => {
      const started = performance.now();
      await fc.assert(fc.asyncProperty(batch, checkPush), fcOptions(BERTH_RUNS));
      const seconds = Math.round((performance.now() - started) / 1000);
      console.log(
        `[measure] push property: ${tally.commands} commands in ${tally.pushes} pushes (${tally.decided} in pushes answered 200), ${seconds} s, of which the central took ${Math.round(tally.pushMs / 1000)} s; ` +
          `outcomes ${JSON.stringify(Object.fromEntries(tally.byStatus))}; types ${JSON.stringify(Object.fromEntries(tally.byType))}`,
      );
      expect(tally.commands).toBeGreaterThanOrEqual(4_000);
      for (const type of Object.keys(BERTH_COMMANDS).filter((c) => !WIDE_TYPES.includes(c as (typeof WIDE_TYPES)[number]))) expect(tally.byType.get(type) ?? 0, type).toBeGreaterThan(0);
      expect(tally.byStatus.get('applied') ?? 0).toBeGreaterThan(200);
    },
    600_000,
  );

  it(
    'every other workspace\'s commands, any user: never 5xx, a known code for each refusal, refused changes nothing, creating never overwrites, versions only up, replays answer the same',
    async () => {
      const started = performance.now();
      const wide: WideTally = { commands: 0, pushes: 0, pushMs: 0, byStatus: new Map(), byType: new Map(), applied: new Map(), notStorable: new Map() };
      await fc.assert(
        fc.asyncProperty(wideBatch, (spec) => checkWidePush(spec, { central, model, users, history, tally: wide })),
        fcOptions(WIDE_RUNS),
      );
      // A type the seeded batches never had decided (few users may push it, and a push with one
      // command its user may not push is refused whole) is pushed alone by a user who may, a few
      // times over, under the same invariants: every type meets them however many types there are.
      const world = { central, model, users, history, tally: wide };
      const samples = fc.sample(wideBatch, { seed: SEED, numRuns: 10 });
      for (const type of WIDE_TYPES) {
        const pusher = WIDE_USERS.find((u) => can(users.get(u)!.roles, COMMANDS[type].permission));
        for (let i = 0; pusher && (wide.byType.get(type) ?? 0) === 0 && i < samples.length; i++) {
          const alone: WideBatchSpec = { user: pusher, otherClient: false, anyType: false, commands: [{ ...samples[i]!.commands[0]!, type, hostile: null, envelope: 'none' }] };
          await checkWidePush(alone, world);
        }
      }
      const seconds = Math.round((performance.now() - started) / 1000);
      console.log(
        `[measure] push property, other workspaces: ${wide.commands} commands in ${wide.pushes} pushes, ${seconds} s, of which the central took ${Math.round(wide.pushMs / 1000)} s; outcomes ${JSON.stringify(Object.fromEntries(wide.byStatus))}; ` +
          `applied by type ${JSON.stringify(Object.fromEntries(wide.applied))}; refused by the database ${JSON.stringify(Object.fromEntries(wide.notStorable))}`,
      );
      // With the berth commands above: 10,000 commands over every type.
      expect(wide.commands + tally.commands).toBeGreaterThanOrEqual(10_000);
      for (const type of WIDE_TYPES) expect(wide.byType.get(type) ?? 0, type).toBeGreaterThan(0);
    },
    600_000,
  );
});
