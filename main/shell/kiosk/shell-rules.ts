import type { BypassKind } from '../../../domain/kiosk/heartbeat.ts';
import type { KioskPhaseName } from '../../../domain/kiosk/session.ts';
import type { KioskInputDecision } from './input-decisions.ts';

/**
 * The kiosk shell's own small decisions, kept out of the Electron wiring so they are tested
 * without the runtime: what a key does, what a crashed renderer leads to, and when a restart the
 * staff asked for may happen.
 */

/** The admin chord goes on to the page (its PIN prompt listens for it); other blocked keys stop here. */
export function keyAction(decision: KioskInputDecision): { prevent: boolean; bypass: BypassKind | null } {
  return { prevent: !decision.allow && !decision.adminChord, bypass: decision.bypass };
}

export const CRASH_WINDOW_MS = 10 * 60_000;
export const MAX_CRASHES_IN_WINDOW = 3;

export type CrashAction = { action: 'none' } | { action: 'new_session' } | { action: 'relaunch' };

/**
 * render-process-gone: back to the attract screen in a fresh partition (the customer's session
 * is gone with the renderer anyway). A renderer that keeps dying is not fixed by another page:
 * after three crashes in ten minutes the whole app starts again.
 */
export function crashAction(reason: string, earlierCrashesMs: readonly number[], nowMs: number): CrashAction {
  if (reason === 'clean-exit') return { action: 'none' };
  const recent = earlierCrashesMs.filter((t) => nowMs - t < CRASH_WINDOW_MS).length;
  return recent + 1 >= MAX_CRASHES_IN_WINDOW ? { action: 'relaunch' } : { action: 'new_session' };
}

/** A restart waits for the attract screen (or a dead renderer): never in the middle of a customer. */
export function mayRestartNow(phase: KioskPhaseName): boolean {
  return phase === 'attract' || phase === 'crashed';
}
