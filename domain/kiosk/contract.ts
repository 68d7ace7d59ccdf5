import { z } from 'zod';
import { TypedEmail, TypedPhone } from '../contact-address.ts';
import { Language, type Localized } from '../languages.ts';
import { StorableText } from '../text.ts';
import { BypassKind, type BypassAttempt } from './heartbeat.ts';
import type { FleetRow } from './fleet-status.ts';
import { KioskSchedule } from './schedule.ts';
import { KIOSK_PHASE_NAMES } from './session.ts';

/**
 * The kiosk's part of the renderer contract (domain/contract.ts spreads it in): what a customer
 * terminal shows (public data only, read from the kiosk's projected cache), the state of what the
 * customer just asked for, the core side of a customer wipe, and the staff fleet view. The
 * customer's commands (assist.issueTicket, assist.bookAppointment, assist.requestHelp,
 * bookings.requestReservation) go through the generic invoke path and answer a commandId, which
 * `kiosk.ticket` and `kiosk.request` follow.
 */

// ---------- view models ----------

export interface KioskServicePoint {
  id: string;
  /** Null until the service point's row has arrived: a customer is never shown its id instead. */
  name: Localized | null;
  /** The letter before its ticket numbers; null until the service point's row has arrived. */
  ticketPrefix: string | null;
  /**
   * The booking units in the same building (a building can hold more than one), whose spaces the
   * screens list first; empty when it has none or its row has not arrived.
   */
  unitIds: string[];
}

/** One of today's events at the kiosk's service point. */
export interface KioskEventItem {
  id: string;
  title: Localized;
  startsAt: string;
  endsAt: string;
  place: string | null;
  description: Localized | null;
}

export interface FreeSpan {
  beginsAt: string;
  endsAt: string;
}

/** A bookable space and its free times, day by day, from the public rows the kiosk holds. */
export interface KioskSpace {
  reservationUnitId: string;
  unitId: string;
  unitName: Localized | null;
  name: Localized;
  description: Localized | null;
  minPersons: number | null;
  maxPersons: number | null;
  minDurationMin: number;
  maxDurationMin: number;
  startIntervalMin: number;
  /** A request always waits for a handler; true says so to the customer up front. */
  requiresHandling: boolean;
  /** Today first; a day with no free time has an empty list (closed or fully booked). */
  days: { date: string; free: FreeSpan[] }[];
}

export interface KioskHelpSlot {
  calendarId: string;
  startsAt: string;
  endsAt: string;
}

export interface KioskHome {
  /** `restartRequestedAt`: the staff's restart request as the terminal row gives it (central clock), null when none. */
  terminal: { id: string; name: string | null; restartRequestedAt: string | null };
  /** null until the kiosk's service point row has arrived (first download not done). */
  servicePoint: KioskServicePoint | null;
  /** Today in Helsinki (YYYY-MM-DD). */
  today: string;
  /** Scheduled open now (domain/kiosk/schedule.ts); outside it the kiosk shows out of service. */
  scheduledOpen: boolean;
  /** Today's events, by start. */
  events: KioskEventItem[];
  /** By Finnish name; the screens split off the own building's (`servicePoint.unitIds`) and sort in the customer's language. */
  spaces: KioskSpace[];
  /** The next days with free help slots from now on (at most the days asked for, within two weeks), by day. */
  helpSlots: { date: string; slots: KioskHelpSlot[] }[];
  queue: { waiting: number; estimatedWaitMin: number | null };
  /** When the kiosk last heard from the central (null: never); offline it shows cached data. */
  lastSyncAt: string | null;
}

/**
 * A ticket the customer took. `queued`: still in the kiosk's outbox (offline: it will be numbered
 * when the line is back); `refused`: the central said no (see `refusal`); `unknown`: not a ticket
 * of the current customer (or forgotten by a wipe).
 */
export type KioskTicketPhase = 'queued' | 'waiting' | 'called' | 'in_service' | 'closed' | 'refused' | 'unknown';

export interface KioskTicketState {
  commandId: string;
  ticketId: string | null;
  phase: KioskTicketPhase;
  /** "D012" once the central has numbered it. */
  label: string | null;
  /** 1 = next to be called; null unless waiting. */
  position: number | null;
  estimatedWaitMin: number | null;
  calledAt: string | null;
  refusal: { code: string; message: string } | null;
}

/** Any other customer request (help time, help request, space booking request). */
export type KioskRequestPhase = 'queued' | 'applied' | 'refused' | 'unknown';

export interface KioskRequestState {
  commandId: string;
  commandType: string | null;
  phase: KioskRequestPhase;
  refusal: { code: string; message: string } | null;
}

/** The core's part of a customer wipe. */
export interface KioskCoreWipe {
  /** Command and row ids of the customer session that the core forgot. */
  forgotten: number;
  /** Commands still waiting to go out (they keep the request until pushed, then are gone). */
  pendingCommands: number;
  /** Rows in the kiosk's cache holding anything but public fields: always 0, checked, not assumed. */
  nonPublicRows: number;
  at: string;
}

export interface KioskStatus {
  terminalId: string;
  servicePointId: string | null;
  connection: 'online' | 'offline' | 'unknown';
  scheduledOpen: boolean;
  /** The next opening or closing, two weeks ahead at most. */
  nextChange: { at: string; opens: boolean } | null;
  /** Staff asked for a restart: the shell restarts when no customer is in. */
  restartRequested: boolean;
  lastHeartbeatAt: string | null;
  appVersion: string;
}

