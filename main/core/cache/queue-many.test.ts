import { describe, expect, it } from 'vitest';
import { HANDLER, SUPERVISOR } from '../berths/testing/index.ts';
import { worldCacheEach } from '../berths/testing/world-cache.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
const at = worldCacheEach(NOW);

const offerInput = (applicationId: string, berthId: string) => ({ applicationId, berthId, acceptShorter: false });

describe('handleMany', () => {
  it('decides each command on what the ones before it left, and queues them in order', () => {
    const w = at.world();
        const meri = w.apps['Mäkinen']!;
    const laine = w.apps.Laine!;
    const paja = w.apps.Virtanen!;
    const results = at.cache().handleMany(
      'berths.offerBerth',
      [offerInput(meri.id, w.berths.a1.id), offerInput(laine.id, w.berths.a1.id), offerInput(paja.id, w.berths.p1.id)],
      HANDLER,
      NOW,
    );
    expect(results.map((r) => (r.ok ? 'pending' : r.error.code))).toEqual(['pending', 'berth_taken', 'pending']);
    const queued = at.cache().pendingCommands(10);
    expect(queued.map((c) => c.id)).toEqual([results[0], results[2]].map((r) => (r!.ok ? r!.value.commandId : null)));
    expect(queued.map((c) => c.seq)).toEqual([1, 2]);
    expect(at.cache().handle('berths.getApplication', { id: laine.id }, HANDLER, NOW)).toMatchObject({ ok: true, value: { application: { status: 'pending' } } });

    // Queued durably, as if sent one by one.
    at.reopen();
    expect(at.cache().pendingCommands(10).map((c) => c.type)).toEqual(['berths.offerBerth', 'berths.offerBerth']);
  });

  it('refuses what the role may not do, one answer per command, and queues nothing', () => {
    const w = at.world();
    const meri = w.apps['Mäkinen']!;
    const results = at.cache().handleMany('berths.offerBerth', [offerInput(meri.id, w.berths.a1.id), offerInput(meri.id, w.berths.a2.id)], SUPERVISOR, NOW);
    expect(results.map((r) => !r.ok && r.error.code)).toEqual(['forbidden', 'forbidden']);
    expect(at.cache().counts().pendingCommands).toBe(0);
  });

  it('answers a method that is not a local command with unknown_method for each input', () => {
    const results = at.cache().handleMany('berths.listHarbours', [{}, {}], HANDLER, NOW);
    expect(results.map((r) => !r.ok && r.error.code)).toEqual(['unknown_method', 'unknown_method']);
  });
});
