import '../../styles/bookings.css';

/** The bookings workspace's views, one chunk: the shell opens each from the side navigation. */
export { QueueWorkspace as BookingQueueWorkspace } from './QueueWorkspace.tsx';
export { ReservationListWorkspace as BookingListWorkspace } from './ReservationListWorkspace.tsx';
export { CalendarWorkspace as BookingCalendarWorkspace } from './CalendarWorkspace.tsx';
export { CaughtMessages as CaughtMessagesView } from './CaughtMessages.tsx';
