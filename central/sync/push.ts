import { z } from 'zod';
import { can } from '../../domain/roles.ts';
import { COMMANDS } from '../../domain/workspaces.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import type { CommandContext, Decision } from '../../domain/berths/decide.ts';
import { PushRequest, type CommandResult, type PushResponse, type StaffUser } from '../../domain/sync/protocol.ts';
import { pgErrorInfo, type Db, type Queryable } from '../db/db.ts';
import { COMMAND_HANDLERS } from '../workspaces.ts';
import type { ChunkCache, IncomingCommand } from './handler.ts';
import { numberChanges, writePuts } from './feed.ts';

export type PushOutcome =
  | { kind: 'ok'; response: PushResponse }
  | { kind: 'bad_request'; message: string }
  | { kind: 'forbidden'; message: string; commandIds: string[] };

interface Envelope extends IncomingCommand {
  seq: number;
  baseVersion: number | null;
}

/** Commands per transaction: big enough to amortise commits, small enough to keep locks short. */
export const PUSH_CHUNK = 100;
const RETRIES = 5;
/** Deadlock, serialization failure, or a command id another push stored meanwhile: run the chunk again. */
const RETRYABLE = new Set(['40P01', '40001']);

/** Validates the whole batch first: a bad or forbidden command means nothing of it is applied. */
function validate(body: unknown, user: StaffUser): { envelopes: Envelope[]; clientId: string } | Exclude<PushOutcome, { kind: 'ok' }> {
  const parsed = PushRequest.safeParse(body);
  if (!parsed.success) return { kind: 'bad_request', message: z.prettifyError(parsed.error) };
  const envelopes: Envelope[] = [];
  const problems: string[] = [];
  parsed.data.commands.forEach((c, i) => {
    const payload = COMMANDS[c.type].payload.safeParse(c.payload);
    if (!payload.success) {
      problems.push(`commands[${i}] (${c.type}, ${c.id}): ${z.prettifyError(payload.error)}`);
      return;
    }
    envelopes.push({ id: c.id, seq: c.seq, type: c.type, payload: payload.data, baseVersion: c.baseVersion ?? null });
  });
  if (problems.length > 0) return { kind: 'bad_request', message: `Invalid command payload.\n${problems.join('\n')}` };
  const forbidden = envelopes.filter((e) => !can(user.roles, COMMANDS[e.type].permission));
  if (forbidden.length > 0) {
    const types = [...new Set(forbidden.map((e) => e.type))].join(', ');
    return { kind: 'forbidden', message: `Your roles do not allow ${types}.`, commandIds: forbidden.map((e) => e.id) };
  }
  // Stable: equal seqs keep their order in the batch.
  envelopes.sort((a, b) => a.seq - b.seq);
  return { envelopes, clientId: parsed.data.clientId };
}

function toResult(id: string, decision: Decision, puts: { entity: string; version: number }[]): CommandResult {
  if (decision.ok) {
    const version = puts.find((p) => p.entity === 'application')?.version;
    return version === undefined ? { id, status: 'applied' } : { id, status: 'applied', version };
  }
  return decision.status === 'conflict'
    ? { id, status: 'conflict', code: decision.code, message: decision.message, current: decision.current ?? null }
    : { id, status: 'rejected', code: decision.code, message: decision.message };
}

interface CommandRow {
  id: string;
  client_id: string;
  seq: number;
  user_id: string;
  type: string;
  payload: unknown;
  base_version: number | null;
  status: string;
  code: string | null;
  message: string | null;
  result: CommandResult;
  received_at: string;
  decided_at: string;
}

async function storeCommands(tx: Queryable, rows: CommandRow[]): Promise<void> {
  await tx.query(
    `INSERT INTO commands (id, client_id, seq, user_id, type, payload, base_version, status, code, message, result, received_at, decided_at)
     SELECT id, client_id, seq, user_id, type, payload, base_version, status, code, message, result, received_at, decided_at
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, client_id uuid, seq bigint, user_id uuid, type text, payload jsonb,
       base_version int, status text, code text, message text, result jsonb, received_at timestamptz, decided_at timestamptz)`,
    [JSON.stringify(rows)],
    'push_store_commands',
  );
}

