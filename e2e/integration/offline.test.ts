import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CoreEvent } from '../../domain/contract.ts';
import { SETUP_MS, TestCentral } from './support/central.ts';
import { call, dueDate, findOffer, openClient, signIn, tempRoot, waitFor } from './support/harness.ts';

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: TestCentral;

beforeAll(async () => {
  root = await tempRoot('offline');
  central = await TestCentral.start(root.dir);
}, SETUP_MS);
afterAll(async () => {
  await central?.stop();
  await root?.remove();
});

it('queues work while the central is down, survives a restart offline, and applies it in order when it returns', async () => {
  let c = await openClient(root.dir, 'c', central.url);
  await signIn(c, 'aino');
  const { applicationId, berth } = await findOffer(c);

  await central.stop();
  const offer = await call(c, 'berths.offerBerth', { applicationId, berthId: berth.berthId, dueDate: dueDate() });
  const withOffer = await call(c, 'berths.getApplication', { id: applicationId });
  expect([withOffer.application.status, withOffer.offer?.pending]).toEqual(['offer_sent', true]);
  const withdraw = await call(c, 'berths.withdrawOffer', { applicationId, leaseId: withOffer.offer!.lease.id, reason: 'wrong berth' });

  // The app restarts with no central: the same user, cache and outbox come back.
  await c.close();
  c = await openClient(root.dir, 'c', central.url);
  const session = await call(c, 'session.get', {});
  expect(session.user?.name).toBeTruthy();
  const note = await call(c, 'berths.addNote', { applicationId, note: 'called the customer' });
  const ids = [offer.commandId, withdraw.commandId, note.commandId];

  const offline = await call(c, 'sync.now', {});
  expect([offline.connection, offline.pendingCommands, offline.lastError?.code]).toEqual(['offline', 3, 'central_unreachable']);
  // Retries while backing off change nothing.
  await new Promise((r) => setTimeout(r, 300));
  expect((await call(c, 'sync.status', {})).pendingCommands).toBe(3);

  const lastSyncBefore = (await call(c, 'sync.status', {})).lastSyncAt;
  await central.restart();
  // No on-demand sync: the backoff timer finds the central again by itself.
  const back = await waitFor('the outbox to drain', async () => {
    const s = await call(c, 'sync.status', {});
    return s.pendingCommands === 0 && s.connection === 'online' && s.phase === 'idle' && s.lastSyncAt !== lastSyncBefore ? s : null;
  });
  expect([back.openConflicts, back.lastError]).toEqual([0, null]);

  const settled = ids.map((id) => c.events.find((e): e is Extract<CoreEvent, { type: 'command.settled' }> => e.type === 'command.settled' && e.commandId === id)?.status);
  expect(settled).toEqual(['applied', 'applied', 'applied']);
  await call(c, 'sync.now', {});
  const detail = await call(c, 'berths.getApplication', { id: applicationId });
  const ours = detail.history.filter((h) => h.commandId !== null && ids.includes(h.commandId)).reverse();
  expect(ours.map((h) => [h.commandId, h.kind])).toEqual([
    [offer.commandId, 'offer_made'],
    [withdraw.commandId, 'offer_withdrawn'],
    [note.commandId, 'note'],
  ]);
  expect([detail.application.status, detail.pendingCommands]).toEqual(['pending', []]);
  await c.close();
});
