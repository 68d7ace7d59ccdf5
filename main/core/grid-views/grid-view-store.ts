import { existsSync } from 'node:fs';
import { open, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { GridViewName, GridViewState, type GridViews, type ParsedInput } from '../../../domain/contract.ts';
import { MAX_VIEWS_PER_GRID, gridViewNameProblem, sameGridViewName } from '../../../domain/grid-views.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { syncFolderOf } from '../db/durable.ts';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../db/private-files.ts';
import { cacheFileFor } from '../session/profile-store.ts';

/** At most this many grids per user: a damaged or hostile caller cannot grow the file without end. */
const MAX_GRIDS = 40;

const SavedView = z.object({ name: GridViewName, state: GridViewState, savedAt: z.string().max(40) }).strict();
const GridEntry = z.object({ current: GridViewState.nullable(), views: z.array(SavedView).max(MAX_VIEWS_PER_GRID) }).strict();
const PreferencesFile = z
  .object({ version: z.literal(1), grids: z.record(z.string().max(64), GridEntry) })
  .strict()
  .refine((f) => Object.keys(f.grids).length <= MAX_GRIDS, 'too many grids');
type PreferencesFile = z.infer<typeof PreferencesFile>;
type Entry = z.infer<typeof GridEntry>;

export const PREFERENCES_FOLDER = 'preferences';

/** One file per user, named like their cache. */
export function preferencesFileFor(dataDir: string, userId: string): string {
  const name = path.basename(cacheFileFor(dataDir, userId), '.sqlite');
  return path.join(dataDir, PREFERENCES_FOLDER, `${name}.grid-views.json`);
}

export interface GridViewStore {
  list(userId: string, input: ParsedInput<'gridViews.list'>): Promise<Result<GridViews>>;
  keep(userId: string, input: ParsedInput<'gridViews.keep'>): Promise<Result<GridViews>>;
  save(userId: string, input: ParsedInput<'gridViews.save'>): Promise<Result<GridViews>>;
  rename(userId: string, input: ParsedInput<'gridViews.rename'>): Promise<Result<GridViews>>;
  remove(userId: string, input: ParsedInput<'gridViews.remove'>): Promise<Result<GridViews>>;
}


/**
 * Saved grid views and the column choice a user left each grid with, in a per-user file in the
 * profile folder beside (not inside) the cache: signing out removes the cache, not these. Written
 * whole to a temp file, flushed and renamed; a file that does not read back as valid is set aside
 * (renamed, the answer says under which name) and the user starts from the defaults.
 */
export function createGridViewStore(dataDir: string, now: () => Date = () => new Date()): GridViewStore {
  // One change at a time per installation: two windows saving at once must not lose either.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  async function load(file: string): Promise<{ prefs: PreferencesFile; setAside: string | null }> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { prefs: { version: 1, grids: {} }, setAside: null };
    }
    try {
      const parsed = PreferencesFile.safeParse(JSON.parse(text));
      if (parsed.success) return { prefs: parsed.data, setAside: null };
    } catch {
      // Not JSON: set aside below like any other damage.
    }
    const aside = asideName(file, now());
    await rename(file, aside);
    syncFolderOf(file);
    return { prefs: { version: 1, grids: {} }, setAside: path.basename(aside) };
  }

  async function store(file: string, prefs: PreferencesFile): Promise<void> {
    makePrivateDir(path.dirname(file));
    const tmp = `${file}.${process.pid}.tmp`;
    const handle = await open(tmp, 'w', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(JSON.stringify(prefs));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
    syncFolderOf(file);
  }

  const answer = (entry: Entry | undefined, setAside: string | null): GridViews => ({
    current: entry?.current ?? null,
    views: [...(entry?.views ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fi', { numeric: true })),
    setAside,
  });

  /** Reads, lets `change` edit the grid's entry (or refuse), writes back when it changed. */
  function update(userId: string, gridId: string, change: ((entry: Entry) => Result<Entry>) | null): Promise<Result<GridViews>> {
    return serial(async () => {
      const file = preferencesFileFor(dataDir, userId);
      const { prefs, setAside } = await load(file);
      const before = prefs.grids[gridId];
      if (!change) return ok(answer(before, setAside));
      if (!before && Object.keys(prefs.grids).length >= MAX_GRIDS) return fail('bad_request', 'Too many grids have saved views.');
      const r = change(before ?? { current: null, views: [] });
      if (!r.ok) return r;
      prefs.grids[gridId] = r.value;
      await store(file, prefs);
      return ok(answer(r.value, setAside));
    });
  }

  return {
    list: (userId, { gridId }) => update(userId, gridId, null),
    keep: (userId, { gridId, state }) => update(userId, gridId, (e) => ok({ ...e, current: state })),
    save: (userId, { gridId, name, state }) =>
      update(userId, gridId, (e) => {
        if (gridViewNameProblem(name, e.views.map((v) => v.name))?.problem === 'full') return fail('grid_views_full', `A grid keeps at most ${MAX_VIEWS_PER_GRID} views.`);
        const others = e.views.filter((v) => !sameGridViewName(v.name, name));
        return ok({ ...e, views: [...others, { name, state, savedAt: now().toISOString() }] });
      }),
    rename: (userId, { gridId, name, newName }) =>
      update(userId, gridId, (e) => {
        const view = e.views.find((v) => sameGridViewName(v.name, name));
        if (!view) return fail('not_found', `No view is called ${name}.`);
        if (gridViewNameProblem(newName, e.views.map((v) => v.name), view.name)?.problem === 'taken') return fail('grid_view_name_taken', `A view is already called ${newName}.`);
        return ok({ ...e, views: e.views.map((v) => (v === view ? { ...v, name: newName } : v)) });
      }),
    remove: (userId, { gridId, name }) =>
      update(userId, gridId, (e) => {
        if (!e.views.some((v) => sameGridViewName(v.name, name))) return fail('not_found', `No view is called ${name}.`);
        return ok({ ...e, views: e.views.filter((v) => !sameGridViewName(v.name, name)) });
      }),
  };
}

/** `u.grid-views.json` becomes `u.grid-views.damaged-<time>.json`; an existing name is never reused. */
function asideName(file: string, at: Date): string {
  const base = file.replace(/\.json$/, '');
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  for (let n = 1; ; n++) {
    const name = `${base}.damaged-${stamp}${n === 1 ? '' : `-${n}`}.json`;
    if (!existsSync(name)) return name;
  }
}
