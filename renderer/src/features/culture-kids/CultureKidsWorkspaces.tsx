import '../../styles/bookings.css';
import './culture-kids.css';

/** The Culture Kids workspace's views, one chunk: the shell opens each from the side navigation. */
export { RegistryWorkspace as CkRegistryWorkspace } from './RegistryWorkspace.tsx';
export { ProgramWorkspace as CkProgramWorkspace } from './ProgramWorkspace.tsx';
export { CheckInWorkspace as CkCheckInWorkspace } from './CheckInWorkspace.tsx';
export { MessagesWorkspace as CkMessagesWorkspace } from './MessagesWorkspace.tsx';
export { ReportsWorkspace as CkReportsWorkspace } from './ReportsWorkspace.tsx';
