import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CoreEvent } from '../../domain/contract.ts';
import { startCoreWorker } from '../../main/core/worker/start-core-worker.ts';
import { SETUP_MS, TestCentral } from './support/central.ts';
import { call, dueDate, FAST_SYNC, findOffer, tempRoot, waitFor } from './support/harness.ts';

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: TestCentral;

beforeAll(async () => {
  root = await tempRoot('worker');
  central = await TestCentral.start(root.dir);
}, SETUP_MS);
afterAll(async () => {
  await central?.stop();
  await root?.remove();
});

it('the core in a worker thread: sign in, list, offer, and the answer comes back as an event', async () => {
  const core = await startCoreWorker({
    dataDir: path.join(root.dir, 'w'),
    centralUrl: central.url,
    mode: 'browser',
    sync: FAST_SYNC,
    workerUrl: new URL('../../main/core/worker/core-worker.ts', import.meta.url),
  });
  const events: CoreEvent[] = [];
  core.onEvent((e) => events.push(e));
  try {
    const session = await call(core, 'session.login', { username: 'aino', password: 'demo' });
    expect(session.user?.roles).toContain('berth_handler');
    await call(core, 'sync.now', {});
    const list = await call(core, 'berths.listApplications', { filter: { statuses: ['pending'] } });
    expect(list.total).toBeGreaterThan(0);
    const { applicationId, berth } = await findOffer(core);
    const offer = await call(core, 'berths.offerBerth', { applicationId, berthId: berth.berthId, dueDate: dueDate() });
    // No sync.now: the nudge after a local command pushes it.
    const settled = await waitFor('the offer to settle', async () =>
      events.find((e) => e.type === 'command.settled' && e.commandId === offer.commandId),
    );
    expect(settled).toMatchObject({ status: 'applied', commandType: 'berths.offerBerth' });
    expect(events.some((e) => e.type === 'changed')).toBe(true);
  } finally {
    await core.close();
  }
});
