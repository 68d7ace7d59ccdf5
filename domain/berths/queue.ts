import type { Application } from './entities.ts';

type Queued = Pick<Application, 'id' | 'priority' | 'receivedAt'>;

/**
 * Queue order: priority first (high before normal before low), then first come, first served.
 * The id breaks ties so two screens never disagree about who is first.
 */
export function compareQueue(a: Queued, b: Queued): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  const at = Date.parse(a.receivedAt);
  const bt = Date.parse(b.receivedAt);
  if (at !== bt) return at - bt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function inQueueOrder<T extends Queued>(applications: readonly T[]): T[] {
  return [...applications].sort(compareQueue);
}
