import type { CohortProgram, EventView, OccurrenceView } from '../../../../domain/culture-kids/contract.ts';
import type { EventGroup, Venue } from '../../../../domain/culture-kids/entities.ts';

/** What the program view has open: one dialog at a time. */
export type ProgramDialog =
  | { kind: 'venue'; venue: Venue | null }
  | { kind: 'group'; group: EventGroup | null }
  | { kind: 'event'; event: EventView | null }
  | { kind: 'occurrence'; event: EventView; occurrence: OccurrenceView | null }
  | { kind: 'cancelOccurrence'; event: EventView; occurrence: OccurrenceView }
  | { kind: 'codes'; event: EventView }
  | { kind: 'publishEvent'; event: EventView }
  | { kind: 'publishGroup'; group: CohortProgram['eventGroups'][number] };
