import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../../../domain/result.ts';
import { useWindowInvoke } from '../../api/use-window-invoke.ts';

/**
 * The kiosk reads through window.kuva directly, not through the staff app's query cache: what a
 * customer looked at lives in the screen that showed it and goes with it at the wipe.
 */
type Invoke = (method: string, input: unknown) => Promise<Result<unknown>>;

export function useKioskInvoke(): Invoke {
  const invoke = useWindowInvoke();
  return useCallback(
    (method: string, input: unknown) => (invoke ? (invoke as unknown as Invoke)(method, input) : Promise.resolve<Result<unknown>>({ ok: false, error: { code: 'internal', message: 'No backend bridge.' } })),
    [invoke],
  );
}

/** Calls `listener` when the core reports changed data or a settled command (the feed moved on). */
export function useCoreChanges(listener: () => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const kuva = window.kuva;
    if (!kuva) return;
    return kuva.onEvent((event) => {
      if (event.type === 'changed' || event.type === 'command.settled' || (event.type === 'host.connection' && event.state === 'connected')) latest.current();
    });
  }, []);
}

export interface Loaded<T> {
  data: T | null;
  error: AppError | null;
  reload: () => void;
}

/** One query, asked again whenever the core's data changes; `input` is compared as JSON. */
export function useKioskQuery<T>(method: string, input: unknown, skip = false): Loaded<T> {
  const invoke = useKioskInvoke();
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data: T | null; error: AppError | null }>({ data: null, error: null });
  const seq = useRef(0);
  const load = useCallback(() => {
    if (skip) return;
    const mine = ++seq.current;
    void invoke(method, JSON.parse(key)).then((r) => {
      if (mine !== seq.current) return;
      setState((s) => (r.ok ? { data: r.value as T, error: null } : { data: s.data, error: r.error }));
    });
  }, [invoke, method, key, skip]);
  useEffect(load, [load]);
  useCoreChanges(load);
  return { ...state, reload: load };
}
