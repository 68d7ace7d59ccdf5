import { z } from 'zod';
import { KIOSK_PHASE_NAMES } from './session.ts';

/**
 * What a kiosk tells the central every little while (Libki's client telemetry is the model:
 * REGISTERNODE, BYPASS). It holds no customer data: a phase, counts and times only.
 */
export const BYPASS_KINDS = [
  /** A navigation outside the allowlist (a typed or injected URL, a link to another site). */
  'blocked_navigation',
  /** window.open or target=_blank. */
  'popup',
  'download',
  /** F12, Ctrl+Shift+I and the other devtools chords. */
  'devtools_chord',
  /** Reload, close, print, zoom and the other browser shortcuts a kiosk swallows. */
  'blocked_shortcut',
  'admin_pin_failed',
] as const;
export const BypassKind = z.enum(BYPASS_KINDS);
export type BypassKind = z.infer<typeof BypassKind>;

const Instant = z.iso.datetime({ message: 'Expected an ISO 8601 instant in UTC, ending in Z.' });

export const BypassAttempt = z.object({ at: Instant, kind: BypassKind });
export type BypassAttempt = z.infer<typeof BypassAttempt>;

/** A burst (someone hammering F12) is summed up by the count; the list keeps the first ones. */
export const MAX_BYPASS_ATTEMPTS_LISTED = 50;

export const Heartbeat = z
  .object({
    kioskId: z.string().min(1).max(100),
    sentAt: Instant,
    version: z.string().min(1).max(50),
    phase: z.enum(KIOSK_PHASE_NAMES),
    inUse: z.boolean(),
    /** The end of the last wipe; null before the first one since the app started. */
    lastResetAt: Instant.nullable(),
    /** Attempts since the previous heartbeat the central acknowledged. */
    bypassAttemptCount: z.number().int().nonnegative(),
    bypassAttempts: z.array(BypassAttempt).max(MAX_BYPASS_ATTEMPTS_LISTED),
    /**
     * The restart request this kiosk carried out since its last heartbeat: the request's
     * `restartRequestedAt` as its terminal row gave it (the central's clock, so a wrong kiosk
     * clock cannot confuse it). Absent when it restarted for no request, or not at all.
     */
    restartedFor: Instant.optional(),
  })
  .refine((h) => h.bypassAttempts.length <= h.bypassAttemptCount, { message: 'More bypass attempts listed than counted.', path: ['bypassAttempts'] });
export type Heartbeat = z.infer<typeof Heartbeat>;
