import type { CoreEvent, ParsedInput, SyncStatus } from '../../../domain/contract.ts';
import type { KioskAdminPinAnswer, KioskStatus } from '../../../domain/kiosk/contract.ts';
import type { BypassAttempt } from '../../../domain/kiosk/heartbeat.ts';
import { isScheduledOpen, nextScheduleChange, type KioskSchedule } from '../../../domain/kiosk/schedule.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { LoginRequest, StaffUser } from '../../../domain/sync/protocol.ts';
import { createAdminPinCheck } from './admin-pin.ts';
import { createHeartbeatLoop, type BeatOutcome, type HeartbeatLoop, type KioskReportedState } from './heartbeat-loop.ts';

/** How a core runs as a kiosk terminal (CoreOptions.kiosk). Plain data: it crosses to the worker. */
export interface KioskCoreOptions {
  credential: LoginRequest;
  appVersion: string;
  heartbeatIntervalMs?: number;
  /** The first wait before signing in again after a failure; doubles up to a minute. */
  retryMs?: number;
  /** The PIN of the terminal's maintenance screen (4 to 8 digits, credential.ts); absent: it cannot be opened. */
  adminPin?: string;
}

export interface KioskRuntimeDeps {
  centralUrl: string;
  now: () => Date;
  /** Signs the terminal in through the session (the one way in: customers never sign in). */
  signIn: (credential: LoginRequest) => Promise<Result<unknown>>;
  user: () => StaffUser | null;
  token: () => string | null;
  syncStatus: () => SyncStatus;
  emit: (event: CoreEvent) => void;
  /** The staff's restart request as the kiosk's own terminal row says (the central's clock). */
  restartRequestedAt: () => string | null;
}

export interface KioskRuntime {
  /** Signs in (again) when the terminal is not signed in or its token was lost; starts the heartbeat. */
  start(): Promise<void>;
  /** The core's sync status changed: a lost token signs in again. */
  onStatus(status: SyncStatus): void;
  report(input: ParsedInput<'kiosk.report'>): KioskStatus;
  /** Checks a PIN typed at the maintenance prompt; only the signed-in terminal may ask. */
  checkAdminPin(input: ParsedInput<'kiosk.checkAdminPin'>): Promise<Result<KioskAdminPinAnswer>>;
  status(): KioskStatus;
  heartbeat(): HeartbeatLoop | null;
  stop(): void;
}

/**
 * The kiosk terminal's side of the core: it stays signed in with its own credential, tells the
 * central how it is every 30 s, and passes a restart request on to the shell or page.
 */
