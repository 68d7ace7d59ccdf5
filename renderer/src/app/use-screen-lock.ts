import { useEffect } from 'react';
import { useLockScreenMutation } from '../api/kuva-api.ts';
import { windowInvoke } from '../api/window-call.ts';
import { useStore } from 'react-redux';
import type { RootState } from '../store/store.ts';
import { screenLockChanged } from '../store/window-slice.ts';

/** The window tells the core the user is at it at most this often: the idle time is counted in the core, for all windows. */
const ACTIVITY_EVERY_MS = 15_000;
const ACTIVITY: readonly (keyof WindowEventMap)[] = ['pointerdown', 'keydown', 'wheel', 'touchstart'];

/** Whether a key press is the lock-now shortcut, Ctrl+Shift+L. */
export const isLockKey = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey'>): boolean => e.ctrlKey && e.shiftKey && !e.altKey && !e.metaKey && e.key.toLowerCase() === 'l';

/**
 * A signed-in staff window: its user's input keeps the screen open (reported to the core, which
 * locks after the idle time whatever window was used), and Ctrl+Shift+L locks it at once.
 */
export function useScreenLock(): void {
  const [lockScreen] = useLockScreenMutation();
  const store = useStore<RootState>();
  useEffect(() => {
    const kuva = window.kuva;
    if (!kuva) return;
    let last = 0;
    const onActivity = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_EVERY_MS || store.getState().window.screenLocked) return;
      last = now;
      void windowInvoke(kuva, store, 'session.activity', {});
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isLockKey(e)) return;
      e.preventDefault();
      void lockScreen().then((r) => {
        if (r.data?.screenLocked) store.dispatch(screenLockChanged({ locked: true, userId: r.data.user?.id }));
      });
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    window.addEventListener('keydown', onKey, true);
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      window.removeEventListener('keydown', onKey, true);
    };
  }, [lockScreen, store]);
}
