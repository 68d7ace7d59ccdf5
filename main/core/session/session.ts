import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Cache, OpenCacheOptions } from '../cache/cache-port.ts';
import type { CacheNotice, SessionInfo, SignOutResult, SyncStatus } from '../../../domain/contract.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { LoginRequest, StaffUser } from '../../../domain/sync/protocol.ts';
import type { CentralClient } from '../sync/central-client.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';
import { makePrivateDir, makePrivateIfExists } from '../db/private-files.ts';
import { PROFILE_FILE, readProfile, writeProfile, type Profile } from './profile-store.ts';
import type { SecretStore } from './secret-store.ts';
import { openUserCache, removeUserCache } from './user-cache.ts';
import { makeVerifier, passwordMatches, UnlockVerifier } from './unlock-verifier.ts';

/** The signed-in user with their own cache and sync loop. */
export interface ActiveSession {
  user: StaffUser;
  cache: Cache;
  engine: SyncEngine;
}

export interface SessionOptions {
  dataDir: string;
  centralUrl: string;
  mode: SessionInfo['mode'];
  client: CentralClient;
  /** Seals the central's token and each cache's key at rest. */
  secretStore: SecretStore;
  openCache: (options: OpenCacheOptions) => Cache;
  /** Builds (not starts) the sync loop of a user; token null = wait for a new sign-in. */
  createEngine: (cache: Cache, token: string | null) => SyncEngine;
  /** Who is signed in changed: the whole data set is another. */
  onSwitched: () => void;
  /** The screen lock's state, told with who is signed in. */
  screen?: () => Pick<SessionInfo, 'screenLocked' | 'idleLockMs'>;
  now?: () => Date;
}

export interface Session {
  info(): SessionInfo;
  active(): ActiveSession | null;
  /** `onlyUserId`: the sign-in must be for this user (signing in again); anyone else is refused. */
  login(request: LoginRequest, onlyUserId?: string | null): Promise<Result<SessionInfo>>;
  logout(): Promise<Result<SignOutResult>>;
  /** The signed-in user's password checked here, offline too ('unknown': no verifier was kept, as by an older version). */
  checkPassword(password: string): Promise<'right' | 'wrong' | 'unknown'>;
  syncStatus(): SyncStatus;
  close(): Promise<void>;
}

const SIGNED_OUT_STATUS: SyncStatus = {
  connection: 'unknown',
  phase: 'idle',
  signedIn: false,
  authExpired: false,
  pendingCommands: 0,
  openConflicts: 0,
  lastSyncAt: null,
  lastError: null,
  bootstrap: null,
};

/**
 * Sign-in through the central and what survives a restart. Sign-out forgets the token and, on a
 * shared workstation, the user's cache and its key too, unless commands are still unsent: then
 * the cache stays for their next sign-in, and the answer says so.
 */
