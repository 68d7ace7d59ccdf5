import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCall, type GridViewState } from '../../../domain/contract.ts';
import { createGridViewStore, preferencesFileFor } from './grid-view-store.ts';
import { MAX_VIEWS_PER_GRID } from '../../../domain/grid-views.ts';

const GRID = 'berths.applications';
const STATE: GridViewState = {
  columns: [
    { colId: 'reference', hide: false, width: 140 },
    { colId: 'municipality', hide: true },
  ],
  sort: [{ colId: 'receivedAt', sort: 'desc' }],
  filter: { statuses: ['offer_sent'], overdue: true },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kuva-views-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('saved grid views', () => {
  it('keeps the column choice and named views per user, across a new store (a restart)', async () => {
    const a = createGridViewStore(dir);
    await a.keep('u1', { gridId: GRID, state: STATE });
    await a.save('u1', { gridId: GRID, name: 'Erääntyneet', state: STATE });
    await a.save('u1', { gridId: GRID, name: 'Arkisto', state: { ...STATE, filter: {} } });
    const b = createGridViewStore(dir);
    const got = value(await b.list('u1', { gridId: GRID }));
    expect(got.current).toEqual(STATE);
    expect(got.views.map((v) => v.name)).toEqual(['Arkisto', 'Erääntyneet']);
    expect(value(await b.list('u2', { gridId: GRID }))).toEqual({ current: null, views: [], setAside: null });
    expect(value(await b.list('u1', { gridId: 'berths.harbours' })).views).toEqual([]);
  });

  it('renames, refuses a taken name, overwrites on save under the same name, removes', async () => {
    const s = createGridViewStore(dir);
    await s.save('u1', { gridId: GRID, name: 'A', state: STATE });
    await s.save('u1', { gridId: GRID, name: 'B', state: STATE });
    expect(await s.rename('u1', { gridId: GRID, name: 'A', newName: 'b' })).toMatchObject({ ok: false, error: { code: 'grid_view_name_taken' } });
    expect(value(await s.rename('u1', { gridId: GRID, name: 'A', newName: 'C' })).views.map((v) => v.name)).toEqual(['B', 'C']);
    const over = value(await s.save('u1', { gridId: GRID, name: 'c', state: { ...STATE, sort: [] } }));
    expect(over.views.map((v) => [v.name, v.state.sort.length])).toEqual([['B', 1], ['c', 0]]);
    expect(value(await s.remove('u1', { gridId: GRID, name: 'B' })).views.map((v) => v.name)).toEqual(['c']);
    expect(await s.remove('u1', { gridId: GRID, name: 'B' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('writes the file for its owner only, whole (no temp file left)', async () => {
    const s = createGridViewStore(dir);
    await s.keep('u1', { gridId: GRID, state: STATE });
    const file = preferencesFileFor(dir, 'u1');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });
    expect(readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('sets a damaged file aside, says so once, and starts from the defaults', async () => {
    const s = createGridViewStore(dir, () => new Date('2026-12-01T10:00:00Z'));
    await s.keep('u1', { gridId: GRID, state: STATE });
    const file = preferencesFileFor(dir, 'u1');
    for (const damage of ['{"version":1,"grids":', JSON.stringify({ version: 1, grids: { [GRID]: { current: { columns: 'x' }, views: [] } } })]) {
      writeFileSync(file, damage);
      const got = value(await s.list('u1', { gridId: GRID }));
      expect(got.current).toBeNull();
      expect(got.setAside).toMatch(/^u1\.grid-views\.damaged-20261201T100000000Z(-2)?\.json$/);
      expect(readFileSync(path.join(path.dirname(file), got.setAside!), 'utf8')).toBe(damage);
      expect(value(await s.list('u1', { gridId: GRID })).setAside).toBeNull();
    }
  });

  it('bounds what a caller may store: name, columns, filter values, number of views', async () => {
    expect(parseCall('gridViews.save', { gridId: GRID, name: 'x'.repeat(61), state: STATE }).ok).toBe(false);
    expect(parseCall('gridViews.save', { gridId: GRID, name: '  ', state: STATE }).ok).toBe(false);
    expect(parseCall('gridViews.save', { gridId: '../../etc', name: 'a', state: STATE }).ok).toBe(false);
    expect(parseCall('gridViews.keep', { gridId: GRID, state: { ...STATE, filter: { text: 'x'.repeat(201) } } }).ok).toBe(false);
    expect(parseCall('gridViews.keep', { gridId: GRID, state: { ...STATE, filter: { nested: { a: 1 } } } }).ok).toBe(false);
    expect(parseCall('gridViews.keep', { gridId: GRID, state: { ...STATE, columns: Array.from({ length: 61 }, (_, i) => ({ colId: `c${i}`, hide: false })) } }).ok).toBe(false);
    const s = createGridViewStore(dir);
    for (let i = 0; i < MAX_VIEWS_PER_GRID; i++) value(await s.save('u1', { gridId: GRID, name: `v${i}`, state: STATE }));
    // Listed as a person counts them: v2 before v10.
    expect(value(await s.list('u1', { gridId: GRID })).views.map((v) => v.name)).toEqual(Array.from({ length: MAX_VIEWS_PER_GRID }, (_, i) => `v${i}`));
    expect(await s.save('u1', { gridId: GRID, name: 'one more', state: STATE })).toMatchObject({ ok: false, error: { code: 'grid_views_full' } });
    expect((await s.save('u1', { gridId: GRID, name: 'v3', state: STATE })).ok).toBe(true); // replacing is fine
  });
});
