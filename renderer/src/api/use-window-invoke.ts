import { useMemo } from 'react';
import { useStore } from 'react-redux';
import type { KuvaApi } from '../../../domain/contract.ts';
import { windowInvoke } from './window-call.ts';

/** `invoke` for code outside RTK Query (the grid's datasource), carrying this window's user like every call. */
export function useWindowInvoke(): KuvaApi['invoke'] | null {
  const store = useStore();
  return useMemo(() => {
    const kuva = typeof window === 'undefined' ? undefined : window.kuva;
    if (!kuva) return null;
    return ((method, input) => windowInvoke(kuva, store, method, input)) as KuvaApi['invoke'];
  }, [store]);
}
