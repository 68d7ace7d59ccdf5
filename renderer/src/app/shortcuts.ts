/** True when a key press belongs to a text field, so single-key shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** A modal dialog owns the keyboard while it is open. */
export const dialogOpen = (): boolean => document.querySelector('[role="dialog"][aria-modal="true"]') !== null;

export interface Shortcut {
  keys: readonly string[];
  /** An i18n key. */
  action: string;
  /** Any one of the keys; otherwise the keys are pressed together. */
  either?: boolean;
}

/** The split view's handle (components/SplitView.tsx): the keys work while the handle has focus. */
const SPLIT_HANDLE: readonly Shortcut[] = [
  { keys: ['←', '→'], action: 'help.resizePanel', either: true },
  { keys: ['Home', 'End'], action: 'help.resizePanelEnds', either: true },
];

const LIST_PAGES: Record<'applications' | 'harbours', { intro: string; shortcuts: readonly Shortcut[] }> = {
  applications: {
    intro: 'help.pageApplications',
    shortcuts: [
      { keys: ['?'], action: 'help.openHelp' },
      { keys: ['/'], action: 'help.search' },
      { keys: ['↑', '↓'], action: 'help.moveRows', either: true },
      { keys: ['←', '→'], action: 'help.moveColumns', either: true },
      { keys: ['Enter'], action: 'help.openRow' },
      { keys: ['Esc'], action: 'help.escape' },
      ...SPLIT_HANDLE,
      { keys: ['Tab'], action: 'help.nextArea' },
      { keys: ['Shift', 'Tab'], action: 'help.previousArea' },
    ],
  },
  harbours: {
    intro: 'help.pageHarbours',
    shortcuts: [
      { keys: ['?'], action: 'help.openHelp' },
      { keys: ['/'], action: 'help.searchHarbours' },
      { keys: ['↑', '↓'], action: 'help.moveHarbourRows', either: true },
      { keys: ['←', '→'], action: 'help.moveColumns', either: true },
      { keys: ['Enter'], action: 'help.openHarbour' },
      { keys: ['Esc'], action: 'help.escapeHarbour' },
      ...SPLIT_HANDLE,
      { keys: ['Tab'], action: 'help.nextAreaHarbours' },
      { keys: ['Shift', 'Tab'], action: 'help.previousArea' },
    ],
  },
};

/** The booking lists (the queue has no search box of its own). */
const BOOKING_LIST: readonly Shortcut[] = [
  { keys: ['↑', '↓'], action: 'bookings.help.moveRows', either: true },
  { keys: ['←', '→'], action: 'help.moveColumns', either: true },
  { keys: ['Enter'], action: 'bookings.help.openRow' },
  { keys: ['Esc'], action: 'bookings.help.escape' },
  ...SPLIT_HANDLE,
  { keys: ['Tab'], action: 'help.nextAreaGeneric' },
  { keys: ['Shift', 'Tab'], action: 'help.previousArea' },
];

/** The shared calendar's keys (renderer/src/calendar/CalendarGrid.tsx). */
const CALENDAR: readonly Shortcut[] = [
  { keys: ['←', '→', '↑', '↓'], action: 'bookings.help.moveSlots', either: true },
  { keys: ['Shift', '←/→'], action: 'bookings.help.extendSlots' },
  { keys: ['Enter', 'Space'], action: 'bookings.help.chooseSlot', either: true },
  { keys: ['Home', 'End'], action: 'bookings.help.firstLastSlot', either: true },
  { keys: ['Esc'], action: 'bookings.help.clearSelection' },
];

const BOOKING_PAGES: Record<'bookingQueue' | 'bookingList' | 'bookingCalendar', { intro: string; shortcuts: readonly Shortcut[] }> = {
  bookingQueue: { intro: 'bookings.help.pageQueue', shortcuts: [{ keys: ['?'], action: 'help.openHelp' }, ...BOOKING_LIST] },
  bookingList: { intro: 'bookings.help.pageList', shortcuts: [{ keys: ['?'], action: 'help.openHelp' }, { keys: ['/'], action: 'bookings.help.search' }, ...BOOKING_LIST] },
  bookingCalendar: {
    intro: 'bookings.help.pageCalendar',
    shortcuts: [{ keys: ['?'], action: 'help.openHelp' }, ...CALENDAR, { keys: ['Tab'], action: 'help.nextAreaGeneric' }, { keys: ['Shift', 'Tab'], action: 'help.previousArea' }],
  },
};

