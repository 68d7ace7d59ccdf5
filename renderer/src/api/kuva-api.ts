import { createApi } from '@reduxjs/toolkit/query/react';
import type { Input, Method, Output } from '../../../domain/contract.ts';
import type { AppError } from '../../../domain/result.ts';
import { kuvaBaseQuery } from './base-query.ts';
import { newerStatus } from './status-order.ts';
import { commandIssued } from '../store/commands-slice.ts';

export const TAGS = ['Session', 'Sync', 'Harbours', 'HarbourOverview', 'Application', 'Suggestions', 'Conflicts', 'Bookings', 'BookingUnits', 'CaughtMessages', 'CultureKids', 'Assist', 'CustomerMessages', 'WinterStorage', 'PaymentIssues'] as const;

const call = <M extends Method>(method: M, input: Input<M>) => ({ method, input });

type CommandMethod =
  | 'berths.offerBerth'
  | 'berths.withdrawOffer'
  | 'berths.recordOfferAnswer'
  | 'berths.markNoSuitableBerth'
  | 'berths.extendApplication'
  | 'berths.returnToQueue'
  | 'berths.addNote';

type OrderCommandMethod = 'berths.resendOffer' | 'berths.editOrderLines' | 'berths.markOrderPaidElsewhere' | 'berths.cancelOrder' | 'berths.refundOrder' | 'berths.terminateLease';

/** Booking commands on one reservation: the detail it changed asks again. */
type ReservationCommand = 'bookings.approveReservation' | 'bookings.denyReservation' | 'bookings.returnToHandling' | 'bookings.cancelReservation';
/** Booking commands that make reservations (or end a series): the calendars and lists ask again. */
type BookingCreateCommand = 'bookings.createStaffReservation' | 'bookings.createSeries' | 'bookings.endSeries' | 'bookings.rescheduleSeries' | 'bookings.setPrices' | 'bookings.setUnitRules';

