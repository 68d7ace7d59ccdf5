import { expect } from 'vitest';
import type { CoreEvent } from '../../../domain/contract.ts';
import { call, dueDate, findContestedBerth, type openClient } from './harness.ts';

type Client = Awaited<ReturnType<typeof openClient>>;

const settledOf = (events: CoreEvent[], id: string) =>
  events.find((e): e is Extract<CoreEvent, { type: 'command.settled' }> => e.type === 'command.settled' && e.commandId === id);

/**
 * Two handlers offer the same free berth to different applications, then sync at the same time:
 * exactly one offer is applied, the other lands in its sender's conflicts inbox as berth_taken
 * with the server's current state, and both caches end with the central's truth.
 */
export async function raceForOneBerth(a: Client, b: Client): Promise<void> {
  const { berthId, applications } = await findContestedBerth(a);
  const [appA, appB] = applications;
  const offerA = await call(a, 'berths.offerBerth', { applicationId: appA, berthId, dueDate: dueDate() });
  const offerB = await call(b, 'berths.offerBerth', { applicationId: appB, berthId, dueDate: dueDate() });
  expect([offerA.status, offerB.status]).toEqual(['pending', 'pending']);

  await Promise.all([call(a, 'sync.now', {}), call(b, 'sync.now', {})]);
  // The winner's lease reaches the loser's cache (and the other way round) with one more pull.
  await Promise.all([call(a, 'sync.now', {}), call(b, 'sync.now', {})]);

  const results = [settledOf(a.events, offerA.commandId), settledOf(b.events, offerB.commandId)];
  expect(results.map((r) => r?.status).sort()).toEqual(['applied', 'conflict']);
  const [winner, loser, loserCmd, loserApp, winnerApp] =
    results[0]?.status === 'applied' ? [a, b, offerB.commandId, appB, appA] : [b, a, offerA.commandId, appA, appB];
  expect(results.find((r) => r?.status === 'conflict')?.code).toBe('berth_taken');

  const inbox = await call(loser, 'conflicts.list', {});
  const item = inbox.find((c) => c.id === loserCmd);
  expect(item).toMatchObject({ status: 'conflict', code: 'berth_taken', commandType: 'berths.offerBerth', applicationId: loserApp });
  expect(item?.current).toBeTruthy();

  for (const client of [winner, loser]) {
    const lost = await call(client, 'berths.getApplication', { id: loserApp });
    const won = await call(client, 'berths.getApplication', { id: winnerApp });
    // A paper-invoice customer's offer waits for its paper invoice; anyone else's is sent.
    const offered = won.order?.order.invoicingType === 'paper_invoice' ? 'offer_generated' : 'offer_sent';
    expect(won.order?.order.leaseId).toBe(won.offer?.lease.id);
    expect([lost.application.status, lost.offer, won.application.status, won.offer?.lease.berthId]).toEqual(['pending', null, offered, berthId]);
  }
  const status = await call(loser, 'sync.status', {});
  expect(status.pendingCommands).toBe(0);
  expect(status.openConflicts).toBeGreaterThanOrEqual(1);
  expect((await call(loser, 'conflicts.dismiss', { id: loserCmd })).dismissed).toBe(true);
}
