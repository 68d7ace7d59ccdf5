import { describe, expect, it } from 'vitest';
import {
  DEFAULT_KIOSK_TIMING as T,
  initialKioskState,
  KIOSK_PHASE_NAMES,
  isInUse,
  isLockedOut,
  reduceKiosk,
  secondsLeft,
  type KioskEvent,
  type KioskEventType,
  type KioskPhase,
  type KioskPhaseName,
  type KioskState,
} from './session.ts';

const T0 = 1_000_000;
/** Late enough for every timeout (idle, warning, PIN prompt) to have run out. */
const LATE = T0 + 10 * 60_000;

function stateIn(phase: KioskPhase): KioskState {
  return { ...initialKioskState('s-1', T0), phase };
}

const PHASES: Record<KioskPhaseName, KioskPhase> = {
  attract: { name: 'attract' },
  language_chosen: { name: 'language_chosen', language: 'sv' },
  in_use: { name: 'in_use', language: 'sv' },
  idle_warning: { name: 'idle_warning', resumeTo: { name: 'in_use', language: 'sv' }, deadlineMs: T0 + T.warningMs },
  wiping: { name: 'wiping', reason: 'idle' },
  crashed: { name: 'crashed' },
  admin_pin: { name: 'admin_pin', returnTo: { name: 'in_use', language: 'sv' }, deadlineMs: T0 + T.pinPromptMs },
  admin: { name: 'admin' },
};

const EVENTS: Record<KioskEventType, KioskEvent> = {
  tick: { type: 'tick', nowMs: LATE },
  activity: { type: 'activity', nowMs: LATE },
  choose_language: { type: 'choose_language', language: 'fi', nowMs: LATE },
  open_task: { type: 'open_task', nowMs: LATE },
  go_home: { type: 'go_home', nowMs: LATE },
  end_session: { type: 'end_session', nowMs: LATE },
  continue: { type: 'continue', nowMs: LATE },
  wipe_done: { type: 'wipe_done', nextSessionId: 's-2', nowMs: LATE },
  crash: { type: 'crash', nowMs: LATE },
  watchdog_restart: { type: 'watchdog_restart', nextSessionId: 's-2', nowMs: LATE },
  admin_chord: { type: 'admin_chord', nowMs: LATE },
  admin_pin_checked: { type: 'admin_pin_checked', correct: true, nowMs: LATE },
  admin_cancel: { type: 'admin_cancel', nowMs: LATE },
  admin_exit: { type: 'admin_exit', nowMs: LATE },
};

type Outcome = KioskPhaseName | 'same';
const S = 'same';

/** Every phase × every event: the phase that follows, or "same" for the very same state object. */
const TRANSITIONS: Record<KioskPhaseName, Record<KioskEventType, Outcome>> = {
  attract: { tick: S, activity: S, choose_language: 'language_chosen', open_task: S, go_home: S, end_session: S, continue: S, wipe_done: S, crash: 'crashed', watchdog_restart: S, admin_chord: 'admin_pin', admin_pin_checked: S, admin_cancel: S, admin_exit: S },
  language_chosen: { tick: 'idle_warning', activity: 'language_chosen', choose_language: 'language_chosen', open_task: 'in_use', go_home: S, end_session: 'wiping', continue: S, wipe_done: S, crash: 'crashed', watchdog_restart: S, admin_chord: 'admin_pin', admin_pin_checked: S, admin_cancel: S, admin_exit: S },
  in_use: { tick: 'idle_warning', activity: 'in_use', choose_language: 'in_use', open_task: 'in_use', go_home: 'language_chosen', end_session: 'wiping', continue: S, wipe_done: S, crash: 'crashed', watchdog_restart: S, admin_chord: 'admin_pin', admin_pin_checked: S, admin_cancel: S, admin_exit: S },
  idle_warning: { tick: 'wiping', activity: S, choose_language: S, open_task: S, go_home: S, end_session: S, continue: 'in_use', wipe_done: S, crash: 'crashed', watchdog_restart: S, admin_chord: 'admin_pin', admin_pin_checked: S, admin_cancel: S, admin_exit: S },
  wiping: { tick: S, activity: S, choose_language: S, open_task: S, go_home: S, end_session: S, continue: S, wipe_done: 'attract', crash: 'crashed', watchdog_restart: S, admin_chord: S, admin_pin_checked: S, admin_cancel: S, admin_exit: S },
  crashed: { tick: S, activity: S, choose_language: S, open_task: S, go_home: S, end_session: S, continue: S, wipe_done: S, crash: S, watchdog_restart: 'attract', admin_chord: S, admin_pin_checked: S, admin_cancel: S, admin_exit: S },
  admin_pin: { tick: 'in_use', activity: S, choose_language: S, open_task: S, go_home: S, end_session: S, continue: S, wipe_done: S, crash: 'crashed', watchdog_restart: S, admin_chord: S, admin_pin_checked: 'admin', admin_cancel: 'in_use', admin_exit: S },
  admin: { tick: 'wiping', activity: 'admin', choose_language: S, open_task: S, go_home: S, end_session: S, continue: S, wipe_done: S, crash: 'crashed', watchdog_restart: S, admin_chord: S, admin_pin_checked: S, admin_cancel: S, admin_exit: 'wiping' },
};

