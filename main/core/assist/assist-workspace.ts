import type { AssistCommandPayload, AssistCommandType } from '../../../domain/assist/commands.ts';
import { ASSIST_DECIDERS, assistPermission, type AssistDecider } from '../../../domain/assist/decide.ts';
import { ASSIST_PERMISSIONS as P } from '../../../domain/assist/vocabulary.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import type { AppError, Result } from '../../../domain/result.ts';
import { ok } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import type { CacheAccess, CacheWorkspace, QueryContext } from '../cache/workspace.ts';
import { ASSIST_COMMAND_SPECS } from './command-payloads.ts';
import { loadAssistState, servicePointOf } from './command-state.ts';
import { helperCalendars } from './calendars.ts';
import { assistDashboard } from './dashboard.ts';
import { queueDisplay, queueView } from './queue.ts';
import { REPORT_TABLES_READ, reportTables, type ReportInput } from './report.ts';
import { assistRights } from './rights.ts';
import { asRows } from './rows.ts';
import { listServicePoints } from './service-points.ts';
import { listSessions } from './sessions.ts';
import { ASSIST_TABLES } from './tables.ts';

type AnyType = AssistCommandType;
type AnyDecider = AssistDecider<AnyType>;

/**
 * The command's permission at the service point of the rows it touches (a role at another point
 * does not count); a terminal asks for staff only in its own name. Rows the cache does not know
 * are left to the decider, which says not found.
 */
function authorize({ db }: CacheAccess, actor: StaffUser, type: AnyType, payload: unknown): AppError | null {
  const p = payload as Record<string, unknown>;
  if (type === 'assist.requestHelp' && p['kioskId'] !== actor.id) return { code: 'forbidden', message: 'A terminal asks for staff in its own name only.' };
  const point = servicePointOf(db, type, p);
  if (point === null) return null;
  const state = type === 'assist.closeHelperHours' ? { calendar: asRows(db).calendar(String(p['calendarId'])) } : null;
  if (assistRights(actor).may(assistPermission(type, state, actor.id), point)) return null;
  return { code: 'forbidden', message: 'Your roles do not give you this right at this service point.' };
}

const AGGREGATES: Record<AnyType, { entity: EntityName; field: string }> = {
  'assist.issueTicket': { entity: 'as_queue_ticket', field: 'ticketId' },
  'assist.callNext': { entity: 'as_service_point', field: 'servicePointId' },
  'assist.recallTicket': { entity: 'as_queue_ticket', field: 'ticketId' },
  'assist.transferTicket': { entity: 'as_queue_ticket', field: 'ticketId' },
  'assist.markNoShow': { entity: 'as_queue_ticket', field: 'ticketId' },
  'assist.startService': { entity: 'as_queue_ticket', field: 'ticketId' },
  'assist.finishService': { entity: 'as_queue_ticket', field: 'ticketId' },
  'assist.logSession': { entity: 'as_help_session', field: 'sessionId' },
  'assist.logSessionsBulk': { entity: 'as_service_point', field: 'servicePointId' },
  'assist.bookAppointment': { entity: 'as_appointment', field: 'appointmentId' },
  'assist.cancelAppointment': { entity: 'as_appointment', field: 'appointmentId' },
  'assist.markAppointmentNoShow': { entity: 'as_appointment', field: 'appointmentId' },
  'assist.openHelperHours': { entity: 'as_service_point', field: 'servicePointId' },
  'assist.closeHelperHours': { entity: 'as_helper_calendar', field: 'calendarId' },
  'assist.requestHelp': { entity: 'as_help_request', field: 'requestId' },
  'assist.answerHelpRequest': { entity: 'as_help_request', field: 'requestId' },
};

type Run = (ctx: QueryContext, input: unknown) => Result<unknown>;
const query = (permission: (typeof P)[keyof typeof P], run: Run) => ({ permission, run });

/** The Assistance workspace's part of the local cache. */
export const ASSIST_CACHE: CacheWorkspace = {
  tables: ASSIST_TABLES,
  queries: {
    'assist.listServicePoints': query(P.staff, ({ db, actor }) => ok(listServicePoints(db, assistRights(actor)))),
    'assist.queue': query(P.staff, ({ db, actor, now }, input) => queueView(db, assistRights(actor), (input as ParsedInput<'assist.queue'>).servicePointId, now)),
    'assist.queueDisplay': query(P.ticket, ({ db, actor, now }, input) => queueDisplay(db, assistRights(actor), (input as ParsedInput<'assist.queueDisplay'>).servicePointId, now)),
    'assist.listSessions': query(P.staff, ({ db, actor }, input) => listSessions(db, assistRights(actor), input as ParsedInput<'assist.listSessions'>)),
    'assist.helperCalendars': query(P.staff, ({ db, actor }, input) => helperCalendars(db, assistRights(actor), input as ParsedInput<'assist.helperCalendars'>)),
    'assist.dashboard': query(P.reports, ({ db, actor }, input) => assistDashboard(db, assistRights(actor), input as ParsedInput<'assist.dashboard'>)),
    [REPORT_TABLES_READ]: query(P.reports, (ctx, input) => reportTables(ctx, input as ReportInput)),
  },
  commands: ASSIST_COMMAND_SPECS,
  aggregateOf: (type, payload) => {
    const spec = AGGREGATES[type as AnyType];
    const id = spec ? (payload as Record<string, unknown>)[spec.field] : undefined;
    return spec && typeof id === 'string' ? { entity: spec.entity, id } : null;
  },
  authorize: (access, actor, type, payload) => authorize(access, actor, type as AnyType, payload),
  decide: ({ db }, type, payload, ctx) => {
    const t = type as AnyType;
    const p = payload as AssistCommandPayload<AnyType>;
    const decision = (ASSIST_DECIDERS[t] as AnyDecider)(loadAssistState(db, t, p, ctx.today), p, ctx);
    // Notices are the central's to send; the desk shows the written rows at once.
    return decision.ok ? { ok: true, puts: decision.puts } : decision;
  },
  describeAggregate: ({ db }, id) => {
    const rows = asRows(db);
    const hours = rows.calendar(id)?.record;
    return rows.ticket(id)?.record.label ?? rows.servicePoint(id)?.record.name.fi ?? (hours ? `${hours.date} ${hours.startTime}–${hours.endTime}` : null);
  },
};
