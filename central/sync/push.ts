import { z } from 'zod';
import { can } from '../../domain/roles.ts';
import { COMMANDS } from '../../domain/workspaces.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import type { ErrorCode } from '../../domain/errors.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import { PushRequest, type CommandResult, type PushResponse, type StaffUser } from '../../domain/sync/protocol.ts';
import { isStatementFault, pgErrorInfo, type Db, type Queryable } from '../db/db.ts';
import { COMMAND_HANDLERS } from '../workspaces.ts';
import { RunChunkAgain, type ChunkCache, type Decision, type IncomingCommand } from './handler.ts';
import { commandHash, isSameCommand, type StoredIdentity } from './command-identity.ts';
import { numberChanges, writePuts, type EntityPut, type WriteRefusal } from './feed.ts';

export type PushOutcome =
  /** `interruptedBy`: a later chunk failed after earlier ones committed; their results are all that is answered. */
  | { kind: 'ok'; response: PushResponse; interruptedBy?: unknown }
  | { kind: 'bad_request'; message: string }
  | { kind: 'forbidden'; message: string; commandIds: string[] };

interface Envelope extends IncomingCommand {
  seq: number;
  baseVersion: number | null;
  issuedAt: string;
  /** commandHash of type, payload and baseVersion: what the id is bound to. */
  hash: string;
}

/**
 * Commands per transaction: big enough to amortise commits, small enough to keep locks short. A
 * desk pushes 200 at a time, so each of its pushes is one transaction: at 100 the fixed cost of a
 * chunk (its reads, the feed numbering, the commit) came twice per push, 10–25 % of the push.
 */
export const PUSH_CHUNK = 200;
const RETRIES = 5;
/** Starts a handler may ask of one chunk (it asks at most once; the bound guards against a loop). */
const MAX_RERUNS = 2;
/** Deadlock, serialization failure, or a command id another push stored meanwhile: run the chunk again. */
const RETRYABLE = new Set(['40P01', '40001']);
/** Unique and exclusion violations: a constraint a workspace can explain. */
const EXPLAINABLE = new Set(['23505', '23P01']);

/** The records whose new version an applied command answers: an application, a series, a reservation. */
const VERSION_OF: ReadonlySet<string> = new Set(['application', 'reservation_series', 'reservation']);

type Invalid = Exclude<PushOutcome, { kind: 'ok' }>;

/** Validates the whole batch first: a bad or forbidden command means nothing of it is applied. */
function validate(body: unknown, user: StaffUser): { envelopes: Envelope[]; clientId: string } | Invalid {
  const parsed = PushRequest.safeParse(body);
  if (!parsed.success) return { kind: 'bad_request', message: z.prettifyError(parsed.error) };
  const envelopes: Envelope[] = [];
  const problems: string[] = [];
  const firstAt = new Map<string, { index: number; hash: string }>();
  parsed.data.commands.forEach((c, i) => {
    const payload = COMMANDS[c.type].payload.safeParse(c.payload);
    if (!payload.success) {
      problems.push(`commands[${i}] (${c.type}, ${c.id}): ${z.prettifyError(payload.error)}`);
      return;
    }
    const baseVersion = c.baseVersion ?? null;
    const hash = commandHash(c.type, payload.data, baseVersion);
    // The same command twice is answered twice; two commands under one id cannot both be meant.
    const first = firstAt.get(c.id);
    if (first && first.hash !== hash) problems.push(`commands[${i}] reuses the id of commands[${first.index}] (${c.id}) for another command.`);
    if (!first) firstAt.set(c.id, { index: i, hash });
    envelopes.push({ id: c.id, seq: c.seq, type: c.type, payload: payload.data, baseVersion, issuedAt: c.issuedAt, hash });
  });
  if (problems.length > 0) return { kind: 'bad_request', message: `Invalid commands.\n${problems.join('\n')}` };
  const forbidden = envelopes.filter((e) => !can(user.roles, COMMANDS[e.type].permission));
  if (forbidden.length > 0) {
    const types = [...new Set(forbidden.map((e) => e.type))].join(', ');
    return { kind: 'forbidden', message: `Your roles do not allow ${types}.`, commandIds: forbidden.map((e) => e.id) };
  }
  // Stable: equal seqs keep their order in the batch.
  envelopes.sort((a, b) => a.seq - b.seq);
  return { envelopes, clientId: parsed.data.clientId };
}

