/**
 * The order a walk-in queue is called in: first queued first, then by number, so a ticket
 * transferred from another service point keeps its place. The desk calls by it and a kiosk shows
 * a customer's place by it, on its public ticket rows.
 */
export function waitingInOrder<T extends { status: string; queuedAt: string; number: number }>(tickets: readonly T[]): T[] {
  return tickets.filter((t) => t.status === 'waiting').sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.number - b.number);
}
