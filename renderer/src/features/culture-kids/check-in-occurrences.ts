import type { CohortProgram } from '../../../../domain/culture-kids/contract.ts';
import type { Localized } from '../../../../domain/languages.ts';
import { helsinkiDateOf } from '../../../../domain/wall-clock.ts';

export interface DoorOccurrence {
  id: string;
  startsAt: string;
  eventName: Localized;
  venueName: Localized;
  today: boolean;
}

/**
 * The occurrences a door may check in, in the order the door staff want them: today's first (by
 * start), then the coming ones, then the past ones newest first. Cancelled ones are left out.
 */
export function doorOccurrences(program: CohortProgram, now: number): DoorOccurrence[] {
  const today = helsinkiDateOf(now);
  const all: DoorOccurrence[] = [];
  for (const view of program.events) {
    if (view.event.ticketingMode !== 'internal') continue;
    for (const o of view.occurrences) {
      if (o.occurrence.cancelledAt !== null) continue;
      all.push({ id: o.occurrence.id, startsAt: o.occurrence.startsAt, eventName: view.event.name, venueName: o.venueName, today: helsinkiDateOf(Date.parse(o.occurrence.startsAt)) === today });
    }
  }
  const rank = (o: DoorOccurrence) => (o.today ? 0 : Date.parse(o.startsAt) > now ? 1 : 2);
  return all.sort((a, b) => rank(a) - rank(b) || (rank(a) === 2 ? b.startsAt.localeCompare(a.startsAt) : a.startsAt.localeCompare(b.startsAt)));
}
