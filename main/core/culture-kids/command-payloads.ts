import type { Method, ParsedInput } from '../../../domain/contract.ts';
import type { CultureKidsCommandPayload, CultureKidsCommandType } from '../../../domain/culture-kids/commands.ts';
import type { CommandSpec } from '../cache/workspace.ts';

const same = (type: CultureKidsCommandType): CommandSpec => ({ type, payload: (input) => ({ ...(input as object) }) });

/** Contract method -> the command it queues and its wire payload (client-chosen ids made here). */
export const CULTURE_KIDS_COMMAND_SPECS: Partial<Record<Method, CommandSpec>> = {
  'cultureKids.enrol': {
    type: 'cultureKids.enrol',
    payload: (input, _today, newId): CultureKidsCommandPayload<'cultureKids.enrol'> => ({ ...(input as ParsedInput<'cultureKids.enrol'>), enrolmentId: newId() }),
  },
  'cultureKids.moveEnrolment': {
    type: 'cultureKids.moveEnrolment',
    payload: (input, _today, newId): CultureKidsCommandPayload<'cultureKids.moveEnrolment'> => ({ ...(input as ParsedInput<'cultureKids.moveEnrolment'>), newEnrolmentId: newId() }),
  },
  'cultureKids.subscribeFreeSpot': {
    type: 'cultureKids.subscribeFreeSpot',
    payload: (input, _today, newId): CultureKidsCommandPayload<'cultureKids.subscribeFreeSpot'> => ({ ...(input as ParsedInput<'cultureKids.subscribeFreeSpot'>), subscriptionId: newId() }),
  },
  'cultureKids.cancelEnrolment': same('cultureKids.cancelEnrolment'),
  'cultureKids.unsubscribeFreeSpot': same('cultureKids.unsubscribeFreeSpot'),
  'cultureKids.unsubscribeAll': same('cultureKids.unsubscribeAll'),
  'cultureKids.markAttendance': same('cultureKids.markAttendance'),
  'cultureKids.markAttendanceBulk': same('cultureKids.markAttendanceBulk'),
  'cultureKids.publishEvent': same('cultureKids.publishEvent'),
  'cultureKids.publishGroup': same('cultureKids.publishGroup'),
  'cultureKids.importTicketCodes': same('cultureKids.importTicketCodes'),
  'cultureKids.eraseChild': same('cultureKids.eraseChild'),
};