export const kuvaApi = createApi({
  reducerPath: 'kuva',
  baseQuery: kuvaBaseQuery(() => (typeof window === 'undefined' ? null : window.kuva)),
  tagTypes: TAGS,
  endpoints: (build) => {
    /** Every command answers `pending` at once; what it changed shows in its application. */
    const command = <M extends CommandMethod>(method: M) =>
      build.mutation<Output<M>, Input<M>>({
        query: (input) => call(method, input),
        async onQueryStarted(input, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            dispatch(commandIssued({ commandId: data.commandId, type: method, applicationId: input.applicationId }));
          } catch {
            // The error result reaches the caller through the mutation; nothing to track.
          }
        },
        invalidatesTags: (_r, _e, input) => [{ type: 'Application', id: input.applicationId }, 'Suggestions', 'Sync'],
      });

    /**
     * An order command names its order or lease; the application it shows in (null for a lease
     * made without one) comes along for tracking only.
     */
    const orderCommand = <M extends OrderCommandMethod>(method: M) =>
      build.mutation<Output<M>, Input<M> & { applicationId: string | null }>({
        query: ({ applicationId: _shownIn, ...input }) => call(method, input as unknown as Input<M>),
        async onQueryStarted(input, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            dispatch(commandIssued({ commandId: data.commandId, type: method, applicationId: input.applicationId }));
          } catch {
            // The error result reaches the caller through the mutation.
          }
        },
        invalidatesTags: (_r, _e, input) => (input.applicationId ? [{ type: 'Application', id: input.applicationId }, 'Sync'] : ['Sync']),
      });

    /** A booking command answers `pending` at once; the booking views show it as waiting. */
    const bookingCommand = <M extends ReservationCommand | BookingCreateCommand>(method: M) =>
      build.mutation<Output<M>, Input<M>>({
        query: (input) => call(method, input),
        async onQueryStarted(input, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            const reservationId = 'reservationId' in input && typeof input.reservationId === 'string' ? input.reservationId : null;
            dispatch(commandIssued({ commandId: data.commandId, type: method, applicationId: reservationId }));
          } catch {
            // The error result reaches the caller through the mutation.
          }
        },
        invalidatesTags: ['Bookings', 'Sync'],
      });

    return {
      getSession: build.query<Output<'session.get'>, void>({ query: () => call('session.get', {}), providesTags: ['Session'] }),
      login: build.mutation<Output<'session.login'>, Input<'session.login'>>({ query: (input) => call('session.login', input) }),
      logout: build.mutation<Output<'session.logout'>, void>({ query: () => call('session.logout', {}) }),
      lockScreen: build.mutation<Output<'session.lockScreen'>, void>({ query: () => call('session.lockScreen', {}) }),
      unlockScreen: build.mutation<Output<'session.unlockScreen'>, Input<'session.unlockScreen'>>({ query: (input) => call('session.unlockScreen', input) }),
      syncStatus: build.query<Output<'sync.status'>, void>({
        query: () => call('sync.status', {}),
        providesTags: ['Sync'],
        // Events, answers and this query's refetches race each other: the newest status wins.
        merge: (current, incoming) => newerStatus(current, incoming),
      }),
      syncNow: build.mutation<Output<'sync.now'>, void>({
        query: () => call('sync.now', {}),
        async onQueryStarted(_input, { dispatch, queryFulfilled }) {
          const { data } = await queryFulfilled.catch(() => ({ data: null }));
          if (data) dispatch(kuvaApi.util.upsertQueryData('syncStatus', undefined, data));
        },
      }),
      listHarbours: build.query<Output<'berths.listHarbours'>, void>({ query: () => call('berths.listHarbours', {}), providesTags: ['Harbours'] }),
      /** Without a season the core answers for the season offers are made for today. */
      harbourOverview: build.query<Output<'berths.harbourOverview'>, number | undefined>({
        query: (season) => call('berths.harbourOverview', season === undefined ? {} : { season }),
        providesTags: ['HarbourOverview'],
      }),
      listBerths: build.query<Output<'berths.listBerths'>, { harbourId: string; season?: number }>({
        query: ({ harbourId, season }) => call('berths.listBerths', season === undefined ? { harbourId } : { harbourId, season }),
        providesTags: ['HarbourOverview'],
      }),
      getApplication: build.query<Output<'berths.getApplication'>, string>({
        query: (id) => call('berths.getApplication', { id }),
        providesTags: (_r, _e, id) => [{ type: 'Application', id }],
      }),
      suggestBerths: build.query<Output<'berths.suggestBerths'>, string>({
        query: (applicationId) => call('berths.suggestBerths', { applicationId }),
        providesTags: ['Suggestions'],
      }),
      listConflicts: build.query<Output<'conflicts.list'>, void>({ query: () => call('conflicts.list', {}), providesTags: ['Conflicts'] }),
      dismissConflict: build.mutation<Output<'conflicts.dismiss'>, string>({
        query: (id) => call('conflicts.dismiss', { id }),
        invalidatesTags: ['Conflicts', 'Sync'],
      }),
      listBookingUnits: build.query<Output<'bookings.listUnits'>, void>({ query: () => call('bookings.listUnits', {}), providesTags: ['BookingUnits'] }),
      openRequests: build.query<Output<'bookings.openRequests'>, void>({ query: () => call('bookings.openRequests', {}), providesTags: ['Bookings'] }),
      getReservation: build.query<Output<'bookings.getReservation'>, string>({ query: (id) => call('bookings.getReservation', { id }), providesTags: ['Bookings'] }),
      dayCalendar: build.query<Output<'bookings.dayCalendar'>, Input<'bookings.dayCalendar'>>({ query: (input) => call('bookings.dayCalendar', input), providesTags: ['Bookings'] }),
      weekCalendar: build.query<Output<'bookings.weekCalendar'>, Input<'bookings.weekCalendar'>>({ query: (input) => call('bookings.weekCalendar', input), providesTags: ['Bookings'] }),
      checkSlot: build.query<Output<'bookings.checkSlot'>, Input<'bookings.checkSlot'>>({ query: (input) => call('bookings.checkSlot', input), providesTags: ['Bookings'] }),
      previewSeries: build.query<Output<'bookings.previewSeries'>, Input<'bookings.previewSeries'>>({ query: (input) => call('bookings.previewSeries', input), providesTags: ['Bookings'] }),
      unitSettings: build.query<Output<'bookings.unitSettings'>, Input<'bookings.unitSettings'>>({ query: (input) => call('bookings.unitSettings', input), providesTags: ['Bookings', 'BookingUnits'] }),
      previewReschedule: build.query<Output<'bookings.previewReschedule'>, Input<'bookings.previewReschedule'>>({
        query: (input) => call('bookings.previewReschedule', input),
        providesTags: ['Bookings'],
      }),
      caughtMessages: build.query<Output<'notifications.caught'>, void>({ query: () => call('notifications.caught', {}), providesTags: ['CaughtMessages'] }),
      approveReservation: bookingCommand('bookings.approveReservation'),
      denyReservation: bookingCommand('bookings.denyReservation'),
      returnReservationToHandling: bookingCommand('bookings.returnToHandling'),
      cancelReservation: bookingCommand('bookings.cancelReservation'),
      createStaffReservation: bookingCommand('bookings.createStaffReservation'),
      createSeries: bookingCommand('bookings.createSeries'),
      endSeries: bookingCommand('bookings.endSeries'),
      rescheduleSeries: bookingCommand('bookings.rescheduleSeries'),
      setPrices: bookingCommand('bookings.setPrices'),
      setUnitRules: bookingCommand('bookings.setUnitRules'),
      offerBerth: command('berths.offerBerth'),
      withdrawOffer: command('berths.withdrawOffer'),
      recordOfferAnswer: command('berths.recordOfferAnswer'),
      markNoSuitableBerth: command('berths.markNoSuitableBerth'),
      extendApplication: command('berths.extendApplication'),
      returnToQueue: command('berths.returnToQueue'),
      addNote: command('berths.addNote'),
      resendOffer: orderCommand('berths.resendOffer'),
      editOrderLines: orderCommand('berths.editOrderLines'),
      markOrderPaidElsewhere: orderCommand('berths.markOrderPaidElsewhere'),
      cancelOrder: orderCommand('berths.cancelOrder'),
      refundOrder: orderCommand('berths.refundOrder'),
      terminateLease: orderCommand('berths.terminateLease'),
    };
  },
});

