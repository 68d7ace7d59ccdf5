import type { DownloadWork } from './download-work.ts';

/**
 * The first download's progress: rows received against the total the central announced, and an
 * estimate of the time left that says nothing until it has something to go on. Pure: the sync
 * engine feeds it counts and clock readings, the renderer shows what it returns.
 */

export interface DownloadProgress {
  /** Change lines received and written so far. */
  received: number;
  /** Change lines the download holds (the stream's start line); null from a central that does not say. */
  total: number | null;
  /** `finishing`: every row is in, the cache builds its indexes and stores the cursor. */
  phase: 'receiving' | 'finishing';
  /** The estimate of the time left, whole seconds; null while there is too little to go on. */
  secondsLeft: number | null;
}

/** No estimate before this share of the work is in… */
export const MIN_SHARE = 0.05;
/** …nor before the rate has been counted this long past the warm-up (download-work.ts). */
export const MIN_RATE_MS = 1000;
/**
 * After the last row the cache rebuilds the indexes it set aside for the download (in one go,
 * which is why the rows go in fast). That takes about this share of the time the rows took, so the
 * estimate counts it too: "5 s left" means until the data is ready, not until the last byte.
 * The grid bench's sign-in reports the share it sees (bench/grid-figures.ts): 0.14 for 97,113
 * rows (20,000 applications, 2026-12-03), 0.20–0.24 for 502,139 (100,000 applications, every run
 * since; the indexes grow faster than the rows). Of the two the larger: an estimate too short
 * reads as a lie, one a little long as caution.
 */
export const FINISHING_SHARE = 0.2;

/** The start of a download: the total as announced (null when it was not), nothing received yet. */
export function downloadStarted(total: number | null): DownloadProgress {
  return { received: 0, total, phase: 'receiving', secondsLeft: null };
}

/**
 * The progress after `received` rows in all and `work` done, at `now` (ms since the epoch). The
 * total never shows less than what came (a central that miscounted).
 */
export function downloadAdvanced(progress: DownloadProgress, received: number, work: DownloadWork, now: number): DownloadProgress {
  const total = progress.total === null ? null : Math.max(progress.total, received);
  return { ...progress, received, total, secondsLeft: estimateSecondsLeft(work, now) };
}

/**
 * Every row is in (`count`, the end line's): the total becomes what the download really held (rows
 * changed meanwhile come with the next pull instead), and what is left is the finishing.
 */
export function downloadFinishing(progress: DownloadProgress, count: number): DownloadProgress {
  return { ...progress, received: count, total: count, phase: 'finishing', secondsLeft: null };
}

/**
 * The time left: the work still to come at the rate since the warm-up mark, plus the finishing
 * share of the whole. Null without a total, or with too little to go on.
 */
export function estimateSecondsLeft(work: DownloadWork, now: number): number | null {
  const { total, done, mark } = work;
  if (total === null || total <= 0 || mark === null) return null;
  const spanMs = now - mark.at;
  const gained = done - mark.done;
  if (!(spanMs >= MIN_RATE_MS) || gained <= 0 || done < total * MIN_SHARE) return null;
  const perSecond = gained / (spanMs / 1000);
  const seconds = (Math.max(0, total - done) + FINISHING_SHARE * total) / perSecond;
  return Math.max(1, Math.ceil(seconds));
}

/**
 * How the time left reads: whole seconds up to ten, then up to the next 5 s, from a minute on
 * whole minutes; always rounded up (an estimate that runs out before the work does reads as a lie).
 */
export function timeLeftParts(seconds: number): { unit: 'seconds' | 'minutes'; value: number } {
  const s = Math.max(1, Math.ceil(seconds));
  if (s <= 10) return { unit: 'seconds', value: s };
  const fives = Math.ceil(s / 5) * 5;
  if (fives < 60) return { unit: 'seconds', value: fives };
  return { unit: 'minutes', value: Math.ceil(s / 60) };
}
