import { z } from 'zod';
import { Heartbeat, MAX_BYPASS_ATTEMPTS_LISTED, type BypassAttempt } from '../../../domain/kiosk/heartbeat.ts';
import { KioskSchedule } from '../../../domain/kiosk/schedule.ts';
import type { KioskPhaseName } from '../../../domain/kiosk/session.ts';
import { API_PREFIX } from '../../../domain/sync/protocol.ts';

/** The central's answer to a heartbeat. */
export const HeartbeatAnswer = z.object({ restartRequested: z.boolean(), schedule: KioskSchedule.nullable().optional() });
export type HeartbeatAnswer = z.infer<typeof HeartbeatAnswer>;

export const HEARTBEAT_PATH = `${API_PREFIX}/kiosk/heartbeat`;
export const HEARTBEAT_INTERVAL_MS = 30_000;

export interface KioskReportedState {
  phase: KioskPhaseName;
  inUse: boolean;
  lastResetAt: string | null;
  /** The restart request (its restartRequestedAt) this kiosk has carried out, until the central takes it. */
  restartedFor?: string;
}

export type BeatOutcome = { kind: 'answered'; answer: HeartbeatAnswer } | { kind: 'unauthorized' } | { kind: 'unreachable'; message: string } | { kind: 'skipped' };

export interface HeartbeatLoopOptions {
  centralUrl: string;
  terminalId: string;
  appVersion: string;
  /** The current session token; null skips the beat (signing in again). */
  token: () => string | null;
  state: () => KioskReportedState;
  onOutcome: (outcome: BeatOutcome, at: Date) => void;
  intervalMs?: number;
  now?: () => Date;
  timeoutMs?: number;
}

export interface HeartbeatLoop {
  /** Bypass attempts caught since the last heartbeat the central took. */
  recordBypass(attempts: readonly BypassAttempt[]): void;
  /** One heartbeat now (also what the timer runs). */
  beat(): Promise<BeatOutcome>;
  start(): void;
  stop(): void;
}

/**
 * POST /api/v1/kiosk/heartbeat every 30 s: phase, in use, last reset, version and the bypass
 * attempts since the last one the central took. Attempts survive a failed beat: they go with the
 * next one that gets through. No customer data travels.
 */
export function createHeartbeatLoop(options: HeartbeatLoopOptions): HeartbeatLoop {
  const now = options.now ?? (() => new Date());
  const intervalMs = options.intervalMs ?? HEARTBEAT_INTERVAL_MS;
  let attempts: BypassAttempt[] = [];
  let uncounted = 0;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let inFlight: Promise<BeatOutcome> | null = null;

  async function send(): Promise<BeatOutcome> {
    const token = options.token();
    if (!token) return { kind: 'skipped' };
    const sentCount = attempts.length + uncounted;
    const listed = attempts.slice(0, MAX_BYPASS_ATTEMPTS_LISTED);
    const body: Heartbeat = Heartbeat.parse({
      kioskId: options.terminalId,
      sentAt: now().toISOString(),
      version: options.appVersion,
      ...options.state(),
      bypassAttemptCount: sentCount,
      bypassAttempts: listed,
    });
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${options.centralUrl.replace(/\/+$/, '')}${HEARTBEAT_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      text = await res.text();
    } catch (error) {
      return { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
    }
    if (res.status === 401) return { kind: 'unauthorized' };
    if (!res.ok) return { kind: 'unreachable', message: `The central answered ${res.status}: ${text.slice(0, 200)}` };
    let answer: HeartbeatAnswer;
    try {
      answer = HeartbeatAnswer.parse(JSON.parse(text));
    } catch {
      return { kind: 'unreachable', message: `The central's heartbeat answer did not fit: ${text.slice(0, 200)}` };
    }
    // Taken: what was reported is dropped, anything caught meanwhile stays for the next beat.
    const reportedListed = listed.length;
    attempts = attempts.slice(reportedListed);
    uncounted = Math.max(0, uncounted - (sentCount - reportedListed));
    return { kind: 'answered', answer };
  }

  async function beat(): Promise<BeatOutcome> {
    inFlight ??= send().finally(() => (inFlight = null));
    const outcome = await inFlight;
    options.onOutcome(outcome, now());
    return outcome;
  }

  function schedule(): void {
    if (!running) return;
    timer = setTimeout(() => {
      void beat().finally(schedule);
    }, intervalMs);
    timer.unref?.();
  }

  return {
    recordBypass(list) {
      for (const a of list) {
        if (attempts.length < MAX_BYPASS_ATTEMPTS_LISTED) attempts.push(a);
        else uncounted++;
      }
    },
    beat,
    start() {
      if (running) return;
      running = true;
      void beat().finally(schedule);
    },
    stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