/** The Culture Kids pages (renderer/src/features/culture-kids). */
const CULTURE_KIDS_PAGES: Record<'ckRegistry' | 'ckCheckIn', { intro: string; shortcuts: readonly Shortcut[] }> = {
  ckRegistry: { intro: 'cultureKids.help.pageRegistry', shortcuts: [{ keys: ['?'], action: 'help.openHelp' }, { keys: ['/'], action: 'cultureKids.help.search' }, ...BOOKING_LIST] },
  ckCheckIn: {
    intro: 'cultureKids.help.pageCheckIn',
    shortcuts: [
      { keys: ['?'], action: 'help.openHelp' },
      { keys: ['/'], action: 'cultureKids.help.ticketField' },
      { keys: ['Enter'], action: 'cultureKids.help.verifyTicket' },
      { keys: ['Tab'], action: 'help.nextAreaGeneric' },
      { keys: ['Shift', 'Tab'], action: 'help.previousArea' },
    ],
  },
};

/** The Assistance pages (renderer/src/features/assist): one-letter keys while not typing. */
const ASSIST_TIMER: Shortcut = { keys: ['T'], action: 'assist.help.timer' };
const ASSIST_PAGES: Record<'asQueue' | 'asSessions' | 'asAppointments', { intro: string; shortcuts: readonly Shortcut[] }> = {
  asQueue: {
    intro: 'assist.help.pageQueue',
    shortcuts: [
      { keys: ['?'], action: 'help.openHelp' },
      { keys: ['N'], action: 'assist.help.callNext' },
      { keys: ['S'], action: 'assist.help.start' },
      { keys: ['R'], action: 'assist.help.recall' },
      { keys: ['F'], action: 'assist.help.finish' },
      { keys: ['I'], action: 'assist.help.issue' },
      ASSIST_TIMER,
      { keys: ['Tab'], action: 'help.nextAreaGeneric' },
      { keys: ['Shift', 'Tab'], action: 'help.previousArea' },
    ],
  },
  asSessions: { intro: 'assist.help.pageSessions', shortcuts: [{ keys: ['?'], action: 'help.openHelp' }, ASSIST_TIMER, { keys: ['Tab'], action: 'help.nextAreaGeneric' }, { keys: ['Shift', 'Tab'], action: 'help.previousArea' }] },
  asAppointments: { intro: 'assist.help.pageAppointments', shortcuts: [{ keys: ['?'], action: 'help.openHelp' }, ASSIST_TIMER, ...CALENDAR, { keys: ['Tab'], action: 'help.nextAreaGeneric' }, { keys: ['Shift', 'Tab'], action: 'help.previousArea' }] },
};

/** Pages without list shortcuts of their own (the conflict inbox, the empty-role page). */
const GENERAL = {
  intro: 'help.pageOther',
  shortcuts: [
    { keys: ['?'], action: 'help.openHelp' },
    { keys: ['Esc'], action: 'help.escapeDialog' },
    { keys: ['Tab'], action: 'help.nextAreaGeneric' },
    { keys: ['Shift', 'Tab'], action: 'help.previousArea' },
  ],
} as const satisfies { intro: string; shortcuts: readonly Shortcut[] };

/** Everywhere (app/use-screen-lock.ts). */
const LOCK: Shortcut = { keys: ['Ctrl', 'Shift', 'L'], action: 'help.lockScreen' };

/** What the help dialog lists on a page, in its order; `view` is the page the user is on. */
export function shortcutsFor(view: string | undefined): { intro: string; shortcuts: readonly Shortcut[] } {
  const page = pageShortcuts(view);
  return { ...page, shortcuts: [...page.shortcuts, LOCK] };
}

function pageShortcuts(view: string | undefined): { intro: string; shortcuts: readonly Shortcut[] } {
  if (view === 'applications' || view === 'harbours') return LIST_PAGES[view];
  if (view === 'bookingQueue' || view === 'bookingList' || view === 'bookingCalendar') return BOOKING_PAGES[view];
  if (view === 'ckRegistry' || view === 'ckCheckIn') return CULTURE_KIDS_PAGES[view];
  if (view === 'asQueue' || view === 'asSessions' || view === 'asAppointments') return ASSIST_PAGES[view];
  return GENERAL;
}
