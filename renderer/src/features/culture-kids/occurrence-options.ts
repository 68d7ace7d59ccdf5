import { holdsSeat } from '../../../../domain/culture-kids/capacity.ts';
import type { ChildDetail, CohortProgram, OccurrenceView } from '../../../../domain/culture-kids/contract.ts';
import type { ErrorCode } from '../../../../domain/errors.ts';
import type { Localized } from '../../../../domain/languages.ts';

export interface OccurrenceChoice {
  eventId: string;
  eventName: Localized;
  occurrence: OccurrenceView;
  /** No seat left: the child can only wait on its free-spot list. */
  full: boolean;
}

/**
 * Where staff may enrol a child on a family's behalf: occurrences of published events (on their
 * own or through their group) that are not cancelled, not past and have a seat left. The central
 * checks the rest (limits, groups) and refuses with its own reason. With `withFull`, full ones too,
 * for the free-spot list.
 */
export function enrollableOccurrences(program: CohortProgram, now: string, exceptOccurrenceId: string | null = null, withFull = false): OccurrenceChoice[] {
  const publishedGroups = new Set(program.eventGroups.filter((g) => g.publishedAt !== null).map((g) => g.id));
  const out: OccurrenceChoice[] = [];
  for (const view of program.events) {
    const e = view.event;
    const published = e.publishedAt !== null || (e.eventGroupId !== null && publishedGroups.has(e.eventGroupId));
    if (!published || e.ticketingMode !== 'internal') continue;
    for (const o of view.occurrences) {
      if (o.occurrence.id === exceptOccurrenceId || o.occurrence.cancelledAt !== null || o.occurrence.startsAt <= now || (o.remaining <= 0 && !withFull)) continue;
      out.push({ eventId: e.id, eventName: e.name, occurrence: o, full: o.remaining <= 0 });
    }
  }
  return out.sort((a, b) => a.occurrence.occurrence.startsAt.localeCompare(b.occurrence.occurrence.startsAt));
}

/**
 * Why the child cannot join this full occurrence's free-spot list, as the page already knows it:
 * a child waits once per occurrence, and never for an event it holds a seat in. The core and the
 * central run the whole rule and refuse with the same codes.
 */
export function freeSpotBlock(detail: Pick<ChildDetail, 'freeSpots' | 'participation'>, choice: OccurrenceChoice): ErrorCode | null {
  if (detail.participation.some((p) => holdsSeat(p.enrolment) && p.enrolment.eventId === choice.eventId)) return 'ck_free_spot_enrolled';
  if (detail.freeSpots.some((s) => s.occurrenceId === choice.occurrence.occurrence.id)) return 'ck_free_spot_already_subscribed';
  return null;
}
