import type { Input, Method, Output } from '../../../../domain/contract.ts';
import { kuvaApi } from '../../api/kuva-api.ts';
import { trackIssued } from '../../api/track-issued.ts';

/**
 * The Assistance queries and commands over window.kuva, injected into the one API slice so the
 * event pump's "as_* changed" invalidation (tag Assist) refreshes whatever is on screen: a kiosk's
 * help request reaches the queue panel through it, never by polling.
 */
type AsCommand =
  | 'assist.issueTicket'
  | 'assist.callNext'
  | 'assist.recallTicket'
  | 'assist.transferTicket'
  | 'assist.markNoShow'
  | 'assist.startService'
  | 'assist.finishService'
  | 'assist.logSession'
  | 'assist.logSessionsBulk'
  | 'assist.bookAppointment'
  | 'assist.cancelAppointment'
  | 'assist.openHelperHours'
  | 'assist.closeHelperHours'
  | 'assist.markAppointmentNoShow'
  | 'assist.answerHelpRequest';

export const assistApi = kuvaApi.injectEndpoints({
  endpoints: (build) => {
    /** A command answers `pending` at once (queued offline too); the screens show it as waiting until the central settles it. */
    const command = <M extends AsCommand>(method: M) =>
      build.mutation<Output<M>, Input<M>>({
        query: (input) => ({ method, input }),
        onQueryStarted: trackIssued(method),
        invalidatesTags: ['Assist', 'Sync'],
      });
    const query = <M extends Method>(method: M) => build.query<Output<M>, Input<M>>({ query: (input) => ({ method, input }), providesTags: ['Assist'] });

    return {
      asServicePoints: query('assist.listServicePoints'),
      asQueue: query('assist.queue'),
      asQueueDisplay: query('assist.queueDisplay'),
      asSessions: query('assist.listSessions'),
      asCalendars: query('assist.helperCalendars'),
      asDashboard: query('assist.dashboard'),
      asIssueTicket: command('assist.issueTicket'),
      asCallNext: command('assist.callNext'),
      asRecall: command('assist.recallTicket'),
      asTransfer: command('assist.transferTicket'),
      asNoShow: command('assist.markNoShow'),
      asStartService: command('assist.startService'),
      asFinishService: command('assist.finishService'),
      asLogSession: command('assist.logSession'),
      asLogBulk: command('assist.logSessionsBulk'),
      asBook: command('assist.bookAppointment'),
      asCancelAppointment: command('assist.cancelAppointment'),
      asOpenHours: command('assist.openHelperHours'),
      asCloseHours: command('assist.closeHelperHours'),
      asAppointmentNoShow: command('assist.markAppointmentNoShow'),
      asAnswerHelpRequest: command('assist.answerHelpRequest'),
    };
  },
});

export const {
  useAsServicePointsQuery,
  useAsQueueQuery,
  useAsQueueDisplayQuery,
  useAsSessionsQuery,
  useAsCalendarsQuery,
  useAsDashboardQuery,
  useAsIssueTicketMutation,
  useAsCallNextMutation,
  useAsRecallMutation,
  useAsTransferMutation,
  useAsNoShowMutation,
  useAsStartServiceMutation,
  useAsFinishServiceMutation,
  useAsLogSessionMutation,
  useAsLogBulkMutation,
  useAsBookMutation,
  useAsCancelAppointmentMutation,
  useAsOpenHoursMutation,
  useAsCloseHoursMutation,
  useAsAppointmentNoShowMutation,
  useAsAnswerHelpRequestMutation,
} = assistApi;
