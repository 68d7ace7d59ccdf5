import type { CommandContext } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload, CultureKidsCommandType } from './commands.ts';
import type { CultureKidsDecision } from './decide-result.ts';
import { decideMarkAttendance, decideMarkAttendanceBulk, type AttendanceState } from './decide-attendance.ts';
import { decideCancelEnrolment, decideEnrol, decideMoveEnrolment, type CancelState, type EnrolState, type MoveState } from './decide-enrolment.ts';
import { decideEraseChild, type EraseState } from './decide-erase.ts';
import { decideSubscribeFreeSpot, decideUnsubscribeAll, decideUnsubscribeFreeSpot, type SubscribeState, type UnsubscribeAllState, type UnsubscribeState } from './decide-free-spot.ts';
import { decidePublishEvent, decidePublishGroup, type PublishEventState, type PublishGroupState } from './decide-publish.ts';
import { decideImportTicketCodes, type ImportCodesState } from './decide-ticket-codes.ts';

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
};
