/** The customer's tasks on the home screen, in tile order. */
export const KIOSK_TASKS = ['ticket', 'helpTime', 'today', 'request', 'staff'] as const;
export type KioskTask = (typeof KIOSK_TASKS)[number];
