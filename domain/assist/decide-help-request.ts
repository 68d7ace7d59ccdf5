import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { AssistCommandPayload } from './commands.ts';
import type { HelpRequest, ServicePoint } from './entities.ts';
import { accept, notFound, refuse, utc, type AssistDecision } from './decide-result.ts';

/** A customer at a kiosk asks for staff; pressing again while a call is open adds nothing. */
export interface RequestHelpState {
  servicePoint: ServicePoint | null;
  /** The kiosk's requests that are not closed. */
  openRequests: readonly HelpRequest[];
}

export function decideRequestHelp(s: RequestHelpState, p: AssistCommandPayload<'assist.requestHelp'>, ctx: CommandContext): AssistDecision {
  if (!s.servicePoint || s.servicePoint.id !== p.servicePointId) return notFound('The service point');
  if (!s.servicePoint.active) return refuse({ code: 'as_service_point_inactive', message: 'The service point has no staff on duty now.' });
  if (s.openRequests.some((r) => r.kioskId === p.kioskId && r.status !== 'closed')) return refuse({ code: 'as_help_request_open', message: 'Staff have been called already and are on their way.' });
  const record: HelpRequest = { id: p.requestId, servicePointId: p.servicePointId, kioskId: p.kioskId, language: p.language, status: 'open', createdAt: utc(ctx.now), closedAt: null };
  return accept([{ entity: 'as_help_request', record, version: 1 }], [{ kind: 'help_requested', requestId: record.id, servicePointId: record.servicePointId }]);
}

/** The request a staff answer acts on, read under its row lock. */
export interface AnswerHelpState {
  request: Versioned<HelpRequest> | null;
}

/** open → acknowledged → closed, or open → closed at once; a closed request frees its kiosk to ask again. */
const NEXT: Readonly<Record<HelpRequest['status'], readonly HelpRequest['status'][]>> = { open: ['acknowledged', 'closed'], acknowledged: ['closed'], closed: [] };

export function decideAnswerHelpRequest(s: AnswerHelpState, p: AssistCommandPayload<'assist.answerHelpRequest'>, ctx: CommandContext): AssistDecision {
  if (!s.request || s.request.record.id !== p.requestId) return notFound(`The help request ${p.requestId}`);
  const { record, version } = s.request;
  if (!NEXT[record.status].includes(p.status)) return refuse({ code: 'as_help_request_transition', message: `The help request is ${record.status} already.` });
  const closedAt = p.status === 'closed' ? utc(ctx.now) : null;
  return accept([{ entity: 'as_help_request', record: { ...record, status: p.status, closedAt }, version: version + 1 }]);
}
