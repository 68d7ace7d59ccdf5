import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { ApplicationFilter } from '../../../domain/contract.ts';
import type { ReservationFilter } from '../../../domain/bookings/contract.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import { helsinkiToday } from '../format/format.ts';

export const BOOKING_VIEWS = ['bookingQueue', 'bookingList', 'bookingCalendar', 'bookingMessages'] as const;
export type BookingView = (typeof BOOKING_VIEWS)[number];
export const CULTURE_KIDS_VIEWS = ['ckRegistry', 'ckProgram', 'ckCheckIn', 'ckMessages', 'ckReports'] as const;
export type CultureKidsView = (typeof CULTURE_KIDS_VIEWS)[number];
export const ASSIST_VIEWS = ['asQueue', 'asSessions', 'asAppointments', 'asReports'] as const;
export type AssistView = (typeof ASSIST_VIEWS)[number];
export type View = 'applications' | 'harbours' | 'customers' | 'winterStorage' | 'allocation' | 'renewal' | 'berthMessages' | 'berthPayments' | 'conflicts' | BookingView | CultureKidsView | AssistView | 'kioskFleet';

/** Where the bookings calendar is: a unit's day, or a reservation unit's week. */
export interface BookingCalendarPlace {
  mode: 'day' | 'week';
  unitId: string | null;
  reservationUnitId: string | null;
  /** The day shown, or any day of the week shown (YYYY-MM-DD); null = today. */
  date: string | null;
}

export interface Announcement {
  seq: number;
  key: string;
  params: Record<string, string | number>;
}

interface UiState {
  view: View;
  selectedApplicationId: string | null;
  /** The customer open in the customers view's 360° panel. */
  selectedCustomerId: string | null;
  suggestionsOpen: boolean;
  filter: ApplicationFilter;
  /** Bumped when the core reports changed application data, so the grid refreshes its blocks. */
  applicationsRevision: number;
  announcement: Announcement | null;
  /** The sign-out question is open (from the header, or "switch user" in the sign-in-again dialog). */
  signOutAsked: boolean;
  /** The reservation open in the bookings views' detail panel. */
  selectedReservationId: string | null;
  /** The reservation list's filters (the queue has its own fixed ones). */
  reservationFilter: ReservationFilter;
  /** Bumped when the core reports changed reservations, so the booking grids refresh their blocks. */
  reservationsRevision: number;
  bookingCalendar: BookingCalendarPlace;
  /** Bumped when the core reports changed Culture Kids data, so its grid refreshes its blocks. */
  cultureKidsRevision: number;
}

const initialState: UiState = {
  view: 'applications',
  selectedApplicationId: null,
  selectedCustomerId: null,
  suggestionsOpen: false,
  filter: {},
  applicationsRevision: 0,
  announcement: null,
  signOutAsked: false,
  selectedReservationId: null,
  // The list opens from today on (brief 5.1); "restore defaults" comes back here.
  reservationFilter: { from: helsinkiToday() },
  reservationsRevision: 0,
  bookingCalendar: { mode: 'day', unitId: null, reservationUnitId: null, date: null },
  cultureKidsRevision: 0,
};

// A boat's certificates show in its customer's 360° view, which asks again by this revision.
const APPLICATION_ENTITIES: readonly EntityName[] = ['application', 'lease', 'application_event', 'customer', 'boat', 'boat_certificate', 'berth_order'];
const RESERVATION_ENTITIES: readonly EntityName[] = ['reservation', 'reservation_event', 'reservation_series'];

export const uiSlice = createSlice({
  name: 'ui',
  initialState,
  reducers: {
    showView(state, action: PayloadAction<View>) {
      if (state.view !== action.payload) state.selectedReservationId = null;
      state.view = action.payload;
    },
    openApplication(state, action: PayloadAction<{ id: string; suggestions?: boolean }>) {
      state.view = 'applications';
      state.selectedApplicationId = action.payload.id;
      state.suggestionsOpen = action.payload.suggestions ?? false;
    },
    openCustomer(state, action: PayloadAction<string | null>) {
      state.view = 'customers';
      state.selectedCustomerId = action.payload;
    },
    closeApplication(state) {
      state.selectedApplicationId = null;
      state.suggestionsOpen = false;
    },
    setSuggestionsOpen(state, action: PayloadAction<boolean>) {
      state.suggestionsOpen = action.payload;
    },
    setFilter(state, action: PayloadAction<ApplicationFilter>) {
      state.filter = action.payload;
    },
    entitiesChanged(state, action: PayloadAction<EntityName[]>) {
      if (action.payload.some((e) => APPLICATION_ENTITIES.includes(e))) state.applicationsRevision += 1;
      if (action.payload.some((e) => RESERVATION_ENTITIES.includes(e))) state.reservationsRevision += 1;
      if (action.payload.some((e) => e.startsWith('ck_'))) state.cultureKidsRevision += 1;
    },
    openReservation(state, action: PayloadAction<string>) {
      state.selectedReservationId = action.payload;
    },
    closeReservation(state) {
      state.selectedReservationId = null;
    },
    setReservationFilter(state, action: PayloadAction<ReservationFilter>) {
      state.reservationFilter = action.payload;
    },
    moveBookingCalendar(state, action: PayloadAction<Partial<BookingCalendarPlace>>) {
      state.bookingCalendar = { ...state.bookingCalendar, ...action.payload };
    },
    askSignOut(state, action: PayloadAction<boolean>) {
      state.signOutAsked = action.payload;
    },
    announce(state, action: PayloadAction<{ key: string; params?: Record<string, string | number> }>) {
      state.announcement = { seq: (state.announcement?.seq ?? 0) + 1, key: action.payload.key, params: action.payload.params ?? {} };
    },
  },
});

export const {
  showView,
  openApplication,
  openCustomer,
  closeApplication,
  setSuggestionsOpen,
  setFilter,
  entitiesChanged,
  announce,
  askSignOut,
  openReservation,
  closeReservation,
  setReservationFilter,
  moveBookingCalendar,
} = uiSlice.actions;