export function createKioskRuntime(options: KioskCoreOptions, deps: KioskRuntimeDeps): KioskRuntime {
  const baseRetry = options.retryMs ?? 2_000;
  let reported: KioskReportedState = { phase: 'attract', inUse: false, lastResetAt: null };
  let restartRequested = false;
  let schedule: KioskSchedule | null = null;
  let lastHeartbeatAt: string | null = null;
  let lastConnection: KioskStatus['connection'] = 'unknown';
  let loop: HeartbeatLoop | null = null;
  const early: BypassAttempt[] = [];
  let signingIn: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let retryMs = baseRetry;
  let stopped = false;
  /** When this kiosk last started (its core, or its page for a restart): requests before it are carried out. */
  let restartedAtMs = deps.now().getTime();
  let restartedFor: string | undefined;
  const adminPin = createAdminPinCheck(options.adminPin);

  const signedInAsTerminal = () => {
    const user = deps.user();
    return user !== null && user.roles.includes('kiosk');
  };

  function onOutcome(outcome: BeatOutcome, at: Date): void {
    if (outcome.kind === 'answered') {
      lastHeartbeatAt = at.toISOString();
      lastConnection = 'online';
      if (outcome.answer.schedule) schedule = outcome.answer.schedule;
      restartRequested = outcome.answer.restartRequested;
      if (!restartRequested) {
        restartedFor = undefined;
        return;
      }
      // Unknown until the terminal row has arrived: the next beat decides, never a restart loop.
      const requestedAt = deps.restartRequestedAt();
      if (requestedAt === null || restartedFor === requestedAt) return;
      if (Date.parse(requestedAt) <= restartedAtMs) {
        // Asked before this start: carried out; the next beat says so and the central acknowledges.
        restartedFor = requestedAt;
        void loop?.beat();
      } else deps.emit({ type: 'kiosk.restartRequested', userId: deps.user()?.id ?? null });
    } else if (outcome.kind === 'unreachable') {
      lastConnection = 'offline';
    } else if (outcome.kind === 'unauthorized') {
      void ensureSignedIn(true);
    }
  }

  function startLoop(): void {
    const user = deps.user();
    if (loop || !user || stopped) return;
    loop = createHeartbeatLoop({
      centralUrl: deps.centralUrl,
      terminalId: user.id,
      appVersion: options.appVersion,
      token: deps.token,
      state: () => (restartedFor ? { ...reported, restartedFor } : reported),
      onOutcome,
      intervalMs: options.heartbeatIntervalMs,
      now: deps.now,
    });
    loop.recordBypass(early.splice(0));
    loop.start();
  }

  function ensureSignedIn(force = false): Promise<void> {
    if (stopped || (!force && signedInAsTerminal() && deps.token())) {
      startLoop();
      return Promise.resolve();
    }
    signingIn ??= (async () => {
      const r = await deps.signIn(options.credential);
      if (r.ok) {
        retryMs = baseRetry;
        startLoop();
        return;
      }
      // Offline or throttled: try again later; a wrong credential is retried too, slowly, since
      // an administrator may fix it centrally without touching the kiosk.
      if (!stopped && !retry) {
        retry = setTimeout(() => {
          retry = null;
          void ensureSignedIn(true);
        }, retryMs);
        retry.unref?.();
        retryMs = Math.min(retryMs * 2, 60_000);
      }
    })().finally(() => (signingIn = null));
    return signingIn;
  }

  function status(): KioskStatus {
    const user = deps.user();
    const nowMs = deps.now().getTime();
    const sync = deps.syncStatus();
    const change = schedule ? nextScheduleChange(schedule, nowMs) : null;
    return {
      terminalId: user?.id ?? options.credential.username,
      servicePointId: user?.grants.find((g) => g.role === 'kiosk')?.servicePointId ?? null,
      connection: lastConnection === 'unknown' ? sync.connection : lastConnection,
      scheduledOpen: schedule ? isScheduledOpen(schedule, nowMs) : true,
      nextChange: change ? { at: new Date(change.atMs).toISOString(), opens: change.opens } : null,
      restartRequested,
      lastHeartbeatAt,
      appVersion: options.appVersion,
    };
  }

  return {
    start: () => ensureSignedIn(),
    onStatus(s) {
      if (s.authExpired && !stopped) void ensureSignedIn(true);
    },
    report(input) {
      if (input.restarted) restartedAtMs = deps.now().getTime();
      reported = { phase: input.phase ?? reported.phase, inUse: input.inUse ?? reported.inUse, lastResetAt: input.lastResetAt ?? reported.lastResetAt };
      const at = deps.now().toISOString();
      early.push(...input.bypassAttempts.map((kind) => ({ at, kind })));
      // Kept until the loop runs (the terminal may still be signing in).
      if (loop) loop.recordBypass(early.splice(0));
      return status();
    },
    async checkAdminPin(input) {
      if (!signedInAsTerminal()) return fail('forbidden', 'Only the signed-in kiosk terminal checks its maintenance PIN.');
      if (!adminPin.configured) return ok({ ok: false, configured: false });
      return ok({ ok: await adminPin.matches(input.pin), configured: true });
    },
    status,
    heartbeat: () => loop,
    stop() {
      stopped = true;
      loop?.stop();
      if (retry) clearTimeout(retry);
    },
  };
}
