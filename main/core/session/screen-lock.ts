/**
 * The signed-in user's screen lock: it locks once no window has told of the user at it for
 * `afterMs` (any window: a user at one window is at the desk), or when asked, and opens only by
 * `unlock`. The core answers nothing but unlocking and signing out while it is locked, so a page
 * reloaded or a second window shows the lock too. `check` is what the timer runs; tests call it
 * with their own clock.
 */
export interface ScreenLock {
  /** null: it locks only when asked. */
  readonly afterMs: number | null;
  locked(): boolean;
  /** The user is at a window; ignored while locked (only the password opens it). */
  activity(): void;
  lock(): void;
  unlock(): void;
  /** Another user, or nobody: open, with the idle time starting now. */
  reset(): void;
  check(): void;
  stop(): void;
}

/** Checked this often, at most; a lock comes at most this late. */
const CHECK_EVERY_MS = 5_000;

export function createScreenLock(options: { afterMs: number | null; now: () => number; onChange: (locked: boolean) => void; timer?: boolean }): ScreenLock {
  const { afterMs, now, onChange } = options;
  let isLocked = false;
  let lastActivity = now();
  const set = (locked: boolean) => {
    if (locked === isLocked) return;
    isLocked = locked;
    onChange(locked);
  };
  const check = () => {
    if (!isLocked && afterMs !== null && now() - lastActivity >= afterMs) set(true);
  };
  const timer = options.timer === false || afterMs === null ? null : setInterval(check, Math.max(250, Math.min(CHECK_EVERY_MS, Math.floor(afterMs / 4))));
  timer?.unref?.();
  return {
    afterMs,
    locked: () => isLocked,
    activity() {
      if (!isLocked) lastActivity = now();
    },
    lock: () => set(true),
    unlock() {
      lastActivity = now();
      set(false);
    },
    reset() {
      lastActivity = now();
      set(false);
    },
    check,
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}

const DEFAULT_MINUTES = 15;

/**
 * The idle time before the screen locks, from KUVA_IDLE_LOCK_MINUTES: 15 minutes when unset, never
 * with 0. Anything else that is not a number of minutes up to a day is an error at start, not a
 * lock that silently never comes.
 */
export function idleLockMsFrom(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return DEFAULT_MINUTES * 60_000;
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > 24 * 60) throw new Error(`KUVA_IDLE_LOCK_MINUTES must be a number of minutes from 0 (never lock) to 1440, not "${value}".`);
  return minutes === 0 ? null : Math.round(minutes * 60_000);
}
