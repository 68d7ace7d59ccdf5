import type { CommandType } from '../domain/workspaces.ts';
import { BERTH_COMMANDS } from '../domain/berths/commands.ts';
import { BOOKING_COMMANDS } from '../domain/bookings/commands.ts';
import { AUDIT_COMMANDS } from '../domain/audit/commands.ts';
import { CULTURE_KIDS_COMMANDS } from '../domain/culture-kids/commands.ts';
import { ASSIST_COMMANDS } from '../domain/assist/commands.ts';
import type { CommandHandler } from './sync/handler.ts';
import { berthCommandHandler } from './berths/command-handler.ts';
import { bookingCommandHandler } from './bookings/command-handler.ts';
import { auditCommandHandler } from './audit/command-handler.ts';
import { cultureKidsCommandHandler } from './culture-kids/command-handler.ts';
import { assistCommandHandler } from './assist/command-handler.ts';

/** Which central handler decides each command type. A new workspace adds its handler here. */
export const COMMAND_HANDLERS: Record<CommandType, CommandHandler> = Object.fromEntries([
  ...Object.keys(BERTH_COMMANDS).map((type) => [type, berthCommandHandler] as const),
  ...Object.keys(BOOKING_COMMANDS).map((type) => [type, bookingCommandHandler] as const),
  ...Object.keys(AUDIT_COMMANDS).map((type) => [type, auditCommandHandler] as const),
  ...Object.keys(CULTURE_KIDS_COMMANDS).map((type) => [type, cultureKidsCommandHandler] as const),
  ...Object.keys(ASSIST_COMMANDS).map((type) => [type, assistCommandHandler] as const),
]) as Record<CommandType, CommandHandler>;
