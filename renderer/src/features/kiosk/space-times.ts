import type { FreeSpan } from '../../../../domain/kiosk/contract.ts';
import { toIsoInstant, toWallClock } from '../../../../domain/wall-clock.ts';

/**
 * The times a customer may pick for a space booking request, from the space's free spans: starts
 * on the unit's start grid (counted from Helsinki midnight), and lengths from its shortest to its
 * longest that still fit the free span. The central decides the request on every rule anyway; this
 * only keeps the choice to times that can succeed.
 */
export interface SpaceRules {
  minDurationMin: number;
  maxDurationMin: number;
  startIntervalMin: number;
}

const MINUTE = 60_000;
/** A day's starts are listed at most this many, so a 24-hour span on a 15-minute grid stays usable. */
const MAX_STARTS = 48;

export function requestStarts(free: readonly FreeSpan[], rules: SpaceRules, nowMs: number): string[] {
  const step = Math.max(5, rules.startIntervalMin || 30);
  const shortest = Math.max(step, rules.minDurationMin || step);
  const starts: string[] = [];
  for (const span of free) {
    const spanEnd = Date.parse(span.endsAt);
    // Whole minutes, then up to the next step of the grid.
    let t = Math.ceil(Math.max(Date.parse(span.beginsAt), nowMs) / MINUTE) * MINUTE;
    t += ((step - (toWallClock(t).minutes % step)) % step) * MINUTE;
    for (; t + shortest * MINUTE <= spanEnd && starts.length < MAX_STARTS; t += step * MINUTE) starts.push(toIsoInstant(t));
  }
  return starts;
}

/** Lengths in minutes a request starting at `start` may have, inside the free span that holds it. */
export function requestDurations(free: readonly FreeSpan[], rules: SpaceRules, start: string): number[] {
  const s = Date.parse(start);
  const span = free.find((f) => Date.parse(f.beginsAt) <= s && s < Date.parse(f.endsAt));
  if (!span) return [];
  const step = Math.max(5, rules.startIntervalMin || 30);
  const shortest = Math.max(step, rules.minDurationMin || step);
  const longest = Math.min(rules.maxDurationMin || shortest, (Date.parse(span.endsAt) - s) / MINUTE);
  const out: number[] = [];
  for (let d = shortest; d <= longest; d += step) out.push(d);
  return out;
}
