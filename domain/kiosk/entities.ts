import { z } from 'zod';
import { StorableText } from '../text.ts';
import { BypassAttempt } from './heartbeat.ts';
import { KIOSK_PHASE_NAMES } from './session.ts';
import { KioskSchedule } from './schedule.ts';

/**
 * The records sync carries for the kiosk: the terminals (the staff fleet view) and the public
 * events a kiosk shows. A terminal's id is its central user's id. Instants are ISO 8601 UTC.
 */
const Id = StorableText.min(1, 'An id cannot be empty.');
const UtcInstant = z.iso.datetime({ message: 'Expected an ISO 8601 instant in UTC, ending in Z.' });
const Trilingual = z.object({ fi: StorableText, sv: StorableText, en: StorableText });

/** What the terminal last reported, stamped with when the central received it (its own clock may be wrong). */
export const KioskLastHeartbeat = z.object({
  receivedAt: UtcInstant,
  phase: z.enum(KIOSK_PHASE_NAMES),
  inUse: z.boolean(),
  lastResetAt: UtcInstant.nullable(),
  appVersion: z.string().min(1).max(50),
  /** Attempts in that heartbeat; the list keeps the first ones. */
  bypassCount: z.number().int().nonnegative(),
  bypassAttempts: z.array(BypassAttempt),
});
export type KioskLastHeartbeat = z.infer<typeof KioskLastHeartbeat>;

export const KioskTerminal = z.object({
  id: Id,
  name: StorableText.min(1).max(200),
  servicePointId: Id,
  schedule: KioskSchedule,
  lastHeartbeat: KioskLastHeartbeat.nullable(),
  /** A staff member asked for a restart; the kiosk restarts when idle and acknowledges it. */
  restartRequestedAt: UtcInstant.nullable(),
  restartRequestedBy: Id.nullable(),
  restartAcknowledgedAt: UtcInstant.nullable(),
  /**
   * Its service point's rolling median help time today in minutes, stamped by the central at each
   * heartbeat (domain/help-queue/help-time.ts): the kiosk's public ticket rows carry no help
   * times. Null before anyone was helped today; absent before the first heartbeat.
   */
  helpMinMedian: z.number().nonnegative().nullable().optional(),
});
export type KioskTerminal = z.infer<typeof KioskTerminal>;

/** Whether a restart was asked for and not yet carried out. */
export function restartPending(t: Pick<KioskTerminal, 'restartRequestedAt' | 'restartAcknowledgedAt'>): boolean {
  if (t.restartRequestedAt === null) return false;
  return t.restartAcknowledgedAt === null || Date.parse(t.restartAcknowledgedAt) < Date.parse(t.restartRequestedAt);
}

/** A public event at a service point ("today's events": story time, language café …). */
export const KioskEvent = z
  .object({
    id: Id,
    servicePointId: Id,
    title: Trilingual,
    startsAt: UtcInstant,
    endsAt: UtcInstant,
    place: StorableText.max(200),
    description: Trilingual,
  })
  .refine((e) => Date.parse(e.endsAt) > Date.parse(e.startsAt), { message: 'An event ends after it starts.', path: ['endsAt'] });
export type KioskEvent = z.infer<typeof KioskEvent>;

/** Sync scopes of the kiosk entities (domain/roles.ts SCOPES), both split by service point. */
export const KIOSK_SCOPES = { public: 'kiosk.public', fleet: 'kiosk.fleet' } as const;

export const KIOSK_ENTITIES = {
  kiosk_terminal: { schema: KioskTerminal, scope: KIOSK_SCOPES.fleet, partitionBy: 'servicePointId' },
  kiosk_event: { schema: KioskEvent, scope: KIOSK_SCOPES.public, partitionBy: 'servicePointId' },
} as const satisfies Record<string, { schema: z.ZodType; scope: string; partitionBy: string }>;

export type KioskEntityName = keyof typeof KIOSK_ENTITIES;
export type KioskEntityRecord = { [E in KioskEntityName]: z.infer<(typeof KIOSK_ENTITIES)[E]['schema']> };
