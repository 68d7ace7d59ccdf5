import { useEffect, useState } from 'react';
import type { Customer360, CustomerSearch } from '../../../../../domain/berths/customer-contract.ts';
import type { AppError, Result } from '../../../../../domain/result.ts';
import { useWindowInvoke } from '../../../api/use-window-invoke.ts';
import { useAppSelector } from '../../../store/store.ts';

/** A short pause while typing: a burst of keys costs one search, a pause answers within a frame or two. */
export const SEARCH_DEBOUNCE_MS = 40;

export type Answer<T> = { state: 'idle' } | { state: 'loading'; last: T | null } | { state: 'ready'; value: T } | { state: 'error'; error: AppError };

/** The answer for `key` from the last one received: loading (showing the previous value) until its own arrives. */
function answerFor<K, T>(key: K, done: { key: K; result: Result<T> } | null): Answer<T> {
  if (done && done.key === key) return done.result.ok ? { state: 'ready', value: done.result.value } : { state: 'error', error: done.result.error };
  return { state: 'loading', last: done?.result.ok ? done.result.value : null };
}

/**
 * The search as the handler types: the newest text wins (an answer to older text is dropped),
 * and changed customers, boats or leases (the applications revision) ask again.
 */
export function useCustomerSearch(text: string): { answer: Answer<CustomerSearch>; searched: string } {
  const invoke = useWindowInvoke();
  const revision = useAppSelector((s) => s.ui.applicationsRevision);
  const [done, setDone] = useState<{ key: string; result: Result<CustomerSearch> } | null>(null);
  const blank = text.trim() === '';
  useEffect(() => {
    if (blank || !invoke) return;
    let live = true;
    const timer = setTimeout(() => {
      void invoke('berths.searchCustomers', { text, limit: 50 }).then((result) => {
        if (live) setDone({ key: text, result });
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, blank, invoke, revision]);
  return { answer: blank ? { state: 'idle' } : answerFor(text, done), searched: done?.key ?? '' };
}

/** One customer's 360° view, asked again when the cache's berth cases change. */
export function useCustomer360(id: string | null): { answer: Answer<Customer360>; retry: () => void } {
  const invoke = useWindowInvoke();
  const revision = useAppSelector((s) => s.ui.applicationsRevision);
  const [done, setDone] = useState<{ key: string; result: Result<Customer360> } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!id || !invoke) return;
    let live = true;
    void invoke('berths.getCustomer', { id }).then((result) => {
      if (live) setDone({ key: id, result });
    });
    return () => {
      live = false;
    };
  }, [id, invoke, revision, attempt]);
  // Another customer's view is not shown while this one loads.
  const answer = id ? answerFor(id, done?.key === id ? done : null) : ({ state: 'idle' } as const);
  return { answer, retry: () => setAttempt((n) => n + 1) };
}
