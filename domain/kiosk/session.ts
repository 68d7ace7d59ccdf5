import type { Language } from '../languages.ts';

/**
 * The kiosk's customer-session state machine (brief assistance-kiosk 2.6) as a pure reducer: the
 * shell feeds it events and the clock, and acts on the phase it returns (show the attract screen,
 * run the wipe, open a fresh partition). Time arrives in events, never from a clock read here.
 *
 * attract → language_chosen (home tiles) ⇄ in_use → idle_warning → wiping → attract;
 * any phase → crashed → (watchdog) attract; admin chord → admin_pin → admin → wiping.
 */

/** The phases a customer can be in; an admin PIN prompt returns to one of these. */
export type CustomerPhase = { name: 'attract' } | { name: 'language_chosen'; language: Language } | { name: 'in_use'; language: Language };

export type WipeReason = 'idle' | 'ended' | 'admin';

export type KioskPhase =
  | CustomerPhase
  /** The WCAG 2.2.1 warning: a visible countdown to the deadline and a "continue" button. */
  | { name: 'idle_warning'; resumeTo: Exclude<CustomerPhase, { name: 'attract' }>; deadlineMs: number }
  | { name: 'wiping'; reason: WipeReason }
  | { name: 'crashed' }
  | { name: 'admin_pin'; returnTo: CustomerPhase; deadlineMs: number }
  | { name: 'admin' };

export type KioskPhaseName = KioskPhase['name'];
export const KIOSK_PHASE_NAMES = ['attract', 'language_chosen', 'in_use', 'idle_warning', 'wiping', 'crashed', 'admin_pin', 'admin'] as const satisfies readonly KioskPhaseName[];

export interface KioskState {
  phase: KioskPhase;
  /**
   * The current customer session: the shell names the window's non-persistent partition after it,
   * so each customer gets an empty one. Replaced after every wipe and every watchdog restart.
   */
  sessionId: string;
  lastActivityMs: number;
  /** Wrong PINs in a row; kept across wipes and crashes so that neither resets the lockout. */
  failedPinAttempts: number;
  lockedOutUntilMs: number | null;
}

export interface KioskTiming {
  /** Inactivity before the warning shows. */
  idleAfterMs: number;
  /** How long the warning counts down before the wipe (WCAG 2.2.1 asks for at least 20 s). */
  warningMs: number;
  /** How long the PIN prompt waits for the PIN. */
  pinPromptMs: number;
  maxPinAttempts: number;
  lockoutMs: number;
}

export const DEFAULT_KIOSK_TIMING: KioskTiming = {
  idleAfterMs: 90_000,
  warningMs: 30_000,
  pinPromptMs: 30_000,
  maxPinAttempts: 3,
  lockoutMs: 15 * 60_000,
};

export type KioskEvent =
  | { type: 'tick'; nowMs: number }
  /** A touch or key press anywhere in the customer's screens. */
  | { type: 'activity'; nowMs: number }
  | { type: 'choose_language'; language: Language; nowMs: number }
  | { type: 'open_task'; nowMs: number }
  /** A task finished or was left: back to the home tiles. */
  | { type: 'go_home'; nowMs: number }
  /** The customer pressed "finish": wipe at once. */
  | { type: 'end_session'; nowMs: number }
  | { type: 'continue'; nowMs: number }
  | { type: 'wipe_done'; nextSessionId: string; nowMs: number }
  /** The renderer went away or a wipe step failed: the watchdog takes over. */
  | { type: 'crash'; nowMs: number }
  | { type: 'watchdog_restart'; nextSessionId: string; nowMs: number }
  | { type: 'admin_chord'; nowMs: number }
  /** The shell checked the typed PIN against its stored hash; the PIN never reaches the reducer. */
  | { type: 'admin_pin_checked'; correct: boolean; nowMs: number }
  | { type: 'admin_cancel'; nowMs: number }
  | { type: 'admin_exit'; nowMs: number };

export type KioskEventType = KioskEvent['type'];

export function initialKioskState(sessionId: string, nowMs: number): KioskState {
  return { phase: { name: 'attract' }, sessionId, lastActivityMs: nowMs, failedPinAttempts: 0, lockedOutUntilMs: null };
}

