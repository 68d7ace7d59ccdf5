import type { CommandContext } from '../sync/command-context.ts';
import { ASSIST_COMMANDS, type AssistCommandPayload, type AssistCommandType } from './commands.ts';
import type { AssistDecision } from './decide-result.ts';
import { decideBookAppointment, decideCancelAppointment, decideMarkAppointmentNoShow, type AppointmentState, type BookState } from './decide-appointment.ts';
import { closerPermission } from './hours.ts';
import type { AssistPermission } from './vocabulary.ts';
import { decideCloseHelperHours, decideOpenHelperHours, type CloseHoursState, type OpenHoursState } from './decide-hours.ts';
import { decideAnswerHelpRequest, decideRequestHelp, type AnswerHelpState, type RequestHelpState } from './decide-help-request.ts';
import { decideCallNext, decideFinishService, decideIssueTicket, decideMarkNoShow, decideRecallTicket, decideStartService, decideTransferTicket, type QueueState, type TransferState } from './decide-queue.ts';
import { decideLogSession, decideLogSessionsBulk, type LogBulkState, type LogSessionState } from './decide-session.ts';

export type { AssistDecision, AssistNotice, AssistPut } from './decide-result.ts';

/**
 * The deciders of the Assistance commands, for the central (under row locks) and the desk (on its
 * cache, offline): the loaded rows, the payload and the context in; the rows to write and the
 * notices to send, or a refusal with a stable code, out.
 */
export interface AssistCommandStates {
  'assist.issueTicket': QueueState;
  'assist.callNext': QueueState;
  'assist.recallTicket': QueueState;
  'assist.transferTicket': TransferState;
  'assist.markNoShow': QueueState;
  'assist.startService': QueueState;
  'assist.finishService': QueueState;
  'assist.logSession': LogSessionState;
  'assist.logSessionsBulk': LogBulkState;
  'assist.bookAppointment': BookState;
  'assist.cancelAppointment': AppointmentState;
  'assist.markAppointmentNoShow': AppointmentState;
  'assist.openHelperHours': OpenHoursState;
  'assist.closeHelperHours': CloseHoursState;
  'assist.requestHelp': RequestHelpState;
  'assist.answerHelpRequest': AnswerHelpState;
}

export type AssistDecider<T extends AssistCommandType> = (state: AssistCommandStates[T], payload: AssistCommandPayload<T>, ctx: CommandContext) => AssistDecision;

export const ASSIST_DECIDERS: { [T in AssistCommandType]: AssistDecider<T> } = {
  'assist.issueTicket': decideIssueTicket,
  'assist.callNext': decideCallNext,
  'assist.recallTicket': decideRecallTicket,
  'assist.transferTicket': decideTransferTicket,
  'assist.markNoShow': decideMarkNoShow,
  'assist.startService': decideStartService,
  'assist.finishService': decideFinishService,
  'assist.logSession': decideLogSession,
  'assist.logSessionsBulk': decideLogSessionsBulk,
  'assist.bookAppointment': decideBookAppointment,
  'assist.cancelAppointment': decideCancelAppointment,
  'assist.markAppointmentNoShow': decideMarkAppointmentNoShow,
  'assist.openHelperHours': decideOpenHelperHours,
  'assist.closeHelperHours': decideCloseHelperHours,
  'assist.requestHelp': decideRequestHelp,
  'assist.answerHelpRequest': decideAnswerHelpRequest,
};

/**
 * The permission a command needs at its service point, given the state its loader read: the
 * command's own, except that closing another helper's hours takes a supervisor there.
 */
export function assistPermission(type: AssistCommandType, state: unknown, actorId: string): AssistPermission {
  if (type === 'assist.closeHelperHours') {
    const calendar = (state as CloseHoursState).calendar;
    if (calendar) return closerPermission(calendar.record, actorId);
  }
  return ASSIST_COMMANDS[type].permission;
}
