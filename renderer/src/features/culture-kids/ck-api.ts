import type { Input, Method, Output } from '../../../../domain/contract.ts';
import { kuvaApi } from '../../api/kuva-api.ts';
import { commandIssued } from '../../store/commands-slice.ts';

/**
 * The Culture Kids queries and commands over window.kuva, injected into the one API slice so the
 * event pump's "ck_* changed" invalidation (tag CultureKids) refreshes whatever is on screen.
 */
const call = <M extends Method>(method: M, input: Input<M>) => ({ method, input });

/**
 * The program's authoring commands and sendMessage: ck-core adds them to the contract after the
 * domain's payloads; until a method is in the contract its input is checked by the core alone.
 */
type Authoring =
  | 'cultureKids.createVenue'
  | 'cultureKids.updateVenue'
  | 'cultureKids.copyVenues'
  | 'cultureKids.createEventGroup'
  | 'cultureKids.updateEventGroup'
  | 'cultureKids.createEvent'
  | 'cultureKids.updateEvent'
  | 'cultureKids.setEventReady'
  | 'cultureKids.createOccurrence'
  | 'cultureKids.updateOccurrence'
  | 'cultureKids.cancelOccurrence'
  | 'cultureKids.sendMessage';

type CkCommand =
  | Authoring
  | 'cultureKids.enrol'
  | 'cultureKids.cancelEnrolment'
  | 'cultureKids.moveEnrolment'
  | 'cultureKids.subscribeFreeSpot'
  | 'cultureKids.unsubscribeFreeSpot'
  | 'cultureKids.unsubscribeAll'
  | 'cultureKids.markAttendance'
  | 'cultureKids.markAttendanceBulk'
  | 'cultureKids.publishEvent'
  | 'cultureKids.publishGroup'
  | 'cultureKids.importTicketCodes'
  | 'cultureKids.eraseChild';

export const ckApi = kuvaApi.injectEndpoints({
  endpoints: (build) => {
    /** A command answers `pending` at once; the screens show it as waiting until the central settles it. */
    const command = <M extends CkCommand>(method: M) =>
      build.mutation<Output<M>, Input<M>>({
        query: (input) => ({ method, input }),
        async onQueryStarted(_input, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            const commandId = (data as { commandId?: string }).commandId;
            if (commandId) dispatch(commandIssued({ commandId, type: method, applicationId: null }));
          } catch {
            // The error reaches the caller through the mutation.
          }
        },
        invalidatesTags: ['CultureKids', 'Sync'],
      });
    const query = <M extends Method>(method: M) =>
      build.query<Output<M>, Input<M>>({ query: (input) => call(method, input), providesTags: ['CultureKids'] });

    return {
      ckCohorts: query('cultureKids.listCohorts'),
      ckSearchChildren: query('cultureKids.searchChildren'),
      ckChild: query('cultureKids.getChild'),
      ckProgram: query('cultureKids.program'),
      ckAttendees: query('cultureKids.attendees'),
      ckRecipientCount: query('cultureKids.recipientCount'),
      ckMessages: query('cultureKids.listMessages'),
      ckTicketCodes: query('cultureKids.ticketCodes'),
      ckReports: query('cultureKids.reports'),
      // A scan is checked once, when it is read: a mutation, so it is never served from a cache.
      ckVerifyTicket: build.mutation<Output<'cultureKids.verifyTicket'>, Input<'cultureKids.verifyTicket'>>({ query: (input) => call('cultureKids.verifyTicket', input) }),
      ckGdprExport: build.mutation<Output<'cultureKids.gdprExport'>, Input<'cultureKids.gdprExport'>>({ query: (input) => call('cultureKids.gdprExport', input) }),
      ckEnrol: command('cultureKids.enrol'),
      ckCancelEnrolment: command('cultureKids.cancelEnrolment'),
      ckMoveEnrolment: command('cultureKids.moveEnrolment'),
      ckSubscribeFreeSpot: command('cultureKids.subscribeFreeSpot'),
      ckUnsubscribeFreeSpot: command('cultureKids.unsubscribeFreeSpot'),
      ckUnsubscribeAll: command('cultureKids.unsubscribeAll'),
      ckMarkAttendance: command('cultureKids.markAttendance'),
      ckMarkAttendanceBulk: command('cultureKids.markAttendanceBulk'),
      ckPublishEvent: command('cultureKids.publishEvent'),
      ckPublishGroup: command('cultureKids.publishGroup'),
      ckImportTicketCodes: command('cultureKids.importTicketCodes'),
      ckEraseChild: command('cultureKids.eraseChild'),
      ckCreateVenue: command('cultureKids.createVenue'),
      ckUpdateVenue: command('cultureKids.updateVenue'),
      ckCopyVenues: command('cultureKids.copyVenues'),
      ckCreateEventGroup: command('cultureKids.createEventGroup'),
      ckUpdateEventGroup: command('cultureKids.updateEventGroup'),
      ckCreateEvent: command('cultureKids.createEvent'),
      ckUpdateEvent: command('cultureKids.updateEvent'),
      ckSetEventReady: command('cultureKids.setEventReady'),
      ckCreateOccurrence: command('cultureKids.createOccurrence'),
      ckUpdateOccurrence: command('cultureKids.updateOccurrence'),
      ckCancelOccurrence: command('cultureKids.cancelOccurrence'),
      ckSendMessage: command('cultureKids.sendMessage'),
    };
  },
});

export const {
  useCkCohortsQuery,
  useCkSearchChildrenQuery,
  useCkChildQuery,
  useCkProgramQuery,
  useCkAttendeesQuery,
  useCkRecipientCountQuery,
  useCkMessagesQuery,
  useCkTicketCodesQuery,
  useCkReportsQuery,
  useCkVerifyTicketMutation,
  useCkGdprExportMutation,
  useCkEnrolMutation,
  useCkCancelEnrolmentMutation,
  useCkMoveEnrolmentMutation,
  useCkSubscribeFreeSpotMutation,
  useCkUnsubscribeFreeSpotMutation,
  useCkUnsubscribeAllMutation,
  useCkMarkAttendanceMutation,
  useCkMarkAttendanceBulkMutation,
  useCkPublishEventMutation,
  useCkPublishGroupMutation,
  useCkImportTicketCodesMutation,
  useCkEraseChildMutation,
  useCkCreateVenueMutation,
  useCkUpdateVenueMutation,
  useCkCopyVenuesMutation,
  useCkCreateEventGroupMutation,
  useCkUpdateEventGroupMutation,
  useCkCreateEventMutation,
  useCkUpdateEventMutation,
  useCkSetEventReadyMutation,
  useCkCreateOccurrenceMutation,
  useCkUpdateOccurrenceMutation,
  useCkCancelOccurrenceMutation,
  useCkSendMessageMutation,
} = ckApi;
