import { useCallback, useSyncExternalStore } from 'react';
import type { Channel, ServiceLanguage, Topic } from '../../../../domain/assist/vocabulary.ts';

/**
 * What the Assistance views share for one signed-in user while the window lives: the service
 * point on screen, the running help timer, the session form waiting to be filled and a follow-up
 * booking asked for from the queue. Kept outside React so the timer runs on while the helper moves
 * between views; another user signing in starts afresh.
 */
export interface TimerRun {
  startedAt: string;
  /** The ticket or appointment being served, carried into the session. */
  ticketId: string | null;
  appointmentId: string | null;
  channel: Channel;
  topics: Topic[];
  language: ServiceLanguage | null;
}

export interface SessionDraft extends TimerRun {
  endedAt: string;
}

export interface FollowUpIntent {
  topic: Topic | null;
  language: ServiceLanguage | null;
}

interface AssistSession {
  servicePointId: string | null;
  timer: TimerRun | null;
  draft: SessionDraft | null;
  followUp: FollowUpIntent | null;
}

const EMPTY: AssistSession = { servicePointId: null, timer: null, draft: null, followUp: null };
let owner: string | null = null;
let state: AssistSession = EMPTY;
const listeners = new Set<() => void>();

function set(userId: string, next: Partial<AssistSession>): void {
  state = { ...(owner === userId ? state : EMPTY), ...next };
  owner = userId;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A walk-in timer with nothing known yet. */
export const walkIn = (startedAt: string): TimerRun => ({ startedAt, ticketId: null, appointmentId: null, channel: 'walk_in', topics: [], language: null });

export function useAssistSession(userId: string) {
  const snapshot = useSyncExternalStore(subscribe, () => (owner === userId ? state : EMPTY));
  const chooseServicePoint = useCallback((servicePointId: string) => set(userId, { servicePointId }), [userId]);
  const startTimer = useCallback((run: TimerRun) => set(userId, { timer: run }), [userId]);
  /** Stops the timer and opens the session form with what it measured. */
  const stopTimer = useCallback(
    (endedAt: string) => {
      const timer = owner === userId ? state.timer : null;
      if (timer) set(userId, { timer: null, draft: { ...timer, endedAt } });
    },
    [userId],
  );
  const openDraft = useCallback((draft: SessionDraft | null) => set(userId, { draft }), [userId]);
  const askFollowUp = useCallback((followUp: FollowUpIntent | null) => set(userId, { followUp }), [userId]);
  return { ...snapshot, chooseServicePoint, startTimer, stopTimer, openDraft, askFollowUp };
}
