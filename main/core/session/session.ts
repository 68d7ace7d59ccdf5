import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Cache } from '../cache/cache-port.ts';
import type { SessionInfo, SyncStatus } from '../../../domain/contract.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { LoginRequest, StaffUser } from '../../../domain/sync/protocol.ts';
import type { CentralClient } from '../sync/central-client.ts';
import type { SyncEngine } from '../sync/sync-engine.ts';
import { cacheFileFor, readProfile, writeProfile, type Profile } from './profile-store.ts';
import type { SecretStore } from './secret-store.ts';

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
  secretStore: SecretStore;
  openCache: (file: string, userId: string) => Cache;
  /** Builds (not starts) the sync loop of a user; token null = wait for a new sign-in. */
  createEngine: (cache: Cache, token: string | null) => SyncEngine;
  /** Who is signed in changed: the whole data set is another. */
  onSwitched: () => void;
}

export interface Session {
  info(): SessionInfo;
  active(): ActiveSession | null;
  /** `onlyUserId`: the sign-in must be for this user (signing in again); anyone else is refused. */
  login(request: LoginRequest, onlyUserId?: string | null): Promise<Result<SessionInfo>>;
  logout(): Promise<Result<SessionInfo>>;
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
 * Sign-in through the central and what survives a restart. Sign-out forgets the token only: the
 * user's cache file, with its outbox and conflicts, stays for their next sign-in.
 */
export async function openSession(options: SessionOptions): Promise<Session> {
  const { dataDir, centralUrl, client, secretStore } = options;
  await mkdir(path.join(dataDir, 'cache'), { recursive: true });

  let current: ActiveSession | null = null;
  let profile: Profile | null = await readProfile(dataDir);
  // login/logout/close one after another: two sign-ins racing would open two caches.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job, job);
    queue = next.catch(() => undefined);
    return next;
  };

  function activate(user: StaffUser, token: string | null) {
    const cache = options.openCache(cacheFileFor(dataDir, user.id), user.id);
    const engine = options.createEngine(cache, token);
    current = { user, cache, engine };
    engine.start();
    options.onSwitched();
  }

  async function deactivate() {
    const closing = current;
    if (!closing) return;
    current = null;
    await closing.engine.stop();
    closing.cache.close();
    options.onSwitched();
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
    activate(profile.user, await unwrap(profile));
  }

  const info = (): SessionInfo => ({ user: current?.user ?? null, username: current ? (profile?.username ?? null) : null, mode: options.mode, centralUrl });

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
          return fail(f.code, f.message);
        }
        const { token, user, expiresAt } = r.value;
        if (onlyUserId !== null && user.id !== onlyUserId) {
          void client.logout(token);
          return fail('reauth_other_user', 'Sign in again as the same user; to switch user, sign out first.');
        }
        profile = {
          version: 1,
          centralUrl: client.baseUrl,
          user,
          username: request.username.trim().toLowerCase(),
          token: { store: secretStore.kind, data: await secretStore.encrypt(token) },
          expiresAt,
        };
        await writeProfile(dataDir, profile);
        if (current && current.user.id === user.id) {
          current.user = user;
          current.engine.resume(token);
        } else {
          await deactivate();
          activate(user, token);
        }
        return ok(info());
      }),

    logout: () =>
      serial(async () => {
        const token = profile ? await unwrap(profile) : null;
        await deactivate();
        profile = { version: 1, centralUrl: client.baseUrl, user: null, token: null, expiresAt: null };
        await writeProfile(dataDir, profile);
        // Telling the central is a courtesy: signing out works offline too.
        if (token) void client.logout(token);
        return ok(info());
      }),

    close: () => serial(deactivate),
  };
}
