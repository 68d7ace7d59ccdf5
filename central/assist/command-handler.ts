import type { AssistCommandType } from '../../domain/assist/commands.ts';
import { ASSIST_DECIDERS, assistPermission, type AssistDecision, type AssistNotice } from '../../domain/assist/decide.ts';
import { canAtServicePoint } from '../../domain/roles.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';
import type { CommandHandler, IncomingCommand } from '../sync/handler.ts';
import { LOADERS, type Loaded } from './command-state.ts';
import { queueAppointmentNotices } from './notices.ts';

type Load = (tx: Queryable, p: unknown, ctx: CommandContext) => Promise<Loaded<unknown>>;
type Decide = (s: unknown, p: unknown, c: CommandContext) => AssistDecision;

const forbidden = (message: string): AssistDecision => ({ ok: false, status: 'rejected', code: 'forbidden', message });
const noticesKey = (commandId: string) => `assist.notices:${commandId}`;

/** The schema's invariants (migration 300) as the domain's answers, for a race the locks did not catch. */
const VIOLATIONS: Readonly<Record<string, AssistDecision>> = {
  as_appointment_slot: { ok: false, status: 'conflict', code: 'as_slot_taken', message: 'Someone booked the slot already.' },
  as_help_request_open_per_kiosk: { ok: false, status: 'rejected', code: 'as_help_request_open', message: 'Staff have been called already and are on their way.' },
};

/**
 * Assistance commands on the central: the domain deciders the desk runs too, fed with the rows as
 * they are under row locks (a queue action locks its service point, so two helpers pressing "call
 * next" at once get two different tickets), after the user's permission is checked at the
 * service point of the rows, not only somewhere as the push does: a helper of another point is
 * refused `forbidden`. A kiosk asks for help in its own name only. `written` queues the booking
 * notices in the same savepoint; a help request needs nothing more than its row, whose commit
 * pokes every events stream.
 */
export const assistCommandHandler: CommandHandler = {
  async decide(tx, command: IncomingCommand, ctx, cache, user: StaffUser) {
    const type = command.type as AssistCommandType;
    const { servicePointId, state } = await (LOADERS[type] as Load)(tx, command.payload, ctx);
    if (servicePointId !== null && !canAtServicePoint(user.grants, assistPermission(type, state, user.id), servicePointId)) {
      return forbidden(`You have no right to ${type} at the service point ${servicePointId}.`);
    }
    if (type === 'assist.requestHelp' && (command.payload as { kioskId: string }).kioskId !== user.id) return forbidden('A kiosk asks for help in its own name only.');
    const decision = (ASSIST_DECIDERS[type] as Decide)(state, command.payload, ctx);
    if (decision.ok && decision.notices.length > 0) cache.set(noticesKey(command.id), decision.notices);
    return decision;
  },

  async written(tx, command, _puts, cache) {
    const notices = cache.get(noticesKey(command.id)) as readonly AssistNotice[] | undefined;
    if (notices) await queueAppointmentNotices(tx, notices, new Date());
  },

  async explainViolation(_tx, _command, constraint) {
    return VIOLATIONS[constraint] ?? null;
  },
};
