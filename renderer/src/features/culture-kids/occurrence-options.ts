import type { CohortProgram, OccurrenceView } from '../../../../domain/culture-kids/contract.ts';
import type { Localized } from '../../../../domain/languages.ts';

export interface OccurrenceChoice {
  eventId: string;
  eventName: Localized;
  occurrence: OccurrenceView;
}

/**
 * Where staff may enrol a child on a family's behalf: occurrences of published events (on their
 * own or through their group) that are not cancelled, not past and have a seat left. The central
 * checks the rest (limits, groups) and refuses with its own reason.
 */
export function enrollableOccurrences(program: CohortProgram, now: string, exceptOccurrenceId: string | null = null): OccurrenceChoice[] {
  const publishedGroups = new Set(program.eventGroups.filter((g) => g.publishedAt !== null).map((g) => g.id));
  const out: OccurrenceChoice[] = [];
  for (const view of program.events) {
    const e = view.event;
    const published = e.publishedAt !== null || (e.eventGroupId !== null && publishedGroups.has(e.eventGroupId));
    if (!published || e.ticketingMode !== 'internal') continue;
    for (const o of view.occurrences) {
      if (o.occurrence.id === exceptOccurrenceId || o.occurrence.cancelledAt !== null || o.occurrence.startsAt <= now || o.remaining <= 0) continue;
      out.push({ eventId: e.id, eventName: e.name, occurrence: o });
    }
  }
  return out.sort((a, b) => a.occurrence.occurrence.startsAt.localeCompare(b.occurrence.occurrence.startsAt));
}