const rejected = (id: string, code: ErrorCode, message: string): CommandResult => ({ id, status: 'rejected', code, message });

function toResult(id: string, decision: Decision, puts: readonly EntityPut[]): CommandResult {
  if (decision.ok) {
    // The new version of the record the command was decided on (a series before its occurrences).
    const version = puts.find((p) => VERSION_OF.has(p.entity))?.version;
    return version === undefined ? { id, status: 'applied' } : { id, status: 'applied', version };
  }
  return decision.status === 'conflict'
    ? { id, status: 'conflict', code: decision.code, message: decision.message, current: decision.current ?? null }
    : rejected(id, decision.code, decision.message);
}

interface CommandRow {
  id: string;
  client_id: string;
  seq: number;
  user_id: string;
  type: string;
  payload: unknown;
  base_version: number | null;
  payload_hash: string;
  status: string;
  code: string | null;
  message: string | null;
  result: CommandResult;
  issued_at: string;
  received_at: string;
  decided_at: string;
}

async function storeCommands(tx: Queryable, rows: CommandRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO commands (id, client_id, seq, user_id, type, payload, base_version, payload_hash, status, code, message, result, issued_at, received_at, decided_at)
     SELECT id, client_id, seq, user_id, type, payload, base_version, payload_hash, status, code, message, result, issued_at, received_at, decided_at
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, client_id uuid, seq bigint, user_id uuid, type text, payload jsonb,
       base_version int, payload_hash text, status text, code text, message text, result jsonb,
       issued_at timestamptz, received_at timestamptz, decided_at timestamptz)`,
    [JSON.stringify(rows)],
    'push_store_commands',
  );
}

async function knownCommands(tx: Queryable, chunk: Envelope[]): Promise<Map<string, StoredIdentity & { result: CommandResult }>> {
  const known = await tx.query<StoredIdentity & { id: string; result: CommandResult }>(
    `SELECT id::text AS id, user_id::text AS user_id, client_id::text AS client_id, payload_hash, type, payload, base_version, result
     FROM commands WHERE id = ANY(string_to_array($1, ',')::uuid[])`,
    [chunk.map((c) => c.id).join(',')],
    'push_known_commands',
  );
  return new Map(known.rows.map((r) => [r.id, r]));
}

/**
 * Thrown in a chunk's first pass when a command's writes must be undone alone: the chunk's
 * transaction rolls back and the chunk runs again, a savepoint per command.
 */
class NeedsSavepoints extends Error {}

/** Where a chunk's commands write: at once (the pass with savepoints), or gathered (the first pass). */
interface ChunkWriter {
  /** What deciders and `written` hooks run their statements on. */
  tx: Queryable;
  savepoints: boolean;
  write(puts: EntityPut[]): Promise<WriteRefusal | null>;
  /** Writes whatever is gathered. */
  flush(): Promise<void>;
}

function immediateWriter(tx: Queryable): ChunkWriter {
  return { tx, savepoints: true, write: (puts) => writePuts(tx, puts), flush: async () => {} };
}

/**
 * The first pass gathers the commands' puts and writes them in one statement just before the
 * next statement of any kind runs, so every read still sees every earlier write. A write refused
 * there is not any one command's answer: the chunk runs again with savepoints.
 */
function gatheringWriter(tx: Queryable): ChunkWriter {
  const gathered: EntityPut[] = [];
  const flush = async () => {
    if (gathered.length === 0) return;
    if (await writePuts(tx, gathered.splice(0))) throw new NeedsSavepoints();
  };
  return {
    tx: {
      async query<R>(text: string, params?: readonly unknown[], name?: string) {
        await flush();
        return tx.query<R>(text, params, name);
      },
      async exec(sql: string) {
        await flush();
        await tx.exec(sql);
      },
    },
    savepoints: false,
    write: async (puts) => {
      gathered.push(...puts);
      return null;
    },
    flush,
  };
}

/**
 * Decides and writes one command. With savepoints, inside the savepoint `command`: anything it
 * wrote is rolled back when it is refused by the write rule or by the database itself. Without,
 * such a refusal throws NeedsSavepoints. A refusal by its decider has written nothing either way.
 */
async function runCommand(w: ChunkWriter, command: Envelope, ctx: CommandContext, cache: ChunkCache, user: StaffUser): Promise<{ result: CommandResult; applied: boolean }> {
  const handler = COMMAND_HANDLERS[command.type];
  const { tx } = w;
  try {
    const decision = await handler.decide(tx, command, ctx, cache, user);
    if (!decision.ok) return { result: toResult(command.id, decision, []), applied: false };
    const puts = decision.puts.map((p): EntityPut => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record }));
    const refused = await w.write(puts);
    if (refused) {
      if (!w.savepoints) throw new NeedsSavepoints();
      await tx.exec('ROLLBACK TO SAVEPOINT command');
      return { result: rejected(command.id, refused.code, refused.message), applied: false };
    }
    await handler.written?.(tx, command, puts, cache);
    if (w.savepoints) await tx.exec('RELEASE SAVEPOINT command; SAVEPOINT command');
    return { result: toResult(command.id, decision, puts), applied: true };
  } catch (error) {
    if (!isStatementFault(error)) throw error;
    if (!w.savepoints) throw new NeedsSavepoints();
    await tx.exec('ROLLBACK TO SAVEPOINT command');
    const { code, constraint } = pgErrorInfo(error);
    // The schema caught a race the locks did not: the workspace says what it means.
    const explained = code !== null && EXPLAINABLE.has(code) && constraint ? await handler.explainViolation(tx, command, constraint, cache) : null;
    if (explained) return { result: toResult(command.id, explained, []), applied: false };
    const detail = error instanceof Error ? error.message : String(error);
    return { result: rejected(command.id, 'not_storable', `The central could not store this command: ${detail}`), applied: false };
  }
}

/** Each workspace handler of the chunk's commands loads what they need in one go, where it can. */
async function prefetch(tx: Queryable, commands: Envelope[], cache: ChunkCache): Promise<void> {
  const handlers = new Set(commands.map((c) => COMMAND_HANDLERS[c.type]));
  for (const handler of handlers) await handler.prefetch?.(tx, commands, cache);
}

async function runChunk(
  tx: Queryable,
  chunk: Envelope[],
  user: StaffUser,
  clientId: string,
  receivedAt: Date,
  clock: () => Date,
  savepoints: boolean,
  carried: ChunkCache,
): Promise<Map<string, CommandResult>> {
  const results = new Map<string, CommandResult>();
  const known = await knownCommands(tx, chunk);
  const cache: ChunkCache = new Map(carried);
  const rows: CommandRow[] = [];
  let applied = 0;
  const w = savepoints ? immediateWriter(tx) : gatheringWriter(tx);
  if (savepoints) await tx.exec('SAVEPOINT command');
  else await prefetch(tx, chunk.filter((c) => !known.has(c.id)), cache);
  // One instant for the whole push: written once, not once per command.
  const recordedAt = receivedAt.toISOString();
  const today = helsinkiDate(receivedAt);
  for (const command of chunk) {
    if (results.has(command.id)) continue;
    const stored = known.get(command.id);
    if (stored) {
      results.set(
        command.id,
        isSameCommand(stored, user, clientId, command.hash)
          ? stored.result
          : rejected(command.id, 'command_id_taken', 'This command id was used before by another user, another installation or for another command.'),
      );
      continue;
    }
    // The person's own time, but never later than the central's: a clock from the future is not trusted.
    const issued = new Date(Math.min(Date.parse(command.issuedAt), receivedAt.getTime()));
    const ctx: CommandContext = {
      commandId: command.id,
      actor: { id: user.id, name: user.name },
      now: issued.toISOString(),
      recordedAt,
      today,
      baseVersion: COMMANDS[command.type].versioned ? command.baseVersion : null,
    };
    const outcome = await runCommand(w, command, ctx, cache, user);
    if (outcome.applied) applied++;
    const { result } = outcome;
    results.set(command.id, result);
    rows.push({
      id: command.id,
      client_id: clientId,
      seq: command.seq,
      user_id: user.id,
      type: command.type,
      payload: command.payload,
      base_version: command.baseVersion,
      payload_hash: command.hash,
      status: result.status,
      code: result.status === 'applied' ? null : result.code,
      message: result.status === 'applied' ? null : result.message,
      result,
      // The instant as the records show it (the client's text may carry an offset PostgreSQL refuses).
      issued_at: ctx.now,
      received_at: recordedAt,
      decided_at: clock().toISOString(),
    });
  }
  try {
    await w.flush();
  } catch (error) {
    throw isStatementFault(error) ? new NeedsSavepoints() : error;
  }
  // The commands are stored first: a chunk hook may rewrite what the chunk stored (an erasure's, decision 52).
  if (rows.length > 0) await storeCommands(tx, rows);
  for (const handler of new Set(chunk.map((c) => COMMAND_HANDLERS[c.type]))) await handler.chunkWritten?.(tx, cache);
  if (applied > 0) await numberChanges(tx);
  return results;
}

/**
 * Executes a push: in seq order, one transaction per chunk. A chunk runs first without savepoints
 * (a round trip per command saved); when one of its commands must be undone alone, it runs again
 * with a savepoint per command, so a refused command never blocks the next. A command id seen
 * before answers its stored result, to its sender only. The answer covers exactly what was
 * committed: when a chunk cannot be committed (the database went away), the chunks before it are
 * answered and the rest stays with the client to send again; when the first one cannot, the
 * error propagates (503 when the database is down) and nothing was written.
 */
export async function push(db: Db, user: StaffUser, body: unknown, clock: () => Date = () => new Date()): Promise<PushOutcome> {
  const valid = validate(body, user);
  if ('kind' in valid) return valid;
  const receivedAt = clock();
  const results = new Map<string, CommandResult>();
  const answer = (interruptedBy?: unknown): PushOutcome => {
    const response = { results: valid.envelopes.map((e) => results.get(e.id)).filter((r): r is CommandResult => r !== undefined) };
    return interruptedBy === undefined ? { kind: 'ok', response } : { kind: 'ok', response, interruptedBy };
  };
  for (let i = 0; i < valid.envelopes.length; i += PUSH_CHUNK) {
    const chunk = valid.envelopes.slice(i, i + PUSH_CHUNK);
    let savepoints = false;
    // What a handler asked the chunk's next attempts to start with (RunChunkAgain); kept through retries.
    const carried: ChunkCache = new Map();
    let reruns = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        const chunkResults = await db.transaction((tx) => runChunk(tx, chunk, user, valid.clientId, receivedAt, clock, savepoints, carried));
        for (const [id, r] of chunkResults) results.set(id, r);
        break;
      } catch (error) {
        if (error instanceof NeedsSavepoints) {
          savepoints = true;
          attempt--;
          continue;
        }
        if (error instanceof RunChunkAgain && reruns < MAX_RERUNS) {
          reruns++;
          for (const [key, value] of error.carry) carried.set(key, value);
          attempt--;
          continue;
        }
        const { code, constraint } = pgErrorInfo(error);
        const retry = (code !== null && RETRYABLE.has(code)) || (code === '23505' && constraint === 'commands_pkey');
        if (retry && attempt < RETRIES) continue;
        if (results.size > 0) return answer(error);
        throw error;
      }
    }
  }
  return answer();
}
