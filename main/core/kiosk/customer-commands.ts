import { findNonPublicData } from '../../../domain/kiosk/public-data.ts';
import type { AppError } from '../../../domain/result.ts';
import { canAtServicePoint } from '../../../domain/roles.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { COMMANDS, type CommandType, type EntityName } from '../../../domain/workspaces.ts';
import type { CommandSpec, DecisionContext, LocalDecision } from '../cache/workspace.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { rememberCustomerCommand } from './customer-memory.ts';

/**
 * What a customer may ask for at a kiosk, and how the kiosk queues it. The wire payload is the
 * command's own (the central decides it with the same schema); the kiosk fills in what only it
 * may say (its terminal id, its service point, that it came from a kiosk) and never what the
 * renderer claims. The request waits in the outbox until pushed; no optimistic row is written,
 * since a row the customer's request would make is not public (the reservation's reservee, an
 * appointment's contact, a ticket the central has not numbered yet).
 */
export interface KioskIdentityGetter {
  terminalId: string;
  /** The service point of the terminal's kiosk grant; null before the session knows it. */
  servicePointId(): string | null;
}

type Input = Record<string, unknown>;

interface CustomerCommand {
  /** The payload field naming what the command creates (the customer follows it). */
  target: string;
  payload(input: Input, who: KioskIdentityGetter, newId: () => string): Input;
}

const CUSTOMER_COMMANDS: Record<string, CustomerCommand> = {
  'assist.issueTicket': {
    target: 'ticketId',
    payload: (i, who, newId) => ({ topicHint: null, language: null, ...i, ticketId: newId(), servicePointId: who.servicePointId(), source: 'kiosk' }),
  },
  'assist.bookAppointment': {
    target: 'appointmentId',
    payload: (i, _who, newId) => ({ contact: null, ...i, appointmentId: newId(), bookedVia: 'kiosk', followUpOfSessionId: null }),
  },
  'assist.requestHelp': {
    target: 'requestId',
    payload: (i, who, newId) => ({ ...i, requestId: newId(), servicePointId: who.servicePointId(), kioskId: who.terminalId }),
  },
  'bookings.requestReservation': {
    target: 'reservationId',
    payload: (i, _who, newId) => ({ ...i, reservationId: newId() }),
  },
};

export const KIOSK_CUSTOMER_COMMAND_TYPES: readonly string[] = Object.keys(CUSTOMER_COMMANDS);

export function isCustomerCommand(type: string): boolean {
  return Object.hasOwn(CUSTOMER_COMMANDS, type);
}

/** Contract method -> the command it queues, for the kiosk's cache. */
export function customerCommandSpecs(who: KioskIdentityGetter): Record<string, CommandSpec> {
  return Object.fromEntries(
    Object.entries(CUSTOMER_COMMANDS).map(([type, c]) => [type, { type: type as CommandType, payload: (input: unknown, _today: string, newId: () => string) => c.payload(input as Input, who, newId) }]),
  );
}

/** The command is one a kiosk may send, for the kiosk's own service point. */
export function authorizeCustomerCommand(actor: StaffUser, who: KioskIdentityGetter, type: string, payload: unknown): AppError | null {
  if (!isCustomerCommand(type)) return { code: 'forbidden', message: 'A kiosk may not do this.' };
  const p = payload as Input;
  const servicePointId = typeof p.servicePointId === 'string' ? p.servicePointId : who.servicePointId();
  const permission = COMMANDS[type as CommandType].permission;
  // Space requests are not tied to the service point (any public space may be asked for).
  if (type !== 'bookings.requestReservation' && (servicePointId === null || !canAtServicePoint(actor.grants, permission, servicePointId))) {
    return { code: 'forbidden', message: 'This kiosk serves another service point.' };
  }
  return null;
}

export interface Put {
  entity: EntityName;
  record: unknown;
  version: number;
}

/** Refuses puts that hold anything but public fields: a kiosk's cache must stay public. */
export function publicOnly(puts: readonly Put[]): LocalDecision {
  const leaks = findNonPublicData(puts.map((p) => ({ entity: p.entity, data: p.record })));
  if (leaks.length === 0) return { ok: true, puts };
  const what = leaks.map((l) => (l.field ? `${l.entity}.${l.field}` : l.entity)).join(', ');
  return { ok: false, status: 'rejected', code: 'forbidden', message: `A kiosk keeps public data only; this would store ${what}.` };
}

/**
 * The kiosk's local decision: no optimistic effect (the central numbers the ticket and checks the
 * slot), so all that is kept is which command belongs to the current customer.
 */
export function decideCustomerCommand(db: SqliteDatabase, type: string, payload: unknown, ctx: DecisionContext): LocalDecision {
  const command = CUSTOMER_COMMANDS[type];
  if (!command) return { ok: false, status: 'rejected', code: 'forbidden', message: 'A kiosk may not do this.' };
  const decision = publicOnly([]);
  if (!decision.ok) return decision;
  const target = (payload as Input)[command.target];
  rememberCustomerCommand(db, { commandId: ctx.commandId, type, targetId: typeof target === 'string' ? target : null, issuedAt: ctx.now });
  return decision;
}
