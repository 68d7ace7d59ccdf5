import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../../domain/sync/protocol.ts';
import { HANDLER, put, tempCache, world } from '../berths/testing/index.ts';
import { openDatabase } from '../db/open-database.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
beforeEach(() => {
  t = tempCache();
  w = world();
});
afterEach(() => t.dispose());

const detail = (id: string) => {
  const r = t.cache.handle('berths.getApplication', { id }, HANDLER, NOW);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('applyChanges', () => {
  it('writes a page and its cursor in one go and reports what changed', () => {
    const summary = t.cache.applyChanges(w.changes, 'c1');
    expect(summary.rows).toBe(w.changes.length);
    expect(summary.entities).toEqual(expect.arrayContaining(['harbour', 'berth', 'application', 'lease']));
    expect(t.cache.getCursor()).toBe('c1');
    expect(detail(w.apps.Virtanen!.id).version).toBe(3);
  });

  it('is version-guarded: older versions never replace newer ones, the same version is a no-op replace', () => {
    t.cache.applyChanges(w.changes, 'c1');
    const app = w.apps.Virtanen!;
    const newer: Change = put('application', { ...app, status: 'no_suitable_berths' }, 5);
    expect(t.cache.applyChanges([newer], 'c2').rows).toBe(1);
    const older: Change = put('application', { ...app, status: 'expired' }, 4);
    expect(t.cache.applyChanges([older], 'c3')).toEqual({ entities: [], rows: 0 });
    expect(detail(app.id).application.status).toBe('no_suitable_berths');
    expect(detail(app.id).version).toBe(5);
    expect(t.cache.getCursor()).toBe('c3');
  });

  it('is idempotent: the same page twice leaves the same state', () => {
    t.cache.applyChanges(w.changes, 'c1');
    const before = t.cache.handle('berths.listApplications', { filter: {}, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 }, HANDLER, NOW);
    t.cache.applyChanges(w.changes, 'c1');
    const after = t.cache.handle('berths.listApplications', { filter: {}, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 }, HANDLER, NOW);
    expect(after).toEqual(before);
    // the search index holds one entry per application, not two
    const found = t.cache.handle('berths.listApplications', { filter: { text: 'virtanen' }, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 }, HANDLER, NOW);
    expect(found.ok && found.value.total).toBe(1);
  });

  it('leaves a server row it holds at the same version and content as it is, and still replaces one that differs', () => {
    t.cache.applyChanges(w.changes, 'c1');
    const app = w.apps.Virtanen!;
    // Counts every write of the application table from here on (a second connection to the file).
    const raw = openDatabase(t.file);
    try {
      raw.exec(`CREATE TABLE written (n INTEGER NOT NULL);
        CREATE TRIGGER count_writes AFTER UPDATE ON application BEGIN INSERT INTO written VALUES (1); END;`);
      const writes = () => (raw.prepare('SELECT count(*) AS n FROM written').get() as { n: number }).n;
      const same = w.changes.find((c) => c.entity === 'application' && c.id === app.id)!;
      // The same content in another key order, as the central's JSON gives it.
      const data = same.data as { id: string } & Record<string, unknown>;
      const reordered = put('application', { ...Object.fromEntries(Object.entries(data).reverse()), id: data.id }, same.version);
      expect(t.cache.applyChanges([reordered], 'c2').rows).toBe(1);
      expect(writes()).toBe(0);
      const changed = put('application', { ...data, status: 'no_suitable_berths' }, same.version);
      t.cache.applyChanges([changed], 'c3');
      expect(writes()).toBe(1);
      expect(detail(app.id).application.status).toBe('no_suitable_berths');
    } finally {
      raw.close();
    }
  });

  it('keeps search and harbour choices in step when a newer version changes them', () => {
    t.cache.applyChanges(w.changes, 'c1');
    const app = w.apps.Virtanen!;
    const moved = { ...app, applicant: { ...app.applicant, lastName: 'Virtala' }, harbourChoices: [w.harbours[2]!.id] };
    t.cache.applyChanges([put('application', moved, 4)], 'c2');
    const q = (filter: object) => {
      const r = t.cache.handle('berths.listApplications', { filter, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 }, HANDLER, NOW);
      return r.ok ? r.value.rows.map((x) => x.id) : [];
    };
    expect(q({ text: 'virtala' })).toEqual([app.id]);
    expect(q({ text: 'virtanen' })).toEqual([]);
    expect(q({ harbourId: app.harbourChoices[0] })).not.toContain(app.id);
    expect(q({ harbourId: w.harbours[2]!.id })).toContain(app.id);
  });

  it('applies delete ops (guarded by version) and removes search and choice rows with the row', () => {
    t.cache.applyChanges(w.changes, 'c1');
    const app = w.apps.Virtanen!;
    expect(t.cache.applyChanges([{ entity: 'application', id: app.id, op: 'delete', version: 2 }], 'c2').rows).toBe(0);
    expect(t.cache.applyChanges([{ entity: 'application', id: app.id, op: 'delete', version: 4 }], 'c3').rows).toBe(1);
    const r = t.cache.handle('berths.getApplication', { id: app.id }, HANDLER, NOW);
    expect(r.ok ? null : r.error.code).toBe('not_found');
    const q = (filter: object) => t.cache.handle('berths.listApplications', { filter, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 }, HANDLER, NOW);
    const byText = q({ text: 'Virtanen' });
    expect(byText.ok && byText.value.total).toBe(0);
    const byHarbour = q({ harbourId: app.harbourChoices[0] });
    expect(byHarbour.ok && byHarbour.value.rows.map((r) => r.id)).not.toContain(app.id);
  });

  it('resetReadModel empties the read model and the cursor but keeps the client id', () => {
    t.cache.applyChanges(w.changes, 'c1');
    const clientId = t.cache.clientId;
    t.cache.resetReadModel();
    expect(t.cache.getCursor()).toBeNull();
    const r = t.cache.handle('berths.listHarbours', {}, HANDLER, NOW);
    expect(r.ok && r.value).toEqual([]);
    expect(t.reopen().clientId).toBe(clientId);
  });

  it('keeps the last sync time', () => {
    expect(t.cache.getLastSyncAt()).toBeNull();
    t.cache.setLastSyncAt('2026-02-10T08:00:00.000Z');
    expect(t.reopen().getLastSyncAt()).toBe('2026-02-10T08:00:00.000Z');
  });

  it('refuses to open another user\'s cache file', async () => {
    const { openCache } = await import('./open-cache.ts');
    t.cache.close();
    expect(() => openCache({ file: t.file, userId: 'someone-else' })).toThrow(/another user/);
  });
});
