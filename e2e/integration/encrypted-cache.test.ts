import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, rm } from 'node:fs/promises';
import path from 'node:path';
import PlainSqlite from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../domain/contract.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import { openCache } from '../../main/core/cache/open-cache.ts';
import type { Cache } from '../../main/core/cache/cache-port.ts';
import { keyFileFor, newCacheKey, readCacheKey, writeCacheKey } from '../../main/core/session/cache-key.ts';
import { cacheFileFor, writeProfile } from '../../main/core/session/profile-store.ts';
import { plainSecretStore } from '../../main/core/session/secret-store.ts';
import { createCentralClient, type CentralClient } from '../../main/core/sync/central-client.ts';
import { TestCentral } from './support/central.ts';
import { call, findOffer, openClient, signIn, tempRoot, waitFor } from './support/harness.ts';

/**
 * The cache encrypted at rest, against a real central: what is on disk, the migration of a plain
 * cache from an older version, a key that does not fit, and what signing out leaves behind.
 */
type Client = Awaited<ReturnType<typeof openClient>>;

let root: Awaited<ReturnType<typeof tempRoot>>;
let central: TestCentral;
let api: CentralClient;
let clients: Client[] = [];

beforeAll(async () => {
  root = await tempRoot('encrypted');
  central = await TestCentral.start(root.dir);
  api = createCentralClient({ baseUrl: central.url, timeoutMs: 120_000 });
});
afterEach(async () => {
  for (const c of clients) await c.close();
  clients = [];
  // A test that stopped the central leaves it running for the next.
  if (!isRunning()) await central.restart();
});
afterAll(async () => {
  await central?.stop();
  await root?.remove();
});

function isRunning(): boolean {
  try {
    return Boolean(central.instance);
  } catch {
    return false;
  }
}

async function client(name: string): Promise<Client> {
  const c = await openClient(root.dir, name, central.url);
  clients.push(c);
  return c;
}

/** A client of its own data folder with aino signed in and the first download done. */
async function signedIn(name: string): Promise<{ c: Client; user: StaffUser; dataDir: string }> {
  const c = await client(name);
  await signIn(c, 'aino');
  return { c, user: (await call(c, 'session.get', {})).user!, dataDir: path.join(root.dir, name) };
}

async function closeClient(c: Client): Promise<void> {
  await c.close();
  clients = clients.filter((x) => x !== c);
}

const SQLITE_MAGIC = 'SQLite format 3\0';
const header = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1');
const mode = (file: string) => statSync(file).mode & 0o777;

/** Every file in the cache folder but the key, as raw bytes. */
function cacheFolderBytes(dataDir: string, userId: string): Map<string, Buffer> {
  const folder = path.dirname(cacheFileFor(dataDir, userId));
  const files = new Map<string, Buffer>();
  for (const f of readdirSync(folder)) if (!f.endsWith('.key')) files.set(f, readFileSync(path.join(folder, f)));
  return files;
}

/** Applicants' emails, phones and names exactly as the central sent them, from the cache's own answers. */
async function applicantValues(c: Client, count: number): Promise<string[]> {
  const list = await call(c, 'berths.listApplications', { limit: count });
  const values: string[] = [];
  for (const row of list.rows) {
    const { applicant } = (await call(c, 'berths.getApplication', { id: row.id })).application;
    values.push(applicant.email, applicant.phone, `${applicant.firstName} ${applicant.lastName}`, applicant.lastName);
  }
  return values.filter((v) => v.length >= 5);
}

/** Grep for each value as UTF-8; the search index also holds them folded to lower case. */
function found(files: Map<string, Buffer>, values: readonly string[]): string[] {
  const hits: string[] = [];
  for (const [name, bytes] of files) {
    for (const v of values) {
      for (const form of new Set([v, v.toLowerCase()])) if (bytes.includes(Buffer.from(form, 'utf8'))) hits.push(`${name}: ${form}`);
    }
  }
  return hits;
}

async function login(username: string): Promise<{ token: string; user: StaffUser }> {
  const r = await api.login({ username, password: 'demo' });
  if (!r.ok) throw new Error(r.failure.message);
  return { token: r.value.token, user: r.value.user };
}

/** The first download straight into a cache, as the sync engine does it. */
async function download(token: string, cache: Cache): Promise<void> {
  const r = await api.stream(token, null, (changes, end) => {
    cache.applyBootstrap(changes, end ? end.cursor : null);
  });
  if (!r.ok) throw new Error(r.failure.message);
}

const settledAs = (c: Client, id: string) =>
  c.events.find((e): e is Extract<CoreEvent, { type: 'command.settled' }> => e.type === 'command.settled' && e.commandId === id)?.status;