describe('reduceKiosk transitions', () => {
  it('the list of phase names (for the heartbeat) holds every phase', () => {
    expect([...KIOSK_PHASE_NAMES].sort()).toEqual(Object.keys(PHASES).sort());
  });

  for (const [phaseName, row] of Object.entries(TRANSITIONS) as [KioskPhaseName, Record<KioskEventType, Outcome>][]) {
    for (const [eventType, outcome] of Object.entries(row) as [KioskEventType, Outcome][]) {
      it(`${phaseName} + ${eventType} → ${outcome}`, () => {
        const before = stateIn(PHASES[phaseName]);
        const after = reduceKiosk(before, EVENTS[eventType]);
        if (outcome === S) expect(after).toBe(before);
        else expect(after.phase.name).toBe(outcome);
      });
    }
  }
});

describe('the idle loop', () => {
  const home = reduceKiosk(initialKioskState('s-1', T0), { type: 'choose_language', language: 'en', nowMs: T0 });

  it('warns only after the idle time, counting down from the warning time', () => {
    expect(reduceKiosk(home, { type: 'tick', nowMs: T0 + T.idleAfterMs - 1 })).toBe(home);
    const warned = reduceKiosk(home, { type: 'tick', nowMs: T0 + T.idleAfterMs });
    expect(warned.phase).toEqual({ name: 'idle_warning', resumeTo: { name: 'language_chosen', language: 'en' }, deadlineMs: T0 + T.idleAfterMs + T.warningMs });
    expect(secondsLeft(warned, T0 + T.idleAfterMs)).toBe(T.warningMs / 1000);
    expect(secondsLeft(warned, T0 + T.idleAfterMs + T.warningMs - 1500)).toBe(2);
    expect(secondsLeft(warned, T0 + T.idleAfterMs + T.warningMs + 5000)).toBe(0);
  });

  it('gives WCAG 2.2.1 time: at least 20 s of warning by default', () => {
    expect(T.warningMs).toBeGreaterThanOrEqual(20_000);
  });

  it('keeps counting when the warning is on screen until the deadline, then wipes', () => {
    const warned = reduceKiosk(home, { type: 'tick', nowMs: T0 + T.idleAfterMs });
    expect(reduceKiosk(warned, { type: 'tick', nowMs: T0 + T.idleAfterMs + T.warningMs - 1 })).toBe(warned);
    expect(reduceKiosk(warned, { type: 'tick', nowMs: T0 + T.idleAfterMs + T.warningMs }).phase).toEqual({ name: 'wiping', reason: 'idle' });
  });

  it('"continue" returns to the screen the customer was on, with the idle time restarted', () => {
    const busy = reduceKiosk(home, { type: 'open_task', nowMs: T0 + 1000 });
    const warned = reduceKiosk(busy, { type: 'tick', nowMs: T0 + 1000 + T.idleAfterMs });
    const resumed = reduceKiosk(warned, { type: 'continue', nowMs: T0 + 1000 + T.idleAfterMs + 5000 });
    expect(resumed.phase).toEqual({ name: 'in_use', language: 'en' });
    expect(resumed.lastActivityMs).toBe(T0 + 1000 + T.idleAfterMs + 5000);
    expect(reduceKiosk(resumed, { type: 'tick', nowMs: resumed.lastActivityMs + T.idleAfterMs - 1 })).toBe(resumed);
  });

  it('a stray touch does not dismiss the warning, so a kiosk left alone still wipes', () => {
    const warned = reduceKiosk(home, { type: 'tick', nowMs: T0 + T.idleAfterMs });
    expect(reduceKiosk(warned, { type: 'activity', nowMs: T0 + T.idleAfterMs + 1 })).toBe(warned);
  });

  it('activity postpones the warning', () => {
    const touched = reduceKiosk(home, { type: 'activity', nowMs: T0 + 60_000 });
    expect(reduceKiosk(touched, { type: 'tick', nowMs: T0 + T.idleAfterMs })).toBe(touched);
  });

  it('after the wipe the attract screen belongs to a new session (a new partition)', () => {
    const wiping = reduceKiosk(home, { type: 'end_session', nowMs: T0 + 5 });
    expect(wiping.phase).toEqual({ name: 'wiping', reason: 'ended' });
    const next = reduceKiosk(wiping, { type: 'wipe_done', nextSessionId: 's-2', nowMs: T0 + 6 });
    expect(next.phase).toEqual({ name: 'attract' });
    expect(next.sessionId).toBe('s-2');
  });

  it('a crash during the wipe goes to the watchdog, which starts a new session on the attract screen', () => {
    const wiping = reduceKiosk(home, { type: 'end_session', nowMs: T0 + 5 });
    const crashed = reduceKiosk(wiping, { type: 'crash', nowMs: T0 + 6 });
    expect(crashed.phase).toEqual({ name: 'crashed' });
    const restarted = reduceKiosk(crashed, { type: 'watchdog_restart', nextSessionId: 's-3', nowMs: T0 + 7 });
    expect(restarted.phase).toEqual({ name: 'attract' });
    expect(restarted.sessionId).toBe('s-3');
  });

  it('the customer may switch language on the way', () => {
    const busy = reduceKiosk(home, { type: 'open_task', nowMs: T0 + 1 });
    expect(reduceKiosk(busy, { type: 'choose_language', language: 'fi', nowMs: T0 + 2 }).phase).toEqual({ name: 'in_use', language: 'fi' });
  });
});

