import { DEFAULT_KIOSK_TIMING, type KioskTiming } from '../../../../domain/kiosk/session.ts';

/**
 * The kiosk's timing as whoever starts the terminal configures it: query parameters on the start
 * address (`kioskIdleMs`, `kioskWarningMs`), read once when the page loads. A customer cannot
 * reach the address bar of a locked kiosk; the end-to-end tests shorten the idle wait this way.
 * Anything missing or not a sane number keeps the default.
 */
export const TIMING_PARAMS = { idleAfterMs: 'kioskIdleMs', warningMs: 'kioskWarningMs' } as const;

/** Below these the kiosk would wipe a customer mid-sentence; tests stay above them too. */
const MIN_MS = { idleAfterMs: 1_000, warningMs: 1_000 } as const;
const MAX_MS = 60 * 60_000;

export function kioskTimingFrom(search: string, base: KioskTiming = DEFAULT_KIOSK_TIMING): KioskTiming {
  const params = new URLSearchParams(search);
  const timing = { ...base };
  for (const field of ['idleAfterMs', 'warningMs'] as const) {
    const raw = params.get(TIMING_PARAMS[field]);
    if (raw === null || !/^\d{1,9}$/.test(raw)) continue;
    const ms = Number(raw);
    if (ms >= MIN_MS[field] && ms <= MAX_MS) timing[field] = ms;
  }
  return timing;
}

/**
 * The admin PIN as the terminal's configuration holds it: the SHA-256 (hex) of
 * `kuva-kiosk-pin:<PIN>` in `kioskPinSha256`, never the PIN itself. Without it the admin screen
 * cannot be unlocked at all.
 */
export const PIN_PARAM = 'kioskPinSha256';

export function adminPinHashFrom(search: string): string | null {
  const raw = new URLSearchParams(search).get(PIN_PARAM);
  return raw && /^[0-9a-f]{64}$/i.test(raw) ? raw.toLowerCase() : null;
}

export async function pinHash(pin: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`kuva-kiosk-pin:${pin}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
