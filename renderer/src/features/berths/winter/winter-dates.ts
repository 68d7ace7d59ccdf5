import type { Language } from '../../../../../domain/languages.ts';
import { parseDay } from '../../../format/dates.ts';
import { formatIsoDate } from '../../../format/format.ts';

/** A translation key with its parameters, so the checks stay pure functions. */
export type Message = { key: string; params?: Record<string, string> };
export type DayCheck = { iso: string; error: null } | { iso: null; error: Message };

function parsed(text: string, lang: Language, missingKey: string): DayCheck {
  const p = parseDay(text, lang);
  if (p.ok) return { iso: p.iso, error: null };
  return { iso: null, error: { key: p.reason === 'empty' ? missingKey : p.reason === 'no_such_day' ? 'dueDate.noSuchDay' : 'dueDate.format' } };
}

/**
 * A winter invoice's due date as typed, against the window the core worked out for the case
 * (the detail's `dueDate`, the same the central decides with); null window: the winter is over.
 */
export function checkWinterDueDate(text: string, lang: Language, window: { earliest: string; latest: string } | null): DayCheck {
  if (!window) return { iso: null, error: { key: 'winter.lease.noWindow' } };
  const day = parsed(text, lang, 'winter.lease.dueMissing');
  if (!day.iso) return day;
  if (day.iso < window.earliest) return { iso: null, error: { key: 'winter.lease.dueTooSoon', params: { earliest: formatIsoDate(window.earliest, lang) } } };
  if (day.iso > window.latest) return { iso: null, error: { key: 'winter.lease.dueTooLate', params: { latest: formatIsoDate(window.latest, lang) } } };
  return day;
}


/** The day a sticker letter was posted, as typed: not a day to come, not before the payment. */
export function checkPostedOn(text: string, lang: Language, today: string, paidOn: string | null): DayCheck {
  const day = parsed(text, lang, 'winter.sticker.postedMissing');
  if (!day.iso) return day;
  if (day.iso > today) return { iso: null, error: { key: 'winter.sticker.postedFuture' } };
  if (paidOn !== null && day.iso < paidOn) return { iso: null, error: { key: 'winter.sticker.postedBeforePaid', params: { earliest: formatIsoDate(paidOn, lang) } } };
  return day;
}

/** A termination's end date as typed: within the lease's own dates, as the central decides (decision 49). */
export function checkEndDate(text: string, lang: Language, lease: { startDate: string; endDate: string }): DayCheck {
  const day = parsed(text, lang, 'winter.lease.terminateMissing');
  if (!day.iso) return day;
  if (day.iso < lease.startDate || day.iso > lease.endDate) return { iso: null, error: { key: 'winter.lease.terminateRange', params: { start: formatIsoDate(lease.startDate, lang), end: formatIsoDate(lease.endDate, lang) } } };
  return day;
}