async function syncUntilSent(c: Client): Promise<void> {
  await waitFor('the outbox to drain', async () => {
    const s = await call(c, 'sync.now', {});
    return s.pendingCommands === 0 && s.phase === 'idle' && s.lastError === null ? s : null;
  }, 60_000);
}

describe('the cache on disk', () => {
  it('after a full download and a few commands, holds no applicant email, name or phone in plain text, in the file or its WAL', async () => {
    const { c, user, dataDir } = await signedIn('at-rest');
    const { applicationId } = await findOffer(c);
    for (let i = 0; i < 3; i++) await call(c, 'berths.addNote', { applicationId, note: `called back, round ${i}` });
    await syncUntilSent(c);
    // One more stays queued: the outbox's newest write is in the WAL.
    await central.stop();
    await call(c, 'berths.addNote', { applicationId, note: 'left a message' });
    const values = await applicantValues(c, 40);
    expect(values.length).toBeGreaterThan(100);

    const files = cacheFolderBytes(dataDir, user.id);
    const file = path.basename(cacheFileFor(dataDir, user.id));
    expect([...files.keys()].sort()).toEqual([file, `${file}-shm`, `${file}-wal`]);
    expect(files.get(`${file}-wal`)!.length).toBeGreaterThan(0);
    expect(found(files, values)).toEqual([]);

    // The control: the same download into a plain cache shows the same values in clear, so the
    // grep above would have found them.
    await central.restart();
    const { token } = await login('aino');
    const plainDir = path.join(root.dir, 'at-rest-plain');
    mkdirSync(plainDir);
    const plain = openCache({ file: path.join(plainDir, 'plain.sqlite'), userId: user.id });
    await download(token, plain);
    plain.close();
    expect(found(new Map([['plain.sqlite', readFileSync(path.join(plainDir, 'plain.sqlite'))]]), values).length).toBeGreaterThan(values.length / 2);
  }, 180_000);

  it('cannot be opened by plain SQLite, nor by the driver without the key', async () => {
    const { user, dataDir } = await signedIn('no-key');
    const file = cacheFileFor(dataDir, user.id);
    expect(header(file)).not.toBe(SQLITE_MAGIC);
    const plain = new PlainSqlite(file, { readonly: true, fileMustExist: true });
    expect(() => plain.prepare('SELECT COUNT(*) FROM sqlite_master').get()).toThrow(/file is not a database/);
    plain.close();
    expect(() => openCache({ file, userId: user.id })).toThrow(/cannot be read with this profile's key/);
  }, 120_000);
});

describe('a plain cache from an older version', () => {
  it('with three queued commands is encrypted in place, and the commands still go out', async () => {
    const { token, user } = await login('aino');
    const dataDir = path.join(root.dir, 'migrate');
    const file = cacheFileFor(dataDir, user.id);
    mkdirSync(path.dirname(file), { recursive: true });

    // What the older version left: a plain cache, three commands queued, the newest writes
    // still in its WAL (copied while it ran, as after a crash), modes from the umask.
    const staging = path.join(root.dir, 'migrate-staging.sqlite');
    const old = openCache({ file: staging, userId: user.id });
    await download(token, old);
    const pending = old.handle('berths.listApplications', { filter: { statuses: ['pending'] }, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 3 }, user, new Date());
    if (!pending.ok) throw new Error(pending.error.message);
    const queued: string[] = [];
    for (const row of pending.value.rows) {
      const r = old.handle('berths.addNote', { applicationId: row.id, note: 'queued by the older version' }, user, new Date());
      if (!r.ok) throw new Error(r.error.message);
      queued.push(r.value.commandId);
    }
    copyFileSync(staging, file);
    copyFileSync(`${staging}-wal`, `${file}-wal`);
    old.close();
    expect(header(file)).toBe(SQLITE_MAGIC);
    expect(readFileSync(`${file}-wal`).includes(Buffer.from('queued by the older version'))).toBe(true);
    await chmod(file, 0o644);
    await chmod(path.dirname(file), 0o755);
    await writeProfile(dataDir, { version: 1, centralUrl: central.url, user, token: { store: plainSecretStore.kind, data: await plainSecretStore.encrypt(token) }, expiresAt: null });

    const c = await client('migrate');
    expect((await call(c, 'session.get', {})).user?.id).toBe(user.id);
    expect(header(file)).not.toBe(SQLITE_MAGIC);
    expect(readdirSync(path.dirname(file)).sort()).toEqual([path.basename(keyFileFor(file)), path.basename(file), `${path.basename(file)}-shm`, `${path.basename(file)}-wal`]);
    expect([mode(file), mode(path.dirname(file))]).toEqual([0o600, 0o700]);
    expect(readFileSync(file).includes(Buffer.from('queued by the older version'))).toBe(false);
    expect((await call(c, 'sync.status', {})).pendingCommands).toBe(3);

    await syncUntilSent(c);
    expect(queued.map((id) => settledAs(c, id))).toEqual(['applied', 'applied', 'applied']);
    const detail = await call(c, 'berths.getApplication', { id: pending.value.rows[0]!.id });
    expect(detail.history.some((h) => h.commandId === queued[0] && h.kind === 'note')).toBe(true);
  }, 180_000);
});

describe('a key that does not open the cache', () => {
  it('sets the cache aside with its queued commands, tells the user, and downloads the data again', async () => {
    const first = await signedIn('wrong-key');
    const { user, dataDir } = first;
    let c = first.c;
    const { applicationId } = await findOffer(c);
    await central.stop();
    const queued: string[] = [];
    for (let i = 0; i < 3; i++) queued.push((await call(c, 'berths.addNote', { applicationId, note: `offline note ${i}` })).commandId);
    expect((await call(c, 'sync.status', {})).pendingCommands).toBe(3);
    await closeClient(c);

    const file = cacheFileFor(dataDir, user.id);
    const keyFile = keyFileFor(file);
    const original = await readCacheKey(keyFile, plainSecretStore);
    if (original.kind !== 'ok') throw new Error('no key');
    await writeCacheKey(keyFile, newCacheKey(), plainSecretStore);
    await central.restart();

    c = await client('wrong-key');
    const session = await call(c, 'session.get', {});
    expect(session.user?.id).toBe(user.id);
    expect(session.cacheNotice).toMatchObject({ reason: 'key_wrong' });
    const aside = path.join(path.dirname(file), session.cacheNotice!.setAsideFile);
    expect(existsSync(aside)).toBe(true);

    // The fresh cache downloads everything again; the set-aside commands do not go out by themselves.
    await syncUntilSent(c);
    expect((await call(c, 'berths.listApplications', { limit: 1 })).total).toBeGreaterThan(0);
    expect(queued.map((id) => settledAs(c, id))).toEqual([undefined, undefined, undefined]);
    await closeClient(c);

    // Nothing queued is lost: the set-aside file holds the commands, readable with the right key.
    const kept = openCache({ file: aside, userId: user.id, key: original.key });
    expect(kept.pendingCommands(10).map((e) => e.id)).toEqual(queued);
    kept.close();

    // A missing key is the same: set aside, told, downloaded again.
    await rm(keyFile);
    c = await client('wrong-key');
    const again = await call(c, 'session.get', {});
    expect(again.cacheNotice).toMatchObject({ reason: 'key_missing' });
    expect(again.cacheNotice!.setAsideFile).not.toBe(session.cacheNotice!.setAsideFile);
    await syncUntilSent(c);
    expect((await call(c, 'berths.listApplications', { limit: 1 })).total).toBeGreaterThan(0);
    // Signing out clears the notice with the session.
    await call(c, 'session.logout', {});
    expect((await call(c, 'session.get', {})).cacheNotice).toBeNull();
  }, 240_000);
});

describe('signing out', () => {
  it('removes the cache and its key when nothing is unsent; keeps them, and says so, when something is', async () => {
    const { c, user, dataDir } = await signedIn('sign-out');
    const folder = path.dirname(cacheFileFor(dataDir, user.id));
    expect(readdirSync(folder).length).toBeGreaterThan(0);

    const out = await call(c, 'session.logout', {});
    expect([out.user, out.localData]).toEqual([null, { removed: true, unsentCommands: 0 }]);
    expect(readdirSync(folder)).toEqual([]);

    await signIn(c, 'aino');
    const { applicationId } = await findOffer(c);
    await central.stop();
    const note = await call(c, 'berths.addNote', { applicationId, note: 'written just before signing out' });
    const kept = await call(c, 'session.logout', {});
    expect(kept.localData).toEqual({ removed: false, unsentCommands: 1 });
    expect(readdirSync(folder).sort()).toEqual([path.basename(keyFileFor(cacheFileFor(dataDir, user.id))), path.basename(cacheFileFor(dataDir, user.id))]);

    // At the next sign-in the command goes out.
    await central.restart();
    await call(c, 'session.login', { username: 'aino', password: 'demo' });
    await syncUntilSent(c);
    expect(settledAs(c, note.commandId)).toBe('applied');
  }, 180_000);
});
