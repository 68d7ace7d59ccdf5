import type { OutboxEntry } from '../cache/cache-port.ts';
import type { CoreEvent } from '../../../domain/contract.ts';
import { isErrorCode, type ErrorCode } from '../../../domain/errors.ts';
import type { CommandEnvelope, CommandResult } from '../../../domain/sync/protocol.ts';
import { brokenCentral, OK, type Outcome, type SyncRun } from './sync-run.ts';
import { uploadDocuments } from '../documents/upload-documents.ts';

function envelope(e: OutboxEntry): CommandEnvelope {
  const env: CommandEnvelope = { id: e.id, seq: e.seq, type: e.type, payload: e.payload, issuedAt: e.issuedAt };
  if (e.baseVersion !== undefined) env.baseVersion = e.baseVersion;
  return env;
}

const refusal = (id: string, code: ErrorCode, message: string): CommandResult => ({ id, status: 'rejected', code, message });

/** Records answers in the cache and tells the UI; returns how many commands were settled. */
function settle(run: SyncRun, results: CommandResult[]): number {
  if (results.length === 0) return 0;
  const summary = run.cache.settle(results);
  if (summary.entities.length > 0) run.emit({ type: 'changed', entities: summary.entities });
  for (const s of summary.settled) {
    const event: CoreEvent = { type: 'command.settled', commandId: s.id, commandType: s.type, status: s.status };
    if (s.code !== undefined) event.code = isErrorCode(s.code) ? s.code : 'internal';
    if (s.message !== undefined) event.message = s.message;
    run.emit(event);
  }
  return summary.settled.length;
}

type PushReply = Awaited<ReturnType<SyncRun['client']['push']>>;

interface Sent {
  batch: OutboxEntry[];
  reply: Promise<PushReply>;
}

function send(run: SyncRun, batch: OutboxEntry[]): Sent {
  run.cache.markAttempted(batch.map((c) => c.id));
  return { batch, reply: run.client.push(run.token, { clientId: run.cache.clientId, commands: batch.map(envelope) }, run.signal) };
}

/** One push of `batch`; a refusal of the whole batch is turned into per-command answers. */
async function pushBatch(run: SyncRun, batch: OutboxEntry[]): Promise<{ outcome: Outcome; settled: number }> {
  return answered(run, batch, await send(run, batch).reply);
}

/** What a batch's reply means: its answers settled, or a refusal of the whole batch worked out. */
async function answered(run: SyncRun, batch: OutboxEntry[], r: PushReply): Promise<{ outcome: Outcome; settled: number }> {
  if (r.ok) return { outcome: OK, settled: settle(run, r.value.results) };
  const f = r.failure;
  if (f.kind === 'forbidden') {
    // 403 names the commands the role may not send; without names, the whole batch was refused.
    const inBatch = new Set(batch.map((c) => c.id));
    const named = (f.commandIds ?? []).filter((id) => inBatch.has(id));
    const ids = named.length > 0 ? named : [...inBatch];
    return { outcome: OK, settled: settle(run, ids.map((id) => refusal(id, 'forbidden', f.message))) };
  }
  if (f.kind === 'malformed') {
    if (batch.length === 1) return { outcome: OK, settled: settle(run, [refusal(batch[0]!.id, f.code, f.message)]) };
    // Nothing of the batch was applied: send one at a time, in order, to find the bad one(s).
    let settled = 0;
    for (const single of batch) {
      const one = await pushBatch(run, [single]);
      settled += one.settled;
      if (!one.outcome.ok) return { outcome: one.outcome, settled };
    }
    return { outcome: OK, settled };
  }
  return { outcome: r, settled: 0 };
}

/** The next batch after the one whose answers are not settled yet. */
function nextBatch(run: SyncRun, batchSize: number, unsettled: readonly OutboxEntry[]): OutboxEntry[] {
  const skip = new Set(unsettled.map((c) => c.id));
  return run.cache
    .pendingCommands(batchSize + skip.size)
    .filter((c) => !skip.has(c.id))
    .slice(0, batchSize);
}

/** A turn of the event loop, so a request just started is on the wire before the thread is busy. */
const onTheWire = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Pushes the outbox in seq order, `batchSize` commands at a time, until it is empty; says how many
 * commands were answered. Before each
 * batch the documents waiting go up (a scan attached meanwhile too): a command never reaches the
 * central before the scan it names, and none is pushed while an upload cannot get through.
 *
 * Once a batch is answered, the next goes out before the answers are settled: the central works on
 * it while the desk writes the answers (a few to 30 ms per batch of 200). The central still gets
 * each batch only after the one before is committed, so it decides them in order.
 */
export async function pushOutbox(run: SyncRun, batchSize: number): Promise<Outcome & { pushed: number }> {
  let next: Sent | null = null;
  let pushed = 0;
  const ended = (outcome: Outcome) => ({ ...outcome, pushed });
  try {
    for (;;) {
      if (!next) {
        if (run.stopped()) return ended(OK);
        const uploaded = await uploadDocuments(run);
        if (!uploaded.ok) return ended(uploaded);
        if (run.stopped()) return ended(OK);
        const batch = run.cache.pendingCommands(batchSize);
        if (batch.length === 0) return ended(OK);
        run.setPhase('pushing');
        next = send(run, batch);
      }
      const current: Sent = next;
      next = null;
      const r = await current.reply;
      if (r.ok && !run.stopped()) {
        const uploaded = await uploadDocuments(run);
        const following = uploaded.ok && !run.stopped() ? nextBatch(run, batchSize, current.batch) : [];
        if (following.length > 0) {
          next = send(run, following);
          await onTheWire();
        }
      }
      const { outcome, settled } = await answered(run, current.batch, r);
      pushed += settled;
      if (!outcome.ok) return ended(outcome);
      run.reached();
      run.publishStatus();
      // A central that answers but settles nothing would keep us here forever.
      if (settled === 0) return ended(brokenCentral('The central left the pushed commands unanswered.'));
    }
  } finally {
    // A batch still out when this ends (stopped, or settling failed) is answered by the central
    // all the same; its commands stay in the outbox and are pushed again, which the central
    // answers from what it stored.
    await (next as Sent | null)?.reply.catch(() => undefined);
  }
}
