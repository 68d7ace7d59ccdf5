import type { z } from 'zod';
import type { Permission, Scope } from './roles.ts';
import { BERTH_ENTITIES } from './berths/entities.ts';
import { BERTH_COMMANDS } from './berths/commands.ts';
import { MASTER_DATA_COMMANDS } from './berths/master-data-commands.ts';
import { RENEWAL_COMMANDS } from './berths/renewal-commands.ts';
import { MESSAGE_COMMANDS } from './berths/message-commands.ts';
import { WINTER_COMMANDS } from './berths/winter-commands.ts';
import { BOAT_CERTIFICATE_COMMANDS } from './berths/boat-certificate-commands.ts';
import { CUSTOMER_ERASURE_COMMANDS } from './berths/customer-erasure-commands.ts';
import { PAYMENT_ISSUE_COMMANDS } from './berths/payment-issue-commands.ts';
import { BOOKING_ENTITIES } from './bookings/entities.ts';
import { BOOKING_COMMANDS } from './bookings/commands.ts';
import { AUDIT_COMMANDS } from './audit/commands.ts';
import { CULTURE_KIDS_ENTITIES } from './culture-kids/entities.ts';
import { CULTURE_KIDS_COMMANDS } from './culture-kids/commands.ts';
import { ASSIST_ENTITIES } from './assist/entities.ts';
import { ASSIST_COMMANDS } from './assist/commands.ts';
import { KIOSK_ENTITIES } from './kiosk/entities.ts';
import { KIOSK_COMMANDS } from './kiosk/commands.ts';

/**
 * The one place a workspace plugs into sync: its synced entities (with their scope) and its
 * commands (with payload schema and permission). Adding a workspace = adding its two maps here.
 */
export const ENTITIES = { ...BERTH_ENTITIES, ...BOOKING_ENTITIES, ...CULTURE_KIDS_ENTITIES, ...ASSIST_ENTITIES, ...KIOSK_ENTITIES } as const satisfies Record<
  string,
  { schema: z.ZodType; scope: Scope; partitionBy?: string; downloadCost?: number }
>;
export type EntityName = keyof typeof ENTITIES;
export const ENTITY_NAMES = Object.keys(ENTITIES) as EntityName[];

export const COMMANDS = { ...BERTH_COMMANDS, ...MASTER_DATA_COMMANDS, ...RENEWAL_COMMANDS, ...MESSAGE_COMMANDS, ...WINTER_COMMANDS, ...BOAT_CERTIFICATE_COMMANDS, ...CUSTOMER_ERASURE_COMMANDS, ...PAYMENT_ISSUE_COMMANDS, ...BOOKING_COMMANDS, ...AUDIT_COMMANDS, ...CULTURE_KIDS_COMMANDS, ...ASSIST_COMMANDS, ...KIOSK_COMMANDS } as const satisfies Record<
  string,
  { payload: z.ZodType; permission: Permission; versioned: boolean }
>;
export type CommandType = keyof typeof COMMANDS;
export const COMMAND_TYPES = Object.keys(COMMANDS) as CommandType[];

export function isCommandType(value: string): value is CommandType {
  return Object.hasOwn(COMMANDS, value);
}

/** The field of an entity's record that names its unit, when its scope is partitioned by unit. */
export function partitionField(entity: EntityName): string | null {
  const spec = ENTITIES[entity];
  return 'partitionBy' in spec ? spec.partitionBy : null;
}
