import { mkdir } from 'node:fs/promises';
import { Caller, CONTRACT, isMethod, parseCall, type CommandAccepted, type CoreEvent, type KuvaApi, type Method, type ParsedInput, type QueuedMany, type SessionInfo, type SyncStatus } from '../../domain/contract.ts';
import { fail, ok, type Result } from '../../domain/result.ts';
import type { LoginRequest } from '../../domain/sync/protocol.ts';
import { mayCall, sameUsername, signInMustBeFor } from '../../domain/window-session.ts';
import { ENTITIES, ENTITY_NAMES, isCommandType, type EntityName } from '../../domain/workspaces.ts';
import { openCache } from './cache/open-cache.ts';
import { answerFiles } from './files/file-service.ts';
import { fetchCaughtMessages } from './caught-messages.ts';
import { answerGdprExport } from './culture-kids/gdpr-export.ts';
import { answerCustomerGdprExport } from './berths/customer-gdpr-export.ts';
import { createGridViewStore } from './grid-views/grid-view-store.ts';
import { attachDocument } from './documents/attach-document.ts';
import { openDocument } from './documents/open-document.ts';
import { createScreenLock, type ScreenLock } from './session/screen-lock.ts';
import { openSession, type Session } from './session/session.ts';
import { plainSecretStore, type SecretStore } from './session/secret-store.ts';
import { createCentralClient } from './sync/central-client.ts';
import { createSyncEngine, type SyncTiming } from './sync/sync-engine.ts';
import { createKioskRuntime, type KioskCoreOptions, type KioskRuntime } from './kiosk/kiosk-runtime.ts';
import { kioskCacheWorkspace, kioskServicePointOf } from './kiosk/kiosk-workspace.ts';

export interface CoreOptions {
  dataDir: string;
  /** One address, or several for centrals that share a database (sync/central-addresses.ts). */
  centralUrl: string;
  mode: 'electron' | 'browser';
  /** Wraps the token at rest; the plain store (NOT encryption) when not given. */
  secretStore?: SecretStore;
  sync?: Pick<SyncTiming, 'intervalMs' | 'initialBackoffMs' | 'maxBackoffMs'>;
  now?: () => Date;
  /** Run as a kiosk terminal: signed in with its own credential, public data only, heartbeat. */
  kiosk?: KioskCoreOptions;
  /**
   * How long the app may stand unused before the signed-in user's screen locks; absent or null:
   * never. The app's entry points give KUVA_IDLE_LOCK_MINUTES (15 minutes when unset,
   * session/screen-lock.ts). A kiosk never locks: it wipes between customers.
   */
  idleLockMs?: number | null;
}

/**
 * What a locked screen still answers: who is signed in, the way back in or out, the status line,
 * and the public queue display, which holds no personal data (a kiosk shows it) and runs on a wall
 * screen nobody touches: a desk's lock must not freeze it.
 */
const WHILE_LOCKED: ReadonlySet<Method> = new Set(['session.get', 'session.activity', 'session.lockScreen', 'session.unlockScreen', 'session.logout', 'sync.status', 'assist.queueDisplay']);
/** Wrong passwords at a locked screen before the user is signed out (their unsent work stays). */
const UNLOCK_ATTEMPTS = 5;

export type Core = KuvaApi & { close(): Promise<void> };

/**
 * The backend behind `window.kuva`, whichever host carries it: session, the signed-in user's
 * cache and the sync loop. Every answer is a Result; nothing throws across this boundary.
 */
