import { useCallback, useSyncExternalStore } from 'react';
import type { ReadPurpose } from '../../../../domain/audit/entry.ts';

/**
 * What the Culture Kids views share for one signed-in user while the window lives: the cohort on
 * screen and the purpose given for reading personal data (CK-DESIGN "Audit of reads": asked once
 * per session, passed in every personal-data query). Another user signing in starts afresh.
 */
export interface PurposeChoice {
  purpose: ReadPurpose;
  purposeText: string;
}

interface CkSession {
  cohortId: string | null;
  purpose: PurposeChoice | null;
}

const EMPTY: CkSession = { cohortId: null, purpose: null };
let owner: string | null = null;
let state: CkSession = EMPTY;
const listeners = new Set<() => void>();

function set(userId: string, next: Partial<CkSession>): void {
  state = { ...(owner === userId ? state : EMPTY), ...next };
  owner = userId;
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
  const snapshot = useSyncExternalStore(subscribe, () => (owner === userId ? state : EMPTY));
  const chooseCohort = useCallback((cohortId: string) => set(userId, { cohortId }), [userId]);
  const givePurpose = useCallback((purpose: PurposeChoice | null) => set(userId, { purpose }), [userId]);
  return { ...snapshot, chooseCohort, givePurpose };
}