async function runChunk(
  tx: Queryable,
  chunk: Envelope[],
  user: StaffUser,
  clientId: string,
  receivedAt: string,
): Promise<Map<string, CommandResult>> {
  const results = new Map<string, CommandResult>();
  const known = await tx.query<{ id: string; result: CommandResult }>(
    `SELECT id, result FROM commands WHERE id = ANY(string_to_array($1, ',')::uuid[])`,
    [chunk.map((c) => c.id).join(',')],
    'push_known_commands',
  );
  for (const row of known.rows) results.set(row.id, row.result);

  const cache: ChunkCache = new Map();
  const rows: CommandRow[] = [];
  let applied = 0;
  await tx.exec('SAVEPOINT command');
  for (const command of chunk) {
    if (results.has(command.id)) continue;
    const now = new Date();
    const ctx: CommandContext = {
      commandId: command.id,
      actor: { id: user.id, name: user.name },
      now: now.toISOString(),
      today: helsinkiDate(now),
      baseVersion: COMMANDS[command.type].versioned ? command.baseVersion : null,
    };
    const handler = COMMAND_HANDLERS[command.type];
    let decision = await handler.decide(tx, command, ctx, cache);
    let puts: { entity: string; version: number }[] = [];
    if (decision.ok) {
      try {
        const entityPuts = decision.puts.map((p) => ({ entity: p.entity, id: p.record.id, version: p.version, data: p.record }));
        await writePuts(tx, entityPuts);
        puts = entityPuts;
        await tx.exec('RELEASE SAVEPOINT command; SAVEPOINT command');
        applied++;
      } catch (error) {
        const { code, constraint } = pgErrorInfo(error);
        if (code !== '23505' || !constraint) throw error;
        // The schema caught a race the locks did not: undo this command only.
        await tx.exec('ROLLBACK TO SAVEPOINT command');
        const explained = await handler.explainViolation(tx, command, constraint);
        if (!explained) throw error;
        decision = explained;
        puts = [];
      }
    }
    const result = toResult(command.id, decision, puts);
    results.set(command.id, result);
    rows.push({
      id: command.id,
      client_id: clientId,
      seq: command.seq,
      user_id: user.id,
      type: command.type,
      payload: command.payload,
      base_version: command.baseVersion,
      status: result.status,
      code: result.status === 'applied' ? null : result.code,
      message: result.status === 'applied' ? null : result.message,
      result,
      received_at: receivedAt,
      decided_at: ctx.now,
    });
  }
  if (rows.length > 0) await storeCommands(tx, rows);
  if (applied > 0) await numberChanges(tx);
  return results;
}

/**
 * Executes a push: in seq order, one transaction per chunk, a savepoint per command so a refused
 * command never blocks the next. A command id seen before answers its stored result.
 */
export async function push(db: Db, user: StaffUser, body: unknown, chunkSize = PUSH_CHUNK): Promise<PushOutcome> {
  const valid = validate(body, user);
  if ('kind' in valid) return valid;
  const receivedAt = new Date().toISOString();
  const results = new Map<string, CommandResult>();
  for (let i = 0; i < valid.envelopes.length; i += chunkSize) {
    const chunk = valid.envelopes.slice(i, i + chunkSize);
    for (let attempt = 1; ; attempt++) {
      try {
        const chunkResults = await db.transaction((tx) => runChunk(tx, chunk, user, valid.clientId, receivedAt));
        for (const [id, r] of chunkResults) results.set(id, r);
        break;
      } catch (error) {
        const { code, constraint } = pgErrorInfo(error);
        const retry = (code !== null && RETRYABLE.has(code)) || (code === '23505' && constraint === 'commands_pkey');
        if (!retry || attempt >= RETRIES) throw error;
      }
    }
  }
  return {
    kind: 'ok',
    response: { results: valid.envelopes.map((e) => results.get(e.id)).filter((r): r is CommandResult => r !== undefined) },
  };
}
