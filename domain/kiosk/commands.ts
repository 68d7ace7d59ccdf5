import { z } from 'zod';
import { StorableText } from '../text.ts';
import { KioskSchedule } from './schedule.ts';

/**
 * Staff commands on the terminal fleet (permission kiosk.fleet, checked per service point by the
 * central). The heartbeat is no command: it is a route (central/kiosk/heartbeat-route.ts).
 */
const TerminalId = StorableText.min(1, 'An id cannot be empty.').max(100);

export const RequestRestartPayload = z.object({ terminalId: TerminalId });
export const SetSchedulePayload = z.object({ terminalId: TerminalId, schedule: KioskSchedule });

export const KIOSK_COMMANDS = {
  'kiosk.requestRestart': { payload: RequestRestartPayload, permission: 'kiosk.fleet', versioned: false },
  'kiosk.setSchedule': { payload: SetSchedulePayload, permission: 'kiosk.fleet', versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: string; versioned: boolean }>;

export type KioskCommandType = keyof typeof KIOSK_COMMANDS;
export type KioskCommandPayload<T extends KioskCommandType> = z.infer<(typeof KIOSK_COMMANDS)[T]['payload']>;