describe('the admin unlock', () => {
  const busy = reduceKiosk(reduceKiosk(initialKioskState('s-1', T0), { type: 'choose_language', language: 'fi', nowMs: T0 }), { type: 'open_task', nowMs: T0 });
  const prompt = reduceKiosk(busy, { type: 'admin_chord', nowMs: T0 + 1 });
  const wrong = (s: KioskState, nowMs: number) => reduceKiosk(s, { type: 'admin_pin_checked', correct: false, nowMs });

  it('the chord opens the PIN prompt over the customer screen; cancel goes back to it', () => {
    expect(prompt.phase).toEqual({ name: 'admin_pin', returnTo: { name: 'in_use', language: 'fi' }, deadlineMs: T0 + 1 + T.pinPromptMs });
    expect(reduceKiosk(prompt, { type: 'admin_cancel', nowMs: T0 + 2 }).phase).toEqual({ name: 'in_use', language: 'fi' });
  });

  it('the chord during the idle warning returns to the screen behind the warning', () => {
    const warned = reduceKiosk(busy, { type: 'tick', nowMs: T0 + T.idleAfterMs });
    const p = reduceKiosk(warned, { type: 'admin_chord', nowMs: T0 + T.idleAfterMs + 1 });
    expect(p.phase).toMatchObject({ name: 'admin_pin', returnTo: { name: 'in_use', language: 'fi' } });
  });

  it('the PIN prompt gives up after its time', () => {
    expect(reduceKiosk(prompt, { type: 'tick', nowMs: T0 + T.pinPromptMs })).toBe(prompt);
    expect(reduceKiosk(prompt, { type: 'tick', nowMs: T0 + 1 + T.pinPromptMs }).phase.name).toBe('in_use');
  });

  it('locks out after the maximum of wrong PINs, and the chord does nothing during the lockout', () => {
    let s = prompt;
    for (let i = 1; i < T.maxPinAttempts; i++) {
      s = wrong(s, T0 + 10 + i);
      expect(s.phase.name).toBe('admin_pin');
      expect(s.failedPinAttempts).toBe(i);
    }
    s = wrong(s, T0 + 100);
    expect(s.phase).toEqual({ name: 'in_use', language: 'fi' });
    expect(s.lockedOutUntilMs).toBe(T0 + 100 + T.lockoutMs);
    expect(isLockedOut(s, T0 + 100 + T.lockoutMs - 1)).toBe(true);
    expect(reduceKiosk(s, { type: 'admin_chord', nowMs: T0 + 100 + T.lockoutMs - 1 })).toBe(s);
    expect(isLockedOut(s, T0 + 100 + T.lockoutMs)).toBe(false);
    expect(reduceKiosk(s, { type: 'admin_chord', nowMs: T0 + 100 + T.lockoutMs }).phase.name).toBe('admin_pin');
  });

  it('neither cancelling, a wipe nor a crash resets the count or the lockout', () => {
    const once = reduceKiosk(wrong(prompt, T0 + 2), { type: 'admin_cancel', nowMs: T0 + 3 });
    expect(once.failedPinAttempts).toBe(1);
    let s = reduceKiosk(once, { type: 'admin_chord', nowMs: T0 + 4 });
    for (let i = 1; i < T.maxPinAttempts; i++) s = wrong(s, T0 + 5);
    expect(isLockedOut(s, T0 + 6)).toBe(true);
    s = reduceKiosk(s, { type: 'crash', nowMs: T0 + 6 });
    s = reduceKiosk(s, { type: 'watchdog_restart', nextSessionId: 's-9', nowMs: T0 + 7 });
    expect(isLockedOut(s, T0 + 8)).toBe(true);
    expect(reduceKiosk(s, { type: 'admin_chord', nowMs: T0 + 8 })).toBe(s);
  });

  it('the right PIN unlocks and clears the count; leaving admin mode wipes', () => {
    const unlocked = reduceKiosk(wrong(prompt, T0 + 2), { type: 'admin_pin_checked', correct: true, nowMs: T0 + 3 });
    expect(unlocked.phase).toEqual({ name: 'admin' });
    expect(unlocked.failedPinAttempts).toBe(0);
    expect(reduceKiosk(unlocked, { type: 'admin_exit', nowMs: T0 + 4 }).phase).toEqual({ name: 'wiping', reason: 'admin' });
  });

  it('an unlocked kiosk left alone wipes itself', () => {
    const unlocked = reduceKiosk(prompt, { type: 'admin_pin_checked', correct: true, nowMs: T0 + 3 });
    expect(reduceKiosk(unlocked, { type: 'tick', nowMs: T0 + 3 + T.idleAfterMs - 1 })).toBe(unlocked);
    expect(reduceKiosk(unlocked, { type: 'tick', nowMs: T0 + 3 + T.idleAfterMs }).phase).toEqual({ name: 'wiping', reason: 'admin' });
  });
});

describe('isInUse', () => {
  it('is true while a customer is at the kiosk, the PIN prompt over their screen included', () => {
    const inUse = (Object.values(PHASES) as KioskPhase[]).filter((p) => isInUse(stateIn(p))).map((p) => p.name);
    expect(inUse).toEqual(['language_chosen', 'in_use', 'idle_warning', 'admin_pin']);
    expect(isInUse(stateIn({ name: 'admin_pin', returnTo: { name: 'attract' }, deadlineMs: T0 }))).toBe(false);
  });
});
