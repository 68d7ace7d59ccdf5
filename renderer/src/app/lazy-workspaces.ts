import { lazy } from 'react';

/*
 * The workspaces load as their own chunks (AG Grid alone is most of the code), so the sign-in
 * screen and the shell paint first. The loaders are kept so a screen can fetch a chunk early.
 */
export const loadApplicationsWorkspace = () => import('../features/berths/ApplicationsWorkspace.tsx');
export const loadConflictInbox = () => import('../features/conflicts/ConflictInbox.tsx');
export const loadBerthCustomersWorkspace = () => import('../features/berths/customers/CustomersWorkspace.tsx');
export const loadHarboursWorkspace = () => import('../features/berths/harbours/HarboursWorkspace.tsx');
export const loadBookingsWorkspace = () => import('../features/bookings/BookingsWorkspaces.tsx');
export const loadCultureKidsWorkspace = () => import('../features/culture-kids/CultureKidsWorkspaces.tsx');
export const loadKioskApp = () => import('../features/kiosk/KioskApp.tsx');
export const loadFleetWorkspace = () => import('../features/kiosk/fleet/FleetWorkspace.tsx');
export const loadAssistWorkspace = () => import('../features/assist/AssistWorkspaces.tsx');
export const loadQueueDisplayPage = () => import('../features/assist/QueueDisplayPage.tsx');

export const ApplicationsWorkspace = lazy(() => loadApplicationsWorkspace().then((m) => ({ default: m.ApplicationsWorkspace })));
export const AllocationWorkspace = lazy(() => import('../features/berths/allocation/AllocationWorkspace.tsx').then((m) => ({ default: m.AllocationWorkspace })));
export const CustomerMessagesWorkspace = lazy(() => import('../features/berths/messages/CustomerMessagesWorkspace.tsx').then((m) => ({ default: m.CustomerMessagesWorkspace })));
export const WinterStorageWorkspace = lazy(() => import('../features/berths/winter/WinterWorkspace.tsx').then((m) => ({ default: m.WinterWorkspace })));
export const PaymentIssuesWorkspace = lazy(() => import('../features/berths/payments/PaymentIssuesWorkspace.tsx').then((m) => ({ default: m.PaymentIssuesWorkspace })));
export const RenewalWorkspace = lazy(() => import('../features/berths/renewal/RenewalWorkspace.tsx').then((m) => ({ default: m.RenewalWorkspace })));
export const BerthCustomersWorkspace = lazy(() => loadBerthCustomersWorkspace().then((m) => ({ default: m.CustomersWorkspace })));
export const HarboursWorkspace = lazy(() => loadHarboursWorkspace().then((m) => ({ default: m.HarboursWorkspace })));
export const ConflictInbox = lazy(() => loadConflictInbox().then((m) => ({ default: m.ConflictInbox })));
export const BookingQueueWorkspace = lazy(() => loadBookingsWorkspace().then((m) => ({ default: m.BookingQueueWorkspace })));
export const BookingListWorkspace = lazy(() => loadBookingsWorkspace().then((m) => ({ default: m.BookingListWorkspace })));
export const BookingCalendarWorkspace = lazy(() => loadBookingsWorkspace().then((m) => ({ default: m.BookingCalendarWorkspace })));
export const CaughtMessagesView = lazy(() => loadBookingsWorkspace().then((m) => ({ default: m.CaughtMessagesView })));
export const CkRegistryWorkspace = lazy(() => loadCultureKidsWorkspace().then((m) => ({ default: m.CkRegistryWorkspace })));
export const CkProgramWorkspace = lazy(() => loadCultureKidsWorkspace().then((m) => ({ default: m.CkProgramWorkspace })));
export const CkCheckInWorkspace = lazy(() => loadCultureKidsWorkspace().then((m) => ({ default: m.CkCheckInWorkspace })));
export const CkMessagesWorkspace = lazy(() => loadCultureKidsWorkspace().then((m) => ({ default: m.CkMessagesWorkspace })));
export const CkReportsWorkspace = lazy(() => loadCultureKidsWorkspace().then((m) => ({ default: m.CkReportsWorkspace })));
export const KioskApp = lazy(() => loadKioskApp().then((m) => ({ default: m.KioskApp })));
export const FleetWorkspace = lazy(() => loadFleetWorkspace().then((m) => ({ default: m.FleetWorkspace })));
export const AsQueueWorkspace = lazy(() => loadAssistWorkspace().then((m) => ({ default: m.AsQueueWorkspace })));
export const AsSessionsWorkspace = lazy(() => loadAssistWorkspace().then((m) => ({ default: m.AsSessionsWorkspace })));
export const AsAppointmentsWorkspace = lazy(() => loadAssistWorkspace().then((m) => ({ default: m.AsAppointmentsWorkspace })));
export const AsReportsWorkspace = lazy(() => loadAssistWorkspace().then((m) => ({ default: m.AsReportsWorkspace })));
export const QueueDisplayPage = lazy(() => loadQueueDisplayPage().then((m) => ({ default: m.QueueDisplayPage })));
