import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HANDLER, put, tempCache, world } from '../berths/testing/index.ts';
import type { Lease } from '../../../domain/berths/entities.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
beforeEach(() => {
  t = tempCache();
  w = world();
  t.cache.applyChanges(w.changes, 'c1');
});
afterEach(() => t.dispose());

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const detail = (id: string) => value(t.cache.handle('berths.getApplication', { id }, HANDLER, NOW));
const offer = (applicationId: string, berthId: string) =>
  value(t.cache.handle('berths.offerBerth', { applicationId, berthId, acceptShorter: false }, HANDLER, NOW));

describe('queued commands', () => {
  it('never queue what the central could not store, even when a caller skipped the contract', () => {
    const app = w.apps['Mäkinen']!;
    for (const note of ['nul \u0000', 'half \ud800']) {
      const r = t.cache.handle('berths.addNote', { applicationId: app.id, note }, HANDLER, NOW);
      expect(r).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(t.cache.counts().pendingCommands).toBe(0);
  });

  it('stamp the event with the time the person acted; only the central records it', () => {
    const app = w.apps['Mäkinen']!;
    value(t.cache.handle('berths.addNote', { applicationId: app.id, note: 'offline' }, HANDLER, NOW));
    expect(detail(app.id).history[0]).toMatchObject({ kind: 'note', at: NOW.toISOString(), recordedAt: null });
  });

  it('show their effect at once, marked pending, and survive a restart', () => {
    const app = w.apps['Mäkinen']!;
    const accepted = offer(app.id, w.berths.a1.id);
    expect(accepted.status).toBe('pending');

    let d = detail(app.id);
    expect(d.application.status).toBe('offer_sent');
    expect(d.version).toBe(4);
    expect(d.pendingCommands.map((c) => c.id)).toEqual([accepted.commandId]);
    expect(d.offer).toMatchObject({ harbourName: { fi: 'Merisatama' }, pier: 'A', berthNumber: '1', pending: true });
    expect(d.offer!.lease.dueDate).toBe('2026-02-24');
    expect(d.history[0]).toMatchObject({ kind: 'offer_made', commandId: accepted.commandId, actorName: HANDLER.name });

    t.reopen();
    d = detail(app.id);
    expect(d.application.status).toBe('offer_sent');
    expect(d.offer?.pending).toBe(true);
    const [queued] = t.cache.pendingCommands(10);
    expect(queued).toMatchObject({ id: accepted.commandId, seq: 1, type: 'berths.offerBerth', baseVersion: 3, attempts: 0 });
    expect(queued!.payload).toMatchObject({ applicationId: app.id, berthId: w.berths.a1.id, dueDate: '2026-02-24', acceptShorter: false });
    expect(t.cache.counts()).toEqual({ pendingCommands: 1, openConflicts: 0 });

    t.cache.markAttempted([accepted.commandId]);
    expect(t.cache.pendingCommands(10)[0]!.attempts).toBe(1);
  });

  it('stay on top when a pull brings other changes, chained commands included', () => {
    const app = w.apps['Mäkinen']!;
    const first = offer(app.id, w.berths.a1.id);
    const leaseId = (t.cache.pendingCommands(1)[0]!.payload as { leaseId: string }).leaseId;
    value(t.cache.handle('berths.recordOfferAnswer', { applicationId: app.id, leaseId, answer: 'accepted' }, HANDLER, NOW));
    expect(t.cache.pendingCommands(10).map((c) => c.baseVersion)).toEqual([3, 4]);

    const other = w.apps.Virtanen!;
    const summary = t.cache.applyChanges(
      [put('application', { ...other, status: 'no_suitable_berths' }, 4), put('berth', { ...w.berths.a1, comment: 'Uusi poiju' }, 2)],
      'c2',
    );
    expect(summary.entities).toEqual(expect.arrayContaining(['application', 'berth', 'lease']));
    const d = detail(app.id);
    expect(d.application.status).toBe('awaiting_payment');
    expect(d.version).toBe(5);
    expect(d.offer).toMatchObject({ pending: true, lease: { id: leaseId, status: 'awaiting_payment' } });
    expect(d.pendingCommands).toHaveLength(2);
    expect(detail(other.id).application.status).toBe('no_suitable_berths');
    expect(t.cache.getCursor()).toBe('c2');
    expect(first.commandId).toBe(d.pendingCommands[0]!.id);
  });

  it('lose their effect (but stay queued) when the pull shows someone else moved the application', () => {
    const app = w.apps['Mäkinen']!;
    offer(app.id, w.berths.a1.id);
    t.cache.applyChanges([put('application', { ...app, status: 'no_suitable_berths' }, 4)], 'c2');
    const d = detail(app.id);
    expect(d.application.status).toBe('no_suitable_berths');
    expect(d.offer).toBeNull();
    expect(d.pendingCommands).toHaveLength(1);
  });

  it('leave the outbox when applied; the pull then brings the authoritative rows', () => {
    const app = w.apps['Mäkinen']!;
    const { commandId } = offer(app.id, w.berths.a1.id);
    const lease = detail(app.id).offer!.lease;

    const s = t.cache.settle([{ id: commandId, status: 'applied', version: 4 }]);
    expect(s.settled).toEqual([{ id: commandId, type: 'berths.offerBerth', status: 'applied' }]);
    expect(t.cache.counts()).toEqual({ pendingCommands: 0, openConflicts: 0 });
    let d = detail(app.id);
    expect(d.pendingCommands).toEqual([]);
    expect(d.offer?.pending).toBe(false);
    expect(d.application.status).toBe('offer_sent');

    // settling again is a no-op
    expect(t.cache.settle([{ id: commandId, status: 'applied', version: 4 }]).settled).toEqual([]);

    const serverLease: Lease = { ...lease, priceCents: 31000 };
    t.cache.applyChanges([put('lease', serverLease, 1), put('application', { ...app, status: 'offer_sent' }, 4)], 'c2');
    d = detail(app.id);
    expect(d.offer).toMatchObject({ pending: false, lease: { priceCents: 31000 } });
  });

  it('land in the conflicts inbox with the server\'s current state when refused, and their effect goes', () => {
    const app = w.apps['Mäkinen']!;
    const { commandId } = offer(app.id, w.berths.a1.id);
    const current = { berth: w.berths.a1, occupancy: { free: false, reason: 'offered' } };
    const s = t.cache.settle([{ id: commandId, status: 'conflict', code: 'berth_taken', message: 'Berth 1 is no longer free.', current }]);
    expect(s.settled[0]).toMatchObject({ status: 'conflict', code: 'berth_taken' });
    expect(s.entities).toEqual(expect.arrayContaining(['application', 'lease', 'application_event']));

    const d = detail(app.id);
    expect(d.application.status).toBe('pending');
    expect(d.offer).toBeNull();
    expect(d.version).toBe(3);
    expect(d.history.map((e) => e.kind)).toEqual(['received']);

    const [item] = value(t.cache.handle('conflicts.list', {}, HANDLER, NOW));
    expect(item).toMatchObject({
      id: commandId,
      commandType: 'berths.offerBerth',
      status: 'conflict',
      code: 'berth_taken',
      applicationId: app.id,
      applicationReference: app.reference,
      current,
    });
    expect(item!.payload).toMatchObject({ berthId: w.berths.a1.id });
    expect(t.cache.counts()).toEqual({ pendingCommands: 0, openConflicts: 1 });

    expect(value(t.cache.handle('conflicts.dismiss', { id: commandId }, HANDLER, NOW))).toEqual({ dismissed: true });
    expect(value(t.cache.handle('conflicts.list', {}, HANDLER, NOW))).toEqual([]);
    expect(t.cache.counts().openConflicts).toBe(0);
    const missing = t.cache.handle('conflicts.dismiss', { id: '00000000-0000-4000-8000-00000000dead' }, HANDLER, NOW);
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not_found');
  });

  it('a rejected command does not take the later ones with it', () => {
    const meri = w.apps['Mäkinen']!;
    const paja = w.apps.Virtanen!;
    const a = offer(meri.id, w.berths.a1.id);
    const b = offer(paja.id, w.berths.p1.id);
    t.cache.settle([{ id: a.commandId, status: 'rejected', code: 'invalid_transition', message: 'No.' }]);
    expect(detail(meri.id).application.status).toBe('pending');
    expect(detail(paja.id)).toMatchObject({ application: { status: 'offer_sent' }, pendingCommands: [{ id: b.commandId }] });
    const [item] = value(t.cache.handle('conflicts.list', {}, HANDLER, NOW));
    expect(item).toMatchObject({ status: 'rejected', current: null });
  });
});

describe('handles', () => {
  it('answers the workspace and conflict methods, not session or sync', () => {
    expect(t.cache.handles('berths.listApplications')).toBe(true);
    expect(t.cache.handles('berths.offerBerth')).toBe(true);
    expect(t.cache.handles('conflicts.dismiss')).toBe(true);
    expect(t.cache.handles('session.login')).toBe(false);
    expect(t.cache.handles('sync.now')).toBe(false);
  });

  it('keeps core reads off the contract path: handle refuses them, read answers them by role', () => {
    const name = 'cultureKids.registryExportRows';
    expect(t.cache.handles(name as never)).toBe(false);
    expect(t.cache.handle(name as never, {} as never, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(t.cache.read(name, {}, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.cache.read('cultureKids.noSuchRead', {}, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
