import type { CommandContext } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload, CultureKidsCommandType } from './commands.ts';
import type { CultureKidsDecision } from './decide-result.ts';
import { decideMarkAttendance, decideMarkAttendanceBulk, type AttendanceState } from './decide-attendance.ts';
import { decideCancelEnrolment, decideEnrol, decideMoveEnrolment, type CancelState, type EnrolState, type MoveState } from './decide-enrolment.ts';
import { decideEraseChild, type EraseState } from './decide-erase.ts';
import { decideSubscribeFreeSpot, decideUnsubscribeAll, decideUnsubscribeFreeSpot, type SubscribeState, type UnsubscribeAllState, type UnsubscribeState } from './decide-free-spot.ts';
import { decidePublishEvent, decidePublishGroup, type PublishEventState, type PublishGroupState } from './decide-publish.ts';
import { decideImportTicketCodes, type ImportCodesState } from './decide-ticket-codes.ts';
import { decideCreateEvent, decideCreateEventGroup, decideSetEventReady, decideUpdateEvent, decideUpdateEventGroup, type CreateEventGroupState, type CreateEventState, type SetEventReadyState, type UpdateEventGroupState, type UpdateEventState } from './decide-events.ts';
import { decideSendMessage, type SendMessageState } from './decide-message.ts';
import { decideCancelOccurrence, decideCreateOccurrence, decideUpdateOccurrence, type CancelOccurrenceState, type CreateOccurrenceState, type UpdateOccurrenceState } from './decide-occurrences.ts';
import { decideCopyVenues, decideCreateVenue, decideUpdateVenue, type CopyVenuesState, type CreateVenueState, type UpdateVenueState } from './decide-venues.ts';

export type { CultureKidsDecision, CultureKidsDelete, CultureKidsNotice, CultureKidsPut } from './decide-result.ts';

/**
 * The deciders of the Culture Kids commands, run by the central under row locks and by the desk
 * on its cache (docs/decisions.md 3): the loaded rows, the payload and the context in; the rows to
 * write and delete and the notices to send, or a refusal with a stable code, out.
 */
export interface CultureKidsCommandStates {
  'cultureKids.enrol': EnrolState;
  'cultureKids.cancelEnrolment': CancelState;
  'cultureKids.moveEnrolment': MoveState;
  'cultureKids.subscribeFreeSpot': SubscribeState;
  'cultureKids.unsubscribeFreeSpot': UnsubscribeState;
  'cultureKids.unsubscribeAll': UnsubscribeAllState;
  'cultureKids.markAttendance': AttendanceState;
  'cultureKids.markAttendanceBulk': AttendanceState;
  'cultureKids.publishEvent': PublishEventState;
  'cultureKids.publishGroup': PublishGroupState;
  'cultureKids.importTicketCodes': ImportCodesState;
  'cultureKids.eraseChild': EraseState;
  'cultureKids.createVenue': CreateVenueState;
  'cultureKids.updateVenue': UpdateVenueState;
  'cultureKids.copyVenues': CopyVenuesState;
  'cultureKids.createEventGroup': CreateEventGroupState;
  'cultureKids.updateEventGroup': UpdateEventGroupState;
  'cultureKids.createEvent': CreateEventState;
  'cultureKids.updateEvent': UpdateEventState;
  'cultureKids.setEventReady': SetEventReadyState;
  'cultureKids.createOccurrence': CreateOccurrenceState;
  'cultureKids.updateOccurrence': UpdateOccurrenceState;
  'cultureKids.cancelOccurrence': CancelOccurrenceState;
  'cultureKids.sendMessage': SendMessageState;
}

export type CultureKidsDecider<T extends CultureKidsCommandType> = (state: CultureKidsCommandStates[T], payload: CultureKidsCommandPayload<T>, ctx: CommandContext) => CultureKidsDecision;

export const CULTURE_KIDS_DECIDERS: { [T in CultureKidsCommandType]: CultureKidsDecider<T> } = {
  'cultureKids.enrol': decideEnrol,
  'cultureKids.cancelEnrolment': decideCancelEnrolment,
  'cultureKids.moveEnrolment': decideMoveEnrolment,
  'cultureKids.subscribeFreeSpot': decideSubscribeFreeSpot,
  'cultureKids.unsubscribeFreeSpot': decideUnsubscribeFreeSpot,
  'cultureKids.unsubscribeAll': decideUnsubscribeAll,
  'cultureKids.markAttendance': decideMarkAttendance,
  'cultureKids.markAttendanceBulk': decideMarkAttendanceBulk,
  'cultureKids.publishEvent': decidePublishEvent,
  'cultureKids.publishGroup': decidePublishGroup,
  'cultureKids.importTicketCodes': decideImportTicketCodes,
  'cultureKids.eraseChild': decideEraseChild,
  'cultureKids.createVenue': decideCreateVenue,
  'cultureKids.updateVenue': decideUpdateVenue,
  'cultureKids.copyVenues': decideCopyVenues,
  'cultureKids.createEventGroup': decideCreateEventGroup,
  'cultureKids.updateEventGroup': decideUpdateEventGroup,
  'cultureKids.createEvent': decideCreateEvent,
  'cultureKids.updateEvent': decideUpdateEvent,
  'cultureKids.setEventReady': decideSetEventReady,
  'cultureKids.createOccurrence': decideCreateOccurrence,
  'cultureKids.updateOccurrence': decideUpdateOccurrence,
  'cultureKids.cancelOccurrence': decideCancelOccurrence,
  'cultureKids.sendMessage': decideSendMessage,
};
