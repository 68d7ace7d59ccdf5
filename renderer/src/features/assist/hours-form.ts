import { hoursBeginMs, slotCount, weeklyDates } from '../../../../domain/assist/hours.ts';
import type { SLOT_LENGTHS_MIN } from '../../../../domain/assist/vocabulary.ts';
import type { Language } from '../../../../domain/languages.ts';
import { helsinkiDateOf } from '../../../../domain/wall-clock.ts';
import { clock, parseClock } from '../../calendar/time-grid.ts';
import { parseDay } from '../../format/dates.ts';

/** The help hours dialog as typed: the day and clock times in the user's own formats. */
export interface HoursDraft {
  dateText: string;
  startText: string;
  endText: string;
  slotLengthMin: (typeof SLOT_LENGTHS_MIN)[number];
  /** 1: that day only; more: the same weekday for that many weeks. */
  weeks: number;
}

export type HoursProblem =
  | { field: 'date'; key: 'dateInvalid' | 'pastDay' }
  | { field: 'start'; key: 'timeInvalid' | 'pastTime' }
  | { field: 'end'; key: 'timeInvalid' | 'endBeforeStart' | 'tooShort' };

export interface HoursOpening {
  dates: string[];
  startTime: string;
  endTime: string;
  slotLengthMin: HoursDraft['slotLengthMin'];
  /** Bookable times on each day. */
  slots: number;
}

/**
 * What the dialog would open, or the first thing wrong with it, by field: the same rules the
 * decider keeps (hours still to come, at least one whole slot), said where the helper types.
 */
export function planHours(draft: HoursDraft, lang: Language, nowMs: number): { ok: true; value: HoursOpening } | { ok: false; problem: HoursProblem } {
  const day = parseDay(draft.dateText, lang);
  if (!day.ok) return { ok: false, problem: { field: 'date', key: 'dateInvalid' } };
  if (day.iso < helsinkiDateOf(nowMs)) return { ok: false, problem: { field: 'date', key: 'pastDay' } };
  const start = parseClock(draft.startText);
  if (start === null || start >= 24 * 60) return { ok: false, problem: { field: 'start', key: 'timeInvalid' } };
  const end = parseClock(draft.endText);
  if (end === null) return { ok: false, problem: { field: 'end', key: 'timeInvalid' } };
  if (end <= start) return { ok: false, problem: { field: 'end', key: 'endBeforeStart' } };
  const hours = { startTime: clock(start), endTime: clock(end), slotLengthMin: draft.slotLengthMin };
  const slots = slotCount(hours);
  if (slots < 1) return { ok: false, problem: { field: 'end', key: 'tooShort' } };
  if (hoursBeginMs({ date: day.iso, startTime: hours.startTime }) <= nowMs) return { ok: false, problem: { field: 'start', key: 'pastTime' } };
  return { ok: true, value: { dates: weeklyDates(day.iso, draft.weeks), ...hours, slots } };
}
