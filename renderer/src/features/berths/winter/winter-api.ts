import type { Input, Output } from '../../../../../domain/contract.ts';
import { kuvaApi } from '../../../api/kuva-api.ts';
import { trackIssued } from '../../../api/track-issued.ts';
import { commandIssued } from '../../../store/commands-slice.ts';

/** The master data edits: they belong to no case, so a refusal shows in the conflicts inbox and the dialog. */
type WinterMasterCommand = 'berths.editWinterArea' | 'berths.editWinterSection' | 'berths.editWinterPlace' | 'berths.addWinterPlace' | 'berths.addWinterSection';

export type WinterCommand = 'berths.createWinterLease' | 'berths.sendWinterInvoice' | 'berths.markWinterInvoicePaid' | 'berths.reassignWinterSticker' | 'berths.setWinterStickerPosted' | 'berths.terminateWinterLease';
export const WINTER_COMMANDS: readonly WinterCommand[] = ['berths.createWinterLease', 'berths.sendWinterInvoice', 'berths.markWinterInvoicePaid', 'berths.reassignWinterSticker', 'berths.setWinterStickerPosted', 'berths.terminateWinterLease'];

/** A command's input, and the application it shows in (tracked so its panel can show a refusal). */
export type WinterCommandArg<M extends WinterCommand> = { input: Input<M>; applicationId: string | null };

/**
 * Winter storage over window.kuva. Every query provides 'WinterStorage', which the event pump
 * invalidates when winter rows (or customers) change: a command's optimistic rows, the central's
 * answer and other handlers' work all show without asking.
 */
export const winterApi = kuvaApi.injectEndpoints({
  endpoints: (build) => {
    const command = <M extends WinterCommand>(method: M) =>
      build.mutation<Output<M>, WinterCommandArg<M>>({
        query: ({ input }) => ({ method, input }),
        async onQueryStarted({ applicationId }, { dispatch, queryFulfilled }) {
          try {
            const { data } = await queryFulfilled;
            dispatch(commandIssued({ commandId: data.commandId, type: method, applicationId }));
          } catch {
            // Refused on this machine: the caller shows why where the user is.
          }
        },
        invalidatesTags: ['WinterStorage', 'Sync'],
      });
    const masterCommand = <M extends WinterMasterCommand>(method: M) =>
      build.mutation<Output<M>, Input<M>>({ query: (input) => ({ method, input }), onQueryStarted: trackIssued(method), invalidatesTags: ['WinterStorage', 'Sync'] });
    return {
      winterAreas: build.query<Output<'berths.winterAreas'>, void>({ query: () => ({ method: 'berths.winterAreas', input: {} }), providesTags: ['WinterStorage'] }),
      editWinterArea: masterCommand('berths.editWinterArea'),
      editWinterSection: masterCommand('berths.editWinterSection'),
      editWinterPlace: masterCommand('berths.editWinterPlace'),
      addWinterPlace: masterCommand('berths.addWinterPlace'),
      addWinterSection: masterCommand('berths.addWinterSection'),
      winterApplications: build.query<Output<'berths.winterApplications'>, Input<'berths.winterApplications'>>({
        query: (input) => ({ method: 'berths.winterApplications', input }),
        providesTags: ['WinterStorage'],
      }),
      winterApplication: build.query<Output<'berths.winterApplication'>, string>({
        query: (id) => ({ method: 'berths.winterApplication', input: { id } }),
        providesTags: ['WinterStorage'],
      }),
      stickerLetters: build.query<Output<'berths.stickerLetters'>, Input<'berths.stickerLetters'>>({
        query: (input) => ({ method: 'berths.stickerLetters', input }),
        providesTags: ['WinterStorage'],
      }),
      createWinterLease: command('berths.createWinterLease'),
      sendWinterInvoice: command('berths.sendWinterInvoice'),
      markWinterInvoicePaid: command('berths.markWinterInvoicePaid'),
      reassignWinterSticker: command('berths.reassignWinterSticker'),
      setWinterStickerPosted: command('berths.setWinterStickerPosted'),
      terminateWinterLease: command('berths.terminateWinterLease'),
      // No tags, as the berth renewal's overview: a run queues hundreds of renewals, and each would ask it again.
      winterRenewalOverview: build.query<Output<'berths.winterRenewalOverview'>, void>({ query: () => ({ method: 'berths.winterRenewalOverview', input: {} }), keepUnusedDataFor: 0 }),
    };
  },
});

export const {
  useWinterApplicationsQuery,
  useWinterApplicationQuery,
  useStickerLettersQuery,
  useCreateWinterLeaseMutation,
  useSendWinterInvoiceMutation,
  useMarkWinterInvoicePaidMutation,
  useReassignWinterStickerMutation,
  useSetWinterStickerPostedMutation,
  useTerminateWinterLeaseMutation,
  useWinterRenewalOverviewQuery,
  useWinterAreasQuery,
  useEditWinterAreaMutation,
  useEditWinterSectionMutation,
  useEditWinterPlaceMutation,
  useAddWinterPlaceMutation,
  useAddWinterSectionMutation,
} = winterApi;
