import { createApi } from '@reduxjs/toolkit/query/react';
import type { Input, Method, Output } from '../../../domain/contract.ts';
import type { AppError } from '../../../domain/result.ts';
import { kuvaBaseQuery } from './base-query.ts';
import { newerStatus } from './status-order.ts';
import { commandIssued } from '../store/commands-slice.ts';

export const TAGS = ['Session', 'Sync', 'Harbours', 'HarbourOverview', 'Application', 'Suggestions', 'Conflicts'] as const;

const call = <M extends Method>(method: M, input: Input<M>) => ({ method, input });

type CommandMethod =
  | 'berths.offerBerth'
  | 'berths.withdrawOffer'
  | 'berths.recordOfferAnswer'
  | 'berths.markNoSuitableBerth'
  | 'berths.extendApplication'
  | 'berths.returnToQueue'
  | 'berths.addNote';

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

    return {
      getSession: build.query<Output<'session.get'>, void>({ query: () => call('session.get', {}), providesTags: ['Session'] }),
      login: build.mutation<Output<'session.login'>, Input<'session.login'>>({ query: (input) => call('session.login', input) }),
      logout: build.mutation<Output<'session.logout'>, void>({ query: () => call('session.logout', {}) }),
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
      offerBerth: command('berths.offerBerth'),
      withdrawOffer: command('berths.withdrawOffer'),
      recordOfferAnswer: command('berths.recordOfferAnswer'),
      markNoSuitableBerth: command('berths.markNoSuitableBerth'),
      extendApplication: command('berths.extendApplication'),
      returnToQueue: command('berths.returnToQueue'),
      addNote: command('berths.addNote'),
    };
  },
});

export type { AppError };

export const {
  useGetSessionQuery,
  useLoginMutation,
  useLogoutMutation,
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
} = kuvaApi;
