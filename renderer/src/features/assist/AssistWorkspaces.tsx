import './assist.css';

/** The Assistance workspace's views, one chunk: the shell opens each from the side navigation. */
export { QueueWorkspace as AsQueueWorkspace } from './QueueWorkspace.tsx';
export { SessionsWorkspace as AsSessionsWorkspace } from './SessionsWorkspace.tsx';
export { AppointmentsWorkspace as AsAppointmentsWorkspace } from './AppointmentsWorkspace.tsx';
export { ReportsWorkspace as AsReportsWorkspace } from './ReportsWorkspace.tsx';
