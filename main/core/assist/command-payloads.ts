import type { Method } from '../../../domain/contract.ts';
import type { AssistCommandType } from '../../../domain/assist/commands.ts';
import type { CommandSpec } from '../cache/workspace.ts';

/** A new row's id, made here so that the desk and the central write the same row. */
const withId = (type: AssistCommandType, field: string): CommandSpec => ({ type, payload: (input, _today, newId) => ({ ...(input as object), [field]: newId() }) });
const same = (type: AssistCommandType): CommandSpec => ({ type, payload: (input) => ({ ...(input as object) }) });

/** Contract method -> the command it queues and its wire payload (client-chosen ids made here). */
export const ASSIST_COMMAND_SPECS: Partial<Record<Method, CommandSpec>> = {
  'assist.issueTicket': withId('assist.issueTicket', 'ticketId'),
  'assist.callNext': same('assist.callNext'),
  'assist.recallTicket': same('assist.recallTicket'),
  'assist.transferTicket': withId('assist.transferTicket', 'newTicketId'),
  'assist.markNoShow': same('assist.markNoShow'),
  'assist.startService': same('assist.startService'),
  'assist.finishService': same('assist.finishService'),
  'assist.logSession': withId('assist.logSession', 'sessionId'),
  'assist.logSessionsBulk': {
    type: 'assist.logSessionsBulk',
    payload: (input, _today, newId) => {
      const i = input as { sessions: object[] };
      return { ...i, sessions: i.sessions.map((s) => ({ ...s, sessionId: newId() })) };
    },
  },
  'assist.bookAppointment': withId('assist.bookAppointment', 'appointmentId'),
  'assist.openHelperHours': {
    type: 'assist.openHelperHours',
    payload: (input, _today, newId) => {
      const { dates, ...hours } = input as { dates: string[] };
      return { ...hours, days: dates.map((date) => ({ calendarId: newId(), date })) };
    },
  },
  'assist.closeHelperHours': same('assist.closeHelperHours'),
  'assist.cancelAppointment': same('assist.cancelAppointment'),
  'assist.markAppointmentNoShow': same('assist.markAppointmentNoShow'),
  'assist.requestHelp': withId('assist.requestHelp', 'requestId'),
  'assist.answerHelpRequest': same('assist.answerHelpRequest'),
};
