import { createCore } from '../../../main/core/core.ts';
import { call, findOffer } from './harness.ts';

/**
 * A KuVa client as its own OS process, so a test can kill it with SIGKILL mid-push.
 *   enqueue: sign in, bootstrap, queue `count` notes, then push (the test kills it meanwhile)
 *   resume:  start from the data dir as it was left, sync until the outbox is empty
 * Reports progress as JSON lines on stdout.
 */
interface Args {
  mode: 'enqueue' | 'resume';
  dataDir: string;
  centralUrl: string;
  count?: number;
  tag?: string;
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const started = performance.now();
/** A progress line; `ms` since the process started, so a slow or stuck phase shows in a failure. */
const say = (message: Record<string, unknown>) => process.stdout.write(JSON.stringify({ ...message, ms: Math.round(performance.now() - started) }) + '\n');

const core = await createCore({
  dataDir: args.dataDir,
  centralUrl: args.centralUrl,
  mode: 'browser',
  sync: { intervalMs: 60_000, initialBackoffMs: 100, maxBackoffMs: 500 },
});

if (args.mode === 'enqueue') {
  await call(core, 'session.login', { username: 'aino', password: 'demo' });
  say({ event: 'signed-in' });
  await call(core, 'sync.now', {});
  say({ event: 'downloaded' });
  const { applicationId } = await findOffer(core);
  for (let i = 0; i < (args.count ?? 0); i++) {
    await call(core, 'berths.addNote', { applicationId, note: `${args.tag} #${i}` });
  }
  say({ event: 'queued', applicationId, pending: (await call(core, 'sync.status', {})).pendingCommands });
  const status = await call(core, 'sync.now', {});
  say({ event: 'synced', pending: status.pendingCommands });
} else {
  const before = await call(core, 'sync.status', {});
  say({ event: 'resumed', pending: before.pendingCommands });
  let status = await call(core, 'sync.now', {});
  for (let i = 0; i < 20 && status.pendingCommands > 0; i++) {
    say({ event: 'sync', pending: status.pendingCommands, lastError: status.lastError });
    status = await call(core, 'sync.now', {});
  }
  say({ event: 'synced', pendingBefore: before.pendingCommands, pending: status.pendingCommands, conflicts: status.openConflicts, lastError: status.lastError });
}
await core.close();
