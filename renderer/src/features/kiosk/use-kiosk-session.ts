import { useCallback, useEffect, useReducer, useRef } from 'react';
import { initialKioskState, reduceKiosk, type KioskEvent, type KioskState, type KioskTiming } from '../../../../domain/kiosk/session.ts';

/** How often the clock reaches the reducer: the countdown shows whole seconds. */
const TICK_MS = 250;
/** Activity is told to the reducer at most this often: a swipe fires dozens of events. */
const ACTIVITY_EVERY_MS = 500;

export function newSessionId(): string {
  return crypto.randomUUID();
}

type DistEvent = KioskEvent extends infer E ? (E extends { nowMs: number } ? Omit<E, 'nowMs'> : never) : never;

/**
 * The customer session as domain/kiosk/session.ts decides it: events and the clock go in, the
 * phase comes out. Any touch, click or key press in the window counts as activity.
 */
export function useKioskSession(timing: KioskTiming): { state: KioskState; send: (event: DistEvent) => void } {
  const [state, dispatch] = useReducer((s: KioskState, e: KioskEvent) => reduceKiosk(s, e, timing), undefined, () => initialKioskState(newSessionId(), Date.now()));
  const send = useCallback((event: DistEvent) => dispatch({ ...event, nowMs: Date.now() } as KioskEvent), []);

  useEffect(() => {
    const id = setInterval(() => dispatch({ type: 'tick', nowMs: Date.now() }), TICK_MS);
    return () => clearInterval(id);
  }, []);

  const lastActivity = useRef(0);
  useEffect(() => {
    const onActivity = () => {
      const now = Date.now();
      if (now - lastActivity.current < ACTIVITY_EVERY_MS) return;
      lastActivity.current = now;
      // After the event, never inside it: a render between this window listener and a field's own
      // change handler writes the field's old value over the text just typed into it.
      setTimeout(() => dispatch({ type: 'activity', nowMs: now }), 0);
    };
    const kinds = ['pointerdown', 'keydown', 'input', 'wheel'] as const;
    for (const kind of kinds) window.addEventListener(kind, onActivity, { capture: true, passive: true });
    return () => {
      for (const kind of kinds) window.removeEventListener(kind, onActivity, { capture: true });
    };
  }, []);

  return { state, send };
}