export async function createCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: CoreEvent) => void>();
  let kiosk: KioskRuntime | null = null;
  const emit = (event: CoreEvent) => {
    if (event.type === 'sync.status') kiosk?.onStatus(event.status);
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // One broken listener must not silence the others or the sync loop.
      }
    }
  };
  let closed = false;
  // Microseconds since the epoch, at least one more each time: still growing after a restart.
  let revision = 0;
  const stamp = (status: SyncStatus, userId: string | null): SyncStatus => {
    revision = Math.max(revision + 1, Date.now() * 1000);
    return { ...status, userId, revision };
  };
  /** What a user's sync loop says goes out marked as theirs. */
  const forUser = (userId: string, event: CoreEvent): CoreEvent => {
    if (event.type === 'sync.status') return { type: 'sync.status', status: stamp(event.status, userId) };
    if (event.type === 'changed' || event.type === 'command.settled') return { ...event, userId };
    return event;
  };

  await mkdir(options.dataDir, { recursive: true });
  const client = createCentralClient({ baseUrl: options.centralUrl });
  const idleLockMs = options.kiosk ? null : (options.idleLockMs ?? null);
  // Staff can always lock their screen (Ctrl+Shift+L); it also locks by itself when idleLockMs is set.
  const screenLock: ScreenLock | null = options.kiosk
    ? null
    : createScreenLock({ afterMs: idleLockMs, now: () => now().getTime(), onChange: (locked) => emit({ type: 'session.screenLock', locked, userId: ready?.active()?.user.id ?? null }) });
  let wrongPasswords = 0;
  /** Each user's current session token, as their sync engine holds it (null: sign in again). */
  const tokens = new Map<string, string | null>();
  let ready: Session | null = null;
  const session: Session = await openSession({
    dataDir: options.dataDir,
    centralUrl: client.baseUrl,
    mode: options.mode,
    client,
    secretStore: options.secretStore ?? plainSecretStore,
    // A kiosk's cache holds the projected public rows in its own tables, never the staff ones.
    openCache: options.kiosk
      ? (o) => openCache({ ...o, workspaces: [kioskCacheWorkspace({ terminalId: o.userId, servicePointId: () => kioskServicePointOf(ready?.active()?.user) })] })
      : openCache,
    createEngine: (cache, token) => {
      tokens.set(cache.userId, token);
      const engine = createSyncEngine({ cache, client, token, timing: options.sync ?? {}, now, emit: (event) => emit(forUser(cache.userId, event)) });
      // A new sign-in hands the engine a fresh token: live reads (caught messages) use it too.
      return {
        ...engine,
        resume(fresh) {
          tokens.set(cache.userId, fresh);
          engine.resume(fresh);
        },
      };
    },
    now,
    screen: () => ({ screenLocked: screenLock?.locked() ?? false, idleLockMs }),
    onSwitched: () => {
      // Whoever signs in next starts with an open screen and the idle time from now.
      screenLock?.reset();
      wrongPasswords = 0;
      // Also called while the session opens (a resumed sign-in), before anyone can listen.
      if (!ready) return;
      const user = ready.active()?.user ?? null;
      // First, so every window that shows someone else locks before any data of the new user moves.
      emit({ type: 'session.changed', user });
      emit({ type: 'changed', entities: [...ENTITY_NAMES], userId: user?.id ?? null });
      emit({ type: 'sync.status', status: stamp(ready.syncStatus(), user?.id ?? null) });
    },
  });
  ready = session;
  const gridViews = createGridViewStore(options.dataDir, now);
  if (options.kiosk) {
    kiosk = createKioskRuntime(options.kiosk, {
      centralUrl: client.baseUrl,
      now,
      signIn: (credential) => session.login(credential),
      user: () => session.active()?.user ?? null,
      token: () => {
        const id = session.active()?.user.id;
        return id ? (tokens.get(id) ?? null) : null;
      },
      syncStatus: () => session.syncStatus(),
      emit,
      restartRequestedAt: () => {
        const active = session.active();
        const home = active?.cache.handle('kiosk.home', { days: 1 }, active.user, now());
        return home?.ok ? home.value.terminal.restartRequestedAt : null;
      },
    });
    // Not awaited: a kiosk starting offline shows its cached data and signs in when it can.
    void kiosk.start();
  }

  const signedInId = () => session.active()?.user.id ?? null;

  /** A window that shows another user than the signed-in one is refused, with who is signed in now. */
  function refuseCaller(method: Method, caller: Caller): Result<never> | null {
    if (mayCall(method, caller, signedInId())) return null;
    const user = session.active()?.user ?? null;
    return fail(
      'session_changed',
      user ? `${user.name} is signed in now; this window shows someone else.` : 'Nobody is signed in now; this window shows someone who was.',
      { user },
    );
  }

  async function signIn(request: LoginRequest, caller: Caller | undefined): Promise<Result<SessionInfo>> {
    const mustBe = caller ? signInMustBeFor(caller) : null;
    const known = session.info();
    // Checked before the password goes anywhere; the session checks the central's answer too.
    if (mustBe !== null && known.user?.id === mustBe && known.username && !sameUsername(request.username, known.username)) {
      return fail('reauth_other_user', 'Sign in again as the same user; to switch user, sign out first.');
    }
    return session.login(request, mustBe);
  }

  /**
   * The password opens the screen, checked here (offline too) or, when no verifier was kept, by
   * the central as a sign-in of the same user. Wrong ones are counted; past the limit the user is
   * signed out, as a sign-out from the header would (unsent work stays for their next sign-in).
   */
  async function unlockScreen(password: string): Promise<Result<SessionInfo>> {
    const active = session.active();
    if (!active || !screenLock?.locked()) return ok(session.info());
    const known = session.info();
    const verdict = await session.checkPassword(password);
    if (verdict === 'unknown') {
      if (!known.username) return fail('invalid_credentials', 'Sign out and in again.');
      const again = await session.login({ username: known.username, password }, active.user.id);
      if (!again.ok && again.error.code !== 'invalid_credentials') return again;
      if (again.ok) {
        screenLock.unlock();
        wrongPasswords = 0;
        return ok(session.info());
      }
    } else if (verdict === 'right') {
      screenLock.unlock();
      wrongPasswords = 0;
      return ok(session.info());
    }
    wrongPasswords += 1;
    if (wrongPasswords >= UNLOCK_ATTEMPTS) {
      await session.logout();
      return fail('too_many_attempts', `${UNLOCK_ATTEMPTS} wrong passwords: signed out.`, { signedOut: true });
    }
    return fail('invalid_credentials', 'The password is wrong.', { attemptsLeft: UNLOCK_ATTEMPTS - wrongPasswords });
  }

  /** Commands of `method` were queued: the windows hear what changed, and the engine pushes soon. */
  function queued(active: NonNullable<ReturnType<Session['active']>>, method: Method): void {
    emit({ type: 'changed', entities: touchedBy(method), userId: active.user.id });
    active.engine.publishStatus();
    active.engine.nudge();
  }

  // Synchronous up to the cache's answer, so the caller check and the act cannot be split by a sign-in.
  async function answer(method: Method, input: unknown, caller: Caller | undefined): Promise<Result<unknown>> {
    const refused = caller ? refuseCaller(method, caller) : null;
    if (refused) return refused;
    // The terminal signs itself in; nobody at a kiosk signs in or out.
    if (kiosk && caller && (method === 'session.login' || method === 'session.logout')) return fail('forbidden', 'A kiosk terminal stays signed in with its own credential.');
    if (screenLock?.locked() && session.active() && !WHILE_LOCKED.has(method)) return fail('screen_locked', 'The screen is locked: open it with your password.');
    switch (method) {
      case 'session.activity':
        screenLock?.activity();
        return ok({ screenLocked: screenLock?.locked() ?? false });
      case 'session.lockScreen':
        if (session.active()) screenLock?.lock();
        return ok<SessionInfo>(session.info());
      case 'session.unlockScreen':
        return unlockScreen((input as ParsedInput<'session.unlockScreen'>).password);
      case 'kiosk.status':
      case 'kiosk.report':
        if (!kiosk) return fail('forbidden', 'This app is not running as a kiosk.');
        return ok(method === 'kiosk.report' ? kiosk.report(input as ParsedInput<'kiosk.report'>) : kiosk.status());
      case 'kiosk.checkAdminPin':
        return kiosk ? kiosk.checkAdminPin(input as ParsedInput<'kiosk.checkAdminPin'>) : fail('forbidden', 'This app is not running as a kiosk.');
      case 'session.get':
        return ok<SessionInfo>(session.info());
      case 'session.login':
        return signIn(input as LoginRequest, caller);
      case 'session.logout':
        return session.logout();
      case 'sync.status':
        return ok<SyncStatus>(stamp(session.syncStatus(), signedInId()));
      case 'sync.now': {
        const active = session.active();
        if (!active) return fail('not_signed_in', 'Sign in to sync.');
        const status = await active.engine.syncNow();
        return ok<SyncStatus>(stamp(status, active.user.id));
      }
      case 'notifications.caught': {
        const active = session.active();
        if (!active) return fail('not_signed_in', 'Sign in first.');
        const token = tokens.get(active.user.id);
        if (!token) return fail('unauthorized', 'Sign in again to read from the central.');
        return fetchCaughtMessages(client.currentUrl(), token);
      }
      case 'files.exportXlsx':
      case 'files.printPdf':
      case 'files.saveAs':
        return answerFiles(method, input, { dataDir: options.dataDir, active: session.active(), now: now() });
      case 'cultureKids.gdprExport': {
        const active = session.active();
        const token = active ? (tokens.get(active.user.id) ?? null) : null;
        return answerGdprExport(input as ParsedInput<'cultureKids.gdprExport'>, { dataDir: options.dataDir, centralUrl: client.currentUrl(), token, active, now: now() });
      }
      case 'berths.customerGdprExport': {
        const active = session.active();
        const token = active ? (tokens.get(active.user.id) ?? null) : null;
        const context = { dataDir: options.dataDir, centralUrl: client.currentUrl(), token, user: active?.user ?? null, now: now() };
        return answerCustomerGdprExport(input as ParsedInput<'berths.customerGdprExport'>, context);
      }
      case 'documents.attach': {
        const active = session.active();
        const attached = attachDocument(input as ParsedInput<'documents.attach'>, active, now());
        // Up at the next sync: soon, while the desk is online, not only when the form is saved.
        if (attached.ok) active?.engine.nudge();
        return attached;
      }
      case 'documents.open': {
        const active = session.active();
        const token = active ? (tokens.get(active.user.id) ?? null) : null;
        return openDocument(input as ParsedInput<'documents.open'>, { dataDir: options.dataDir, active, token, client, now: now() });
      }
      case 'gridViews.list':
      case 'gridViews.keep':
      case 'gridViews.save':
      case 'gridViews.rename':
      case 'gridViews.remove': {
        const userId = signedInId();
        if (!userId) return fail('not_signed_in', 'Sign in first.');
        const verb = method.slice('gridViews.'.length) as 'list' | 'keep' | 'save' | 'rename' | 'remove';
        return gridViews[verb](userId, input as never);
      }
      case 'commands.queueMany': {
        const active = session.active();
        if (!active) return fail('not_signed_in', 'Sign in first.');
        const { method: many, inputs } = input as ParsedInput<'commands.queueMany'>;
        if (!isMethod(many) || CONTRACT[many].kind !== 'command' || !active.cache.handles(many)) return fail('unknown_method', `${many.slice(0, 80)} is not a command served here.`);
        // Each input is checked as its own call would be; a bad one is refused alone.
        const parsed = inputs.map((raw) => parseCall(many, raw));
        const valid = parsed.flatMap((p) => (p.ok ? [p.value.input as ParsedInput<typeof many>] : []));
        const decided = valid.length > 0 ? active.cache.handleMany(many, valid, active.user, now()) : [];
        let next = 0;
        const results = parsed.map((p) => (p.ok ? decided[next++]! : p)) as Result<CommandAccepted>[];
        if (results.some((r) => r.ok)) queued(active, many);
        return ok<QueuedMany>({ results });
      }
      default: {
        const active = session.active();
        if (!active) return fail('not_signed_in', 'Sign in first.');
        if (!active.cache.handles(method)) return fail('unknown_method', `${method} is not served here.`);
        const r = active.cache.handle(method, input as ParsedInput<typeof method>, active.user, now());
        if (r.ok && CONTRACT[method].kind === 'command') {
          queued(active, method);
        } else if (r.ok && method === 'conflicts.dismiss') {
          active.engine.publishStatus();
        }
        return r;
      }
    }
  }

  return {
    async invoke(method, input, caller) {
      if (closed) return fail('internal', 'The app is shutting down.') as never;
      const call = parseCall(method, input);
      if (!call.ok) return call as never;
      const who = caller === undefined ? undefined : Caller.safeParse(caller);
      if (who && !who.success) return fail('bad_request', 'The caller must be { userId }.') as never;
      try {
        return (await answer(call.value.method, call.value.input, who?.data)) as never;
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
      kiosk?.stop();
      screenLock?.stop();
      await session.close();
      listeners.clear();
    },
  };
}

/**
 * The entities a local command may have touched: every entity of its workspace (the first part of
 * the command type and of the entity's scope). Permissions name capabilities, not data
 * ('bookings.reservations.handle'), so they cannot say which entities a command writes.
 */
export function touchedBy(method: Method): EntityName[] {
  if (!isCommandType(method)) return [];
  const workspace = `${method.split('.')[0]}.`;
  return ENTITY_NAMES.filter((e) => ENTITIES[e].scope.startsWith(workspace));
}
