import { useSyncExternalStore } from 'react';
import type { ReadPurpose } from '../../../../domain/culture-kids/contract.ts';

/**
 * What the Culture Kids views share for one signed-in user while the window lives: the cohort on
 * screen and the purpose given for reading personal data (CK-DESIGN "Audit of reads": asked once
 * per session, passed in every personal-data query). A different user starts afresh.
 */
export interface PurposeChoice {
  purpose: ReadPurpose;
  purposeText: string;
}

interface CkSession {
  userId: string | null;
  cohortId: string | null;
  purpose: PurposeChoice | null;
}

let state: CkSession = { userId: null, cohortId: null, purpose: null };
const listeners = new Set<() => void>();

function set(next: Partial<CkSession>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCkSession(userId: string): CkSession & {
  chooseCohort: (cohortId: string) => void;
  givePurpose: (choice: PurposeChoice | null) => void;
} {
  if (state.userId !== userId) state = { userId, cohortId: null, purpose: null };
  const snapshot = useSyncExternalStore(subscribe, () => state);
  return {
    ...snapshot,
    chooseCohort: (cohortId) => set({ cohortId }),
    givePurpose: (purpose) => set({ purpose }),
  };
}
