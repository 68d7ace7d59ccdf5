import type { Language } from '../../../../domain/languages.ts';
import { parseInstant, toWallClock } from '../../../../domain/wall-clock.ts';
import { clockFor } from '../../calendar/time-grid.ts';
import { INTL_LOCALE } from '../../format/locale.ts';

/** An instant's Helsinki time of day as the user writes it: 14.05 in Finnish, 14:05 otherwise. */
export function timeOf(iso: string, lang: Language): string {
  return clockFor(toWallClock(parseInstant(iso)).minutes, lang);
}

/** A day with its weekday, short: "ma 7.12." in Finnish. */
export function weekdayLabel(date: string, lang: Language): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { weekday: 'short', day: 'numeric', month: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * Whole minutes from an instant to the screen's clock, never below 0: the clock ticks now and then
 * (useNow), so an instant just recorded can be a moment ahead of it.
 */
export function minutesSince(iso: string, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - parseInstant(iso)) / 60_000));
}