/** The maintenance PIN's check: `configured` false means the terminal has none, so nothing unlocks. */
export interface KioskAdminPinAnswer {
  ok: boolean;
  configured: boolean;
}

/** A kiosk in the staff fleet view (domain/kiosk/fleet-status.ts deriveFleetRow). */
export interface KioskFleetRow extends FleetRow {
  terminalId: string;
  name: string;
  servicePointId: string;
  servicePointName: Localized | null;
  schedule: KioskSchedule;
  lastHeartbeatAt: string | null;
  phase: string | null;
  bypassAttemptCount: number;
  bypassAttempts: BypassAttempt[];
  restartRequestedAt: string | null;
  restartAcknowledgedAt: string | null;
  /** Asked and not yet carried out. */
  restartPending: boolean;
  /** A command on this kiosk waits for the central. */
  pending: boolean;
}

export interface KioskFleet {
  rows: KioskFleetRow[];
  /** The instant the connection states were derived at. */
  at: string;
}

// ---------- inputs ----------

export const KIOSK_DAYS_AHEAD_MAX = 7;
const Empty = z.object({}).strict();
const Id = StorableText.min(1).max(200);
const CommandId = z.object({ commandId: z.uuid() }).strict();
const Instant = z.iso.datetime({ message: 'Expected an ISO 8601 instant in UTC, ending in Z.' });

export const KioskHomeInput = z
  .object({
    /** Days of free spaces and help slots, today included. */
    days: z.number().int().min(1).max(KIOSK_DAYS_AHEAD_MAX).default(3),
  })
  .strict();

/**
 * What the kiosk's screen (or the Electron shell) knows for the heartbeat: its phase, and bypass
 * attempts it caught. A field left out keeps what was last reported.
 */
export const KioskReportInput = z
  .object({
    phase: z.enum(KIOSK_PHASE_NAMES).optional(),
    inUse: z.boolean().optional(),
    /** The end of the last complete wipe, when this report follows one. */
    lastResetAt: Instant.nullable().optional(),
    bypassAttempts: z.array(BypassKind).max(50).default([]),
    /** The page has just started again for the staff's restart request (the browser host's restart). */
    restarted: z.boolean().optional(),
  })
  .strict();

/** What staff typed at the maintenance prompt; checked by the core against the terminal's configuration. */
export const KioskAdminPinInput = z.object({ pin: z.string().regex(/^\d{4,8}$/, 'Expected 4 to 8 digits.') }).strict();

export const KioskFleetInput = z.object({ servicePointId: Id.optional() }).strict();

/** A customer's space booking request; the core makes the reservation's id. */
export const RequestReservationInput = z
  .object({
    reservationUnitId: Id,
    beginsAt: Instant,
    endsAt: Instant,
    numPersons: z.number().int().min(1).max(10_000),
    /** It becomes the reservation's name, which the bookings decider keeps to 200 characters. */
    purpose: StorableText.trim().min(1).max(200),
    reservee: z
      .object({
        name: StorableText.trim().min(1).max(200),
        email: TypedEmail,
        phone: TypedPhone,
      })
      .strict(),
    /** The language the customer used at the kiosk: the handler answers in it. */
    language: Language.default('fi'),
  })
  .strict();

export const RequestRestartInput = z.object({ terminalId: Id }).strict();
export const SetScheduleInput = z.object({ terminalId: Id, schedule: KioskSchedule }).strict();

export const KIOSK_CONTRACT_INPUTS = {
  'kiosk.home': KioskHomeInput,
  'kiosk.ticket': CommandId,
  'kiosk.request': CommandId,
  /**
   * The core's part of the wipe. In Electron the shell also carries out its wipe plan on this
   * call (storage, cache, clipboard) and opens the attract screen in a fresh partition; in the
   * browser host the page POSTs KIOSK_HOST_WIPE_PATH instead, which runs this and clears the site.
   */
  'kiosk.wipeCustomer': Empty,
  'kiosk.status': Empty,
  'kiosk.report': KioskReportInput,
  'kiosk.checkAdminPin': KioskAdminPinInput,
  'kiosk.fleet': KioskFleetInput,
  'kiosk.requestRestart': RequestRestartInput,
  'kiosk.setSchedule': SetScheduleInput,
  'bookings.requestReservation': RequestReservationInput,
} as const;

// ---------- the browser host's wipe ----------

/**
 * POST here (with the host key, like /rpc) at the end of a customer session: the host runs the
 * core's wipe and answers `Clear-Site-Data: "cache", "cookies", "storage"`. That also clears the
 * page's copy of the host key, so the answer names the address to reload (it carries the key the
 * caller has just proved it holds): the fresh page starts with empty form state and gets the key
 * back from the address, as on first start.
 */
export const KIOSK_HOST_WIPE_PATH = '/kiosk/wipe';
export const KIOSK_CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

export interface KioskHostWipe extends KioskCoreWipe {
  /** Open this (location.replace) to finish the wipe. */
  reloadUrl: string;
  /** The wipe items (domain/kiosk/wipe.ts) the host's answer covers. */
  cleared: string[];
}