export async function openSession(options: SessionOptions): Promise<Session> {
  const { dataDir, centralUrl, client, secretStore } = options;
  const now = options.now ?? (() => new Date());
  protectProfileFolder(dataDir);

  let current: ActiveSession | null = null;
  let notice: CacheNotice | null = null;
  let profile: Profile | null = await readProfile(dataDir);
  // login/logout/close one after another: two sign-ins racing would open two caches.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  async function activate(user: StaffUser, token: string | null) {
    const opened = await openUserCache({ dataDir, userId: user.id, secretStore, openCache: options.openCache, now: now() });
    const engine = options.createEngine(opened.cache, token);
    current = { user, cache: opened.cache, engine };
    notice = opened.notice;
    engine.start();
    options.onSwitched();
  }

  /** Closes the active user's cache; answers who it was and how many commands were still unsent. */
  async function deactivate(): Promise<{ userId: string; unsent: number } | null> {
    const closing = current;
    if (!closing) return null;
    current = null;
    notice = null;
    await closing.engine.stop();
    // Counted after the loop stopped and with `current` cleared: nothing can queue in between.
    // Audit entries of reads count: a cache holding them is kept so that they still go up.
    const unsent = closing.cache.outboxSize();
    closing.cache.close();
    options.onSwitched();
    return { userId: closing.user.id, unsent };
  }

  async function unwrap(p: Profile): Promise<string | null> {
    if (!p.token) return null;
    try {
      return await secretStore.decrypt(p.token.data);
    } catch {
      // Another OS account, a reset keychain: the user signs in again; local work stays.
      return null;
    }
  }

  // A restart resumes whoever was signed in against this central, online or not.
  if (profile?.user && profile.centralUrl === client.baseUrl) {
    await activate(profile.user, await unwrap(profile));
  }

  const info = (): SessionInfo => ({
    user: current?.user ?? null,
    username: current ? (profile?.username ?? null) : null,
    mode: options.mode,
    centralUrl,
    cacheNotice: notice,
    ...(options.screen?.() ?? { screenLocked: false, idleLockMs: null }),
  });

  return {
    info,
    active: () => current,
    syncStatus: () => current?.engine.status() ?? SIGNED_OUT_STATUS,

    login: (request, onlyUserId = null) =>
      serial(async () => {
        const r = await client.login(request);
        if (!r.ok) {
          const f = r.failure;
          if (f.kind === 'transient') return fail('central_unreachable', f.message);
          if (f.kind === 'invalid_credentials') return fail('invalid_credentials', 'The user name or the password is wrong.');
          if (f.kind === 'throttled') return fail('too_many_attempts', f.message, f.retryAfterSeconds === undefined ? undefined : { retryAfterSeconds: f.retryAfterSeconds });
          return fail(f.code, f.message);
        }
        const { token, user, expiresAt } = r.value;
        if (onlyUserId !== null && user.id !== onlyUserId) {
          void client.logout(token);
          return fail('reauth_other_user', 'Sign in again as the same user; to switch user, sign out first.');
        }
        const verifier = await makeVerifier(request.password);
        profile = {
          version: 1,
          centralUrl: client.baseUrl,
          user,
          username: request.username.trim().toLowerCase(),
          token: { store: secretStore.kind, data: await secretStore.encrypt(token) },
          expiresAt,
          unlock: { store: secretStore.kind, data: await secretStore.encrypt(JSON.stringify(verifier)) },
        };
        await writeProfile(dataDir, profile);
        if (current && current.user.id === user.id) {
          current.user = user;
          current.engine.resume(token);
        } else {
          await deactivate();
          await activate(user, token);
        }
        return ok(info());
      }),

    logout: () =>
      serial(async () => {
        const token = profile ? await unwrap(profile) : null;
        const closed = await deactivate();
        profile = { version: 1, centralUrl: client.baseUrl, user: null, token: null, expiresAt: null, unlock: null };
        await writeProfile(dataDir, profile);
        const removed = closed !== null && closed.unsent === 0;
        if (removed) await removeUserCache(dataDir, closed.userId);
        // Telling the central is a courtesy: signing out works offline too.
        if (token) void client.logout(token);
        return ok({ ...info(), localData: closed && { removed, unsentCommands: closed.unsent } });
      }),

    async checkPassword(password) {
      const sealed = current ? profile?.unlock : null;
      if (!sealed) return 'unknown';
      let verifier: UnlockVerifier;
      try {
        verifier = UnlockVerifier.parse(JSON.parse(await secretStore.decrypt(sealed.data)));
      } catch {
        // Another OS account, a reset keychain, a damaged file: the central decides instead.
        return 'unknown';
      }
      return (await passwordMatches(verifier, password)) ? 'right' : 'wrong';
    },

    close: () => serial(async () => void (await deactivate())),
  };
}

/** The profile folder and everything in it readable by the owner only, also what older versions left. */
function protectProfileFolder(dataDir: string): void {
  const cacheDir = path.join(dataDir, 'cache');
  makePrivateDir(dataDir);
  makePrivateDir(cacheDir);
  makePrivateIfExists(path.join(dataDir, PROFILE_FILE));
  for (const entry of readdirSync(cacheDir, { withFileTypes: true })) {
    if (entry.isFile()) makePrivateIfExists(path.join(cacheDir, entry.name));
  }
}
