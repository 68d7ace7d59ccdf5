import { helsinkiDateOf } from '../wall-clock.ts';
import type { WinterLease } from './winter-entities.ts';

/**
 * Stickers of unmarked winter storage (brief 2.6): one numbered series per winter, like the
 * city's per-season sequence. A number once given is never given again that winter, also after
 * a reassignment (a lost sticker), so the next number is one past the highest the winter has.
 */
export function nextStickerNumber(numbersOfWinter: readonly number[]): number {
  return numbersOfWinter.reduce((max, n) => (n > max ? n : max), 0) + 1;
}

/** Why a lease cannot get a (new) sticker number, or null: only a paid unmarked lease has a sticker. */
export function stickerProblem(lease: Pick<WinterLease, 'areaType' | 'status'>): 'not_unmarked' | 'not_paid' | null {
  if (lease.areaType !== 'unmarked') return 'not_unmarked';
  if (lease.status !== 'paid') return 'not_paid';
  return null;
}

/** Sticker letters still to print and post: paid unmarked leases with a number and no posting day. */
export function awaitingStickerLetter(lease: Pick<WinterLease, 'areaType' | 'status' | 'stickerNumber' | 'stickerPostedOn'>): boolean {
  return lease.areaType === 'unmarked' && lease.status === 'paid' && lease.stickerNumber !== null && lease.stickerPostedOn === null;
}

/**
 * The Helsinki day an invoice was paid (`paidAt` is an instant): the earliest day its sticker
 * letter can have gone in the post. Paid at 00:30 in Helsinki is that day, though UTC still
 * says the day before.
 */
export function paidDay(paidAt: string | null): string | null {
  return paidAt ? helsinkiDateOf(Date.parse(paidAt)) : null;
}
