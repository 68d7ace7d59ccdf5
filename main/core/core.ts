import { mkdir } from 'node:fs/promises';
import { CONTRACT, parseCall, type CoreEvent, type KuvaApi, type Method, type ParsedInput, type SessionInfo, type SyncStatus } from '../../domain/contract.ts';
import { fail, ok, type Result } from '../../domain/result.ts';
import type { LoginRequest } from '../../domain/sync/protocol.ts';
import { COMMANDS, ENTITIES, ENTITY_NAMES, isCommandType, type EntityName } from '../../domain/workspaces.ts';
import { openCache } from './cache/open-cache.ts';
import { openSession, type Session } from './session/session.ts';
import { plainSecretStore, type SecretStore } from './session/secret-store.ts';
import { createCentralClient } from './sync/central-client.ts';
import { createSyncEngine, type SyncTiming } from './sync/sync-engine.ts';

export interface CoreOptions {
  dataDir: string;
  centralUrl: string;
  mode: 'electron' | 'browser';
  /** Wraps the token at rest; the plain store (NOT encryption) when not given. */
  secretStore?: SecretStore;
  sync?: Pick<SyncTiming, 'intervalMs' | 'initialBackoffMs' | 'maxBackoffMs'>;
  now?: () => Date;
}

export type Core = KuvaApi & { close(): Promise<void> };

/**
 * The backend behind `window.kuva`, whichever host carries it: session, the signed-in user's
 * cache and the sync loop. Every answer is a Result; nothing throws across this boundary.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: CoreEvent) => void>();
  const emit = (event: CoreEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // One broken listener must not silence the others or the sync loop.
      }
    }
  };
  let closed = false;

  await mkdir(options.dataDir, { recursive: true });
  const client = createCentralClient({ baseUrl: options.centralUrl });
  let ready: Session | null = null;
  const session: Session = await openSession({
    dataDir: options.dataDir,
    centralUrl: options.centralUrl,
    mode: options.mode,
    client,
    secretStore: options.secretStore ?? plainSecretStore,
    openCache,
    createEngine: (cache, token) =>
      createSyncEngine({ cache, client, token, timing: options.sync ?? {}, now, emit }),
    now,
    onSwitched: () => {
      // Also called while the session opens (a resumed sign-in), before anyone can listen.
      if (!ready) return;
      emit({ type: 'changed', entities: [...ENTITY_NAMES] });
      emit({ type: 'sync.status', status: ready.syncStatus() });
    },
  });
  ready = session;

  async function answer(method: Method, input: unknown): Promise<Result<unknown>> {
    switch (method) {
      case 'session.get':
        return ok<SessionInfo>(session.info());
      case 'session.login':
        return session.login(input as LoginRequest);
      case 'session.logout':
        return session.logout();
      case 'sync.status':
        return ok<SyncStatus>(session.syncStatus());
      case 'sync.now': {
        const active = session.active();
        if (!active) return fail('not_signed_in', 'Sign in to sync.');
        return ok(await active.engine.syncNow());
      }
      default: {
        const active = session.active();
        if (!active) return fail('not_signed_in', 'Sign in first.');
        if (!active.cache.handles(method)) return fail('unknown_method', `${method} is not served here.`);
        const r = active.cache.handle(method, input as ParsedInput<typeof method>, active.user, now());
        if (r.ok && CONTRACT[method].kind === 'command') {
          emit({ type: 'changed', entities: touchedBy(method) });
          active.engine.publishStatus();
          active.engine.nudge();
        } else if (r.ok && method === 'conflicts.dismiss') {
          active.engine.publishStatus();
        }
        return r;
      }
    }
  }

  return {
    async invoke(method, input) {
      if (closed) return fail('internal', 'The app is shutting down.') as never;
      const call = parseCall(method, input);
      if (!call.ok) return call as never;
      try {
        return (await answer(call.value.method, call.value.input)) as never;
      } catch (err) {
        return fail('internal', err instanceof Error ? err.message : String(err)) as never;
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      await session.close();
      listeners.clear();
    },
  };
}

/** The entities a local command may have touched: those in the scope its permission writes. */
function touchedBy(method: Method): EntityName[] {
  if (!isCommandType(method)) return [];
  const scope = COMMANDS[method].permission.replace(/\.write$/, '');
  return ENTITY_NAMES.filter((e) => ENTITIES[e].scope === scope);
}