export type { AppError };

export const {
  useGetSessionQuery,
  useLoginMutation,
  useLogoutMutation,
  useLockScreenMutation,
  useUnlockScreenMutation,
  useSyncStatusQuery,
  useSyncNowMutation,
  useListHarboursQuery,
  useHarbourOverviewQuery,
  useListBerthsQuery,
  useGetApplicationQuery,
  useSuggestBerthsQuery,
  useListConflictsQuery,
  useDismissConflictMutation,
  useOfferBerthMutation,
  useWithdrawOfferMutation,
  useRecordOfferAnswerMutation,
  useMarkNoSuitableBerthMutation,
  useExtendApplicationMutation,
  useReturnToQueueMutation,
  useAddNoteMutation,
  useResendOfferMutation,
  useEditOrderLinesMutation,
  useMarkOrderPaidElsewhereMutation,
  useCancelOrderMutation,
  useRefundOrderMutation,
  useTerminateLeaseMutation,
  useListBookingUnitsQuery,
  useOpenRequestsQuery,
  useGetReservationQuery,
  useDayCalendarQuery,
  useWeekCalendarQuery,
  useCheckSlotQuery,
  usePreviewSeriesQuery,
  usePreviewRescheduleQuery,
  useUnitSettingsQuery,
  useCaughtMessagesQuery,
  useApproveReservationMutation,
  useDenyReservationMutation,
  useReturnReservationToHandlingMutation,
  useCancelReservationMutation,
  useCreateStaffReservationMutation,
  useCreateSeriesMutation,
  useEndSeriesMutation,
  useRescheduleSeriesMutation,
  useSetPricesMutation,
  useSetUnitRulesMutation,
} = kuvaApi;