/** An event that does not apply to the current phase returns the same state object. */
export function reduceKiosk(state: KioskState, event: KioskEvent, timing: KioskTiming = DEFAULT_KIOSK_TIMING): KioskState {
  const { phase } = state;
  // A crash ends whatever was going on, the wipe included: the restart opens a fresh partition.
  if (event.type === 'crash') return phase.name === 'crashed' ? state : { ...state, phase: { name: 'crashed' } };
  switch (phase.name) {
    case 'attract':
    case 'language_chosen':
    case 'in_use':
      return reduceCustomer(state, phase, event, timing);
    case 'idle_warning':
      if (event.type === 'continue') return { ...state, phase: phase.resumeTo, lastActivityMs: event.nowMs };
      if (event.type === 'tick' && event.nowMs >= phase.deadlineMs) return wipe(state, 'idle');
      if (event.type === 'admin_chord') return openPinPrompt(state, phase.resumeTo, event.nowMs, timing);
      return state;
    case 'wiping':
      return event.type === 'wipe_done' ? freshSession(state, event.nextSessionId, event.nowMs) : state;
    case 'crashed':
      return event.type === 'watchdog_restart' ? freshSession(state, event.nextSessionId, event.nowMs) : state;
    case 'admin_pin':
      return reducePinPrompt(state, phase, event, timing);
    case 'admin':
      if (event.type === 'admin_exit') return wipe(state, 'admin');
      if (event.type === 'activity') return { ...state, lastActivityMs: event.nowMs };
      // An unlocked kiosk left alone locks itself: the next passer-by must not find it open.
      if (event.type === 'tick' && event.nowMs - state.lastActivityMs >= timing.idleAfterMs) return wipe(state, 'admin');
      return state;
  }
}

function reduceCustomer(state: KioskState, phase: CustomerPhase, event: KioskEvent, timing: KioskTiming): KioskState {
  if (event.type === 'admin_chord') return openPinPrompt(state, phase, event.nowMs, timing);
  if (phase.name === 'attract') {
    return event.type === 'choose_language' ? { ...state, phase: { name: 'language_chosen', language: event.language }, lastActivityMs: event.nowMs } : state;
  }
  switch (event.type) {
    case 'activity':
      return { ...state, lastActivityMs: event.nowMs };
    case 'choose_language':
      return { ...state, phase: { ...phase, language: event.language }, lastActivityMs: event.nowMs };
    case 'open_task':
      return { ...state, phase: { name: 'in_use', language: phase.language }, lastActivityMs: event.nowMs };
    case 'go_home':
      return phase.name === 'in_use' ? { ...state, phase: { name: 'language_chosen', language: phase.language }, lastActivityMs: event.nowMs } : state;
    case 'end_session':
      return wipe(state, 'ended');
    case 'tick':
      return event.nowMs - state.lastActivityMs >= timing.idleAfterMs
        ? { ...state, phase: { name: 'idle_warning', resumeTo: phase, deadlineMs: event.nowMs + timing.warningMs } }
        : state;
    default:
      return state;
  }
}

function reducePinPrompt(state: KioskState, phase: Extract<KioskPhase, { name: 'admin_pin' }>, event: KioskEvent, timing: KioskTiming): KioskState {
  const back = (nowMs: number): KioskState => ({ ...state, phase: phase.returnTo, lastActivityMs: nowMs });
  switch (event.type) {
    case 'admin_pin_checked': {
      if (event.correct) return { ...state, phase: { name: 'admin' }, lastActivityMs: event.nowMs, failedPinAttempts: 0, lockedOutUntilMs: null };
      const failed = state.failedPinAttempts + 1;
      if (failed >= timing.maxPinAttempts) return { ...back(event.nowMs), failedPinAttempts: 0, lockedOutUntilMs: event.nowMs + timing.lockoutMs };
      return { ...state, failedPinAttempts: failed };
    }
    case 'admin_cancel':
      return back(event.nowMs);
    case 'tick':
      return event.nowMs >= phase.deadlineMs ? back(event.nowMs) : state;
    default:
      return state;
  }
}

function openPinPrompt(state: KioskState, returnTo: CustomerPhase, nowMs: number, timing: KioskTiming): KioskState {
  // During a lockout the chord does nothing visible, so guessing cannot go on.
  if (isLockedOut(state, nowMs)) return state;
  return { ...state, phase: { name: 'admin_pin', returnTo, deadlineMs: nowMs + timing.pinPromptMs }, lockedOutUntilMs: null };
}

function wipe(state: KioskState, reason: WipeReason): KioskState {
  return { ...state, phase: { name: 'wiping', reason } };
}

function freshSession(state: KioskState, nextSessionId: string, nowMs: number): KioskState {
  return { ...state, phase: { name: 'attract' }, sessionId: nextSessionId, lastActivityMs: nowMs };
}

export function isLockedOut(state: KioskState, nowMs: number): boolean {
  return state.lockedOutUntilMs !== null && nowMs < state.lockedOutUntilMs;
}

/** Whole seconds left on the idle warning or PIN prompt, for the visible countdown; null elsewhere. */
export function secondsLeft(state: KioskState, nowMs: number): number | null {
  const { phase } = state;
  if (phase.name !== 'idle_warning' && phase.name !== 'admin_pin') return null;
  return Math.max(0, Math.ceil((phase.deadlineMs - nowMs) / 1000));
}

/** Whether a customer is at the kiosk, for the heartbeat's "in use". */
export function isInUse(state: KioskState): boolean {
  const name = state.phase.name;
  return name === 'language_chosen' || name === 'in_use' || name === 'idle_warning' || (name === 'admin_pin' && state.phase.returnTo.name !== 'attract');
}
