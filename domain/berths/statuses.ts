/**
 * The application and lease state machines the deciders and the client use. The tables live in
 * application-machine.ts and lease-machine.ts (brief section 3); the central enforces them on every
 * command, the client uses them to disable actions that cannot succeed, offline included.
 */
export { canMoveApplication, canMoveApplicationVia } from './application-machine.ts';
export { ACTIVE_LEASE_STATUSES, canDeleteLease, canMoveLease, canTerminateLease, isActiveLease } from './lease-machine.ts';
