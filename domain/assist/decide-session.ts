import { parseInstant, toIsoInstant } from '../wall-clock.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { AssistCommandPayload } from './commands.ts';
import type { Appointment, HelpSession, QueueTicket, ServicePoint } from './entities.ts';
import { bulkProblems, durationBucket, noteProblem } from './bulk-log.ts';
import { accept, notFound, refuse, utc, type AssistDecision, type AssistPut } from './decide-result.ts';
import { noteExpiry } from './retention.ts';

/**
 * Logging help sessions, one with the timer or many after a busy hour. Sessions are anonymous and
 * only ever added; a note that looks like personal data is refused, never stored.
 */
export interface LogSessionState {
  servicePoint: ServicePoint | null;
  /** The ids among the payload's sessions that are logged already. */
  loggedIds: ReadonlySet<string>;
  /** The served ticket and the kept appointment the session names, if any. */
  ticket: QueueTicket | null;
  appointment: Versioned<Appointment> | null;
}

type SessionFields = Omit<HelpSession, 'id' | 'servicePointId' | 'occurredAt' | 'startedAt' | 'endedAt' | 'durationBucket' | 'noteExpiresAt' | 'ticketId' | 'appointmentId' | 'loggedBy' | 'loggedAt'>;

function fields<T extends SessionFields>(p: T): SessionFields {
  const { channel, helperType, topics, serviceLanguage, interpreted, ageBand, firstTimeUser, outcome, referral, note } = p;
  return { channel, helperType, topics, serviceLanguage, interpreted, ageBand, firstTimeUser, outcome, referral, note };
}

export function decideLogSession(s: LogSessionState, p: AssistCommandPayload<'assist.logSession'>, ctx: CommandContext): AssistDecision {
  if (!s.servicePoint || s.servicePoint.id !== p.servicePointId) return notFound('The service point');
  if (s.loggedIds.has(p.sessionId)) return refuse({ code: 'as_session_duplicate', message: 'This session is logged already.' });
  const start = parseInstant(p.startedAt);
  const end = parseInstant(p.endedAt);
  if (end < start) return refuse({ code: 'as_session_times', message: 'A session ends after it starts.' });
  if (end > parseInstant(ctx.now)) return refuse({ code: 'as_session_in_future', message: 'A session is logged once it has ended.' });
  const note = noteProblem(p.note, null);
  if (note) return refuse(note);
  if (p.ticketId !== null && (!s.ticket || s.ticket.id !== p.ticketId || s.ticket.servicePointId !== s.servicePoint.id)) return notFound(`The ticket ${p.ticketId}`);
  if (p.appointmentId !== null && (!s.appointment || s.appointment.record.id !== p.appointmentId)) return notFound(`The appointment ${p.appointmentId}`);
  const loggedAt = utc(ctx.now);
  const session: HelpSession = {
    ...fields(p),
    id: p.sessionId,
    servicePointId: s.servicePoint.id,
    occurredAt: utc(p.startedAt),
    startedAt: utc(p.startedAt),
    endedAt: utc(p.endedAt),
    durationBucket: durationBucket((end - start) / 60_000),
    noteExpiresAt: p.note === null ? null : noteExpiry(loggedAt),
    ticketId: p.ticketId,
    appointmentId: p.appointmentId,
    loggedBy: ctx.actor.id,
    loggedAt,
  };
  const puts: AssistPut[] = [{ entity: 'as_help_session', record: session, version: 1 }];
  // The help a customer booked was given: the appointment is done (a no-show stays one).
  const a = s.appointment;
  if (a && (a.record.status === 'booked' || a.record.status === 'reminded')) puts.push({ entity: 'as_appointment', record: { ...a.record, status: 'done', closedAt: loggedAt }, version: a.version + 1 });
  return accept(puts);
}

export interface LogBulkState {
  servicePoint: ServicePoint | null;
  loggedIds: ReadonlySet<string>;
}

/** All or nothing; the refusal names every row to fix (bulk-log.ts). */
export function decideLogSessionsBulk(s: LogBulkState, p: AssistCommandPayload<'assist.logSessionsBulk'>, ctx: CommandContext): AssistDecision {
  const point = s.servicePoint;
  if (!point || point.id !== p.servicePointId) return notFound('The service point');
  const problems = bulkProblems(p.hourStartedAt, p.sessions, s.loggedIds, ctx.now);
  const first = problems[0];
  if (first) return refuse({ code: first.code, message: problems.map((x) => (x.index === null ? x.message : `Row ${x.index + 1}: ${x.message}`)).join(' ') });
  const loggedAt = utc(ctx.now);
  const hour = toIsoInstant(parseInstant(p.hourStartedAt));
  return accept(
    p.sessions.map((row) => ({
      entity: 'as_help_session' as const,
      record: { ...fields(row), id: row.sessionId, servicePointId: point.id, occurredAt: hour, startedAt: null, endedAt: null, durationBucket: row.durationBucket, noteExpiresAt: row.note === null ? null : noteExpiry(loggedAt), ticketId: null, appointmentId: null, loggedBy: ctx.actor.id, loggedAt },
      version: 1,
    })),
  );
}
