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
 * Set on the address the page reloads itself to for a restart staff asked for, so the fresh page
 * tells the core it has restarted (which the next heartbeat reports, and the central acknowledges).
 */
export const RESTARTED_PARAM = 'kioskRestarted';

export function startedForRestart(search: string): boolean {
  return new URLSearchParams(search).get(RESTARTED_PARAM) === '1';
}

/** `href` with the restart mark set, or (`restarted` false) removed: the address bar shows it no longer than needed. */
export function withRestartMark(href: string, restarted: boolean): string {
  const url = new URL(href);
  if (restarted) url.searchParams.set(RESTARTED_PARAM, '1');
  else url.searchParams.delete(RESTARTED_PARAM);
  return url.toString();
}
