import type { CommandType } from '../domain/workspaces.ts';
import { BERTH_COMMANDS } from '../domain/berths/commands.ts';
import { MASTER_DATA_COMMANDS } from '../domain/berths/master-data-commands.ts';
import { RENEWAL_COMMANDS } from '../domain/berths/renewal-commands.ts';
import { MESSAGE_COMMANDS } from '../domain/berths/message-commands.ts';
import { WINTER_COMMANDS } from '../domain/berths/winter-commands.ts';
import { BOAT_CERTIFICATE_COMMANDS } from '../domain/berths/boat-certificate-commands.ts';
import { CUSTOMER_ERASURE_COMMANDS } from '../domain/berths/customer-erasure-commands.ts';
import { PAYMENT_ISSUE_COMMANDS } from '../domain/berths/payment-issue-commands.ts';
import { BOOKING_COMMANDS } from '../domain/bookings/commands.ts';
import { AUDIT_COMMANDS } from '../domain/audit/commands.ts';
import { CULTURE_KIDS_COMMANDS } from '../domain/culture-kids/commands.ts';
import { ASSIST_COMMANDS } from '../domain/assist/commands.ts';
import { KIOSK_COMMANDS } from '../domain/kiosk/commands.ts';
import type { CommandHandler } from './sync/handler.ts';
import { berthCommandHandler } from './berths/command-handler.ts';
import { masterDataCommandHandler } from './berths/master-data-handler.ts';
import { renewalCommandHandler } from './berths/renewal-handler.ts';
import { messageCommandHandler } from './berths/message-handler.ts';
import { winterCommandHandler } from './berths/winter-handler.ts';
import { boatCertificateCommandHandler } from './berths/boat-certificate-handler.ts';
import { customerErasureCommandHandler } from './berths/customer-erasure-handler.ts';
import { paymentIssueCommandHandler } from './berths/payment-issue-handler.ts';
import { bookingCommandHandler } from './bookings/command-handler.ts';
import { auditCommandHandler } from './audit/command-handler.ts';
import { cultureKidsCommandHandler } from './culture-kids/command-handler.ts';
import { assistCommandHandler } from './assist/command-handler.ts';
import { kioskCommandHandler } from './kiosk/command-handler.ts';

/** Which central handler decides each command type. A new workspace adds its handler here. */
export const COMMAND_HANDLERS: Record<CommandType, CommandHandler> = Object.fromEntries([
  ...Object.keys(BERTH_COMMANDS).map((type) => [type, berthCommandHandler] as const),
  ...Object.keys(MASTER_DATA_COMMANDS).map((type) => [type, masterDataCommandHandler] as const),
  ...Object.keys(RENEWAL_COMMANDS).map((type) => [type, renewalCommandHandler] as const),
  ...Object.keys(MESSAGE_COMMANDS).map((type) => [type, messageCommandHandler] as const),
  ...Object.keys(WINTER_COMMANDS).map((type) => [type, winterCommandHandler] as const),
  ...Object.keys(BOAT_CERTIFICATE_COMMANDS).map((type) => [type, boatCertificateCommandHandler] as const),
  ...Object.keys(CUSTOMER_ERASURE_COMMANDS).map((type) => [type, customerErasureCommandHandler] as const),
  ...Object.keys(PAYMENT_ISSUE_COMMANDS).map((type) => [type, paymentIssueCommandHandler] as const),
  ...Object.keys(BOOKING_COMMANDS).map((type) => [type, bookingCommandHandler] as const),
  ...Object.keys(AUDIT_COMMANDS).map((type) => [type, auditCommandHandler] as const),
  ...Object.keys(CULTURE_KIDS_COMMANDS).map((type) => [type, cultureKidsCommandHandler] as const),
  ...Object.keys(ASSIST_COMMANDS).map((type) => [type, assistCommandHandler] as const),
  ...Object.keys(KIOSK_COMMANDS).map((type) => [type, kioskCommandHandler] as const),
]) as Record<CommandType, CommandHandler>;
