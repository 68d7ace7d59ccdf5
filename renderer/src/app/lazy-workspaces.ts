import { lazy, type ComponentType } from 'react';
import type { View } from '../store/ui-slice.ts';

/*
 * The workspaces load as their own chunks (AG Grid alone is most of the code), so the sign-in
 * screen and the shell paint first.
 */

/** A chunk that keeps its module once loaded. */
export interface Chunk {
  load(): Promise<unknown>;
  loaded(): boolean;
}

interface ModuleChunk<M> extends Chunk {
  load(): Promise<M>;
  module(): M | undefined;
}

function chunk<M>(importer: () => Promise<M>): ModuleChunk<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          pending = undefined; // a failed fetch may be asked again
          throw error;
        },
      )),
    loaded: () => module !== undefined,
    module: () => module,
  };
}

/**
 * A lazy component of a chunk. Once the chunk is in, it renders at once: React reads a thenable
 * that answers synchronously without suspending. Suspending would show the fallback, and React 19
 * then holds the content back until 300 ms after the fallback appeared (its FALLBACK_THROTTLE_MS):
 * measured, that was a sixth of the applications grid's first render.
 */
function lazyFrom<M, P extends object>(c: ModuleChunk<M>, pick: (m: M) => ComponentType<P>) {
  return lazy<ComponentType<P>>(() => {
    const m = c.module();
    if (m === undefined) return c.load().then((mod) => ({ default: pick(mod) }));
    const now = { default: pick(m) };
    return { then: (resolve: (value: typeof now) => void) => resolve(now) } as unknown as Promise<typeof now>;
  });
}

const applications = chunk(() => import('../features/berths/ApplicationsWorkspace.tsx'));
const allocation = chunk(() => import('../features/berths/allocation/AllocationWorkspace.tsx'));
const berthMessages = chunk(() => import('../features/berths/messages/CustomerMessagesWorkspace.tsx'));
const winter = chunk(() => import('../features/berths/winter/WinterWorkspace.tsx'));
const payments = chunk(() => import('../features/berths/payments/PaymentIssuesWorkspace.tsx'));
const renewal = chunk(() => import('../features/berths/renewal/RenewalWorkspace.tsx'));
const customers = chunk(() => import('../features/berths/customers/CustomersWorkspace.tsx'));
const harbours = chunk(() => import('../features/berths/harbours/HarboursWorkspace.tsx'));
const conflicts = chunk(() => import('../features/conflicts/ConflictInbox.tsx'));
const bookings = chunk(() => import('../features/bookings/BookingsWorkspaces.tsx'));
const cultureKids = chunk(() => import('../features/culture-kids/CultureKidsWorkspaces.tsx'));
const fleet = chunk(() => import('../features/kiosk/fleet/FleetWorkspace.tsx'));
const assist = chunk(() => import('../features/assist/AssistWorkspaces.tsx'));
const kiosk = chunk(() => import('../features/kiosk/KioskApp.tsx'));
const queueDisplay = chunk(() => import('../features/assist/QueueDisplayPage.tsx'));
export const kioskChunk: Chunk = kiosk;
export const queueDisplayChunk: Chunk = queueDisplay;

export const ApplicationsWorkspace = lazyFrom(applications, (m) => m.ApplicationsWorkspace);
export const AllocationWorkspace = lazyFrom(allocation, (m) => m.AllocationWorkspace);
export const CustomerMessagesWorkspace = lazyFrom(berthMessages, (m) => m.CustomerMessagesWorkspace);
export const WinterStorageWorkspace = lazyFrom(winter, (m) => m.WinterWorkspace);
export const PaymentIssuesWorkspace = lazyFrom(payments, (m) => m.PaymentIssuesWorkspace);
export const RenewalWorkspace = lazyFrom(renewal, (m) => m.RenewalWorkspace);
export const BerthCustomersWorkspace = lazyFrom(customers, (m) => m.CustomersWorkspace);
export const HarboursWorkspace = lazyFrom(harbours, (m) => m.HarboursWorkspace);
export const ConflictInbox = lazyFrom(conflicts, (m) => m.ConflictInbox);
export const BookingQueueWorkspace = lazyFrom(bookings, (m) => m.BookingQueueWorkspace);
export const BookingListWorkspace = lazyFrom(bookings, (m) => m.BookingListWorkspace);
export const BookingCalendarWorkspace = lazyFrom(bookings, (m) => m.BookingCalendarWorkspace);
export const CaughtMessagesView = lazyFrom(bookings, (m) => m.CaughtMessagesView);
export const CkRegistryWorkspace = lazyFrom(cultureKids, (m) => m.CkRegistryWorkspace);
export const CkProgramWorkspace = lazyFrom(cultureKids, (m) => m.CkProgramWorkspace);
export const CkCheckInWorkspace = lazyFrom(cultureKids, (m) => m.CkCheckInWorkspace);
export const CkMessagesWorkspace = lazyFrom(cultureKids, (m) => m.CkMessagesWorkspace);
export const CkReportsWorkspace = lazyFrom(cultureKids, (m) => m.CkReportsWorkspace);
export const KioskApp = lazyFrom(kiosk, (m) => m.KioskApp);
export const FleetWorkspace = lazyFrom(fleet, (m) => m.FleetWorkspace);
export const AsQueueWorkspace = lazyFrom(assist, (m) => m.AsQueueWorkspace);
export const AsSessionsWorkspace = lazyFrom(assist, (m) => m.AsSessionsWorkspace);
export const AsAppointmentsWorkspace = lazyFrom(assist, (m) => m.AsAppointmentsWorkspace);
export const AsReportsWorkspace = lazyFrom(assist, (m) => m.AsReportsWorkspace);
export const QueueDisplayPage = lazyFrom(queueDisplay, (m) => m.QueueDisplayPage);

const CHUNK_OF_VIEW: Record<View, Chunk> = {
  applications,
  customers,
  harbours,
  winterStorage: winter,
  berthPayments: payments,
  allocation,
  renewal,
  berthMessages,
  conflicts,
  bookingQueue: bookings,
  bookingList: bookings,
  bookingCalendar: bookings,
  bookingMessages: bookings,
  ckRegistry: cultureKids,
  ckProgram: cultureKids,
  ckCheckIn: cultureKids,
  ckMessages: cultureKids,
  ckReports: cultureKids,
  kioskFleet: fleet,
  asQueue: assist,
  asSessions: assist,
  asAppointments: assist,
  asReports: assist,
};

/** The chunk a workspace comes in. */
export const chunkOfView = (view: View): Chunk => CHUNK_OF_VIEW[view];
