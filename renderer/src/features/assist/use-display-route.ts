import { useSyncExternalStore } from 'react';
import { queueDisplayPointOf } from './display-address.ts';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The service point whose queue display this page shows (from its address), or null for the app. */
export function useQueueDisplayRoute(): string | null {
  return useSyncExternalStore(subscribe, () => queueDisplayPointOf(window.location.hash));
}
