import { dueDateProblem } from '../../../../domain/berths/due-date.ts';
import type { Language } from '../../../../domain/languages.ts';
import { parseDay } from '../../format/dates.ts';
import { formatIsoDate } from '../../format/format.ts';

/** A translation key with its parameters, so the check stays a pure function. */
export type Message = { key: string; params?: Record<string, string | number> };

/**
 * The offer dialog's due-date field as typed: the ISO day when it may be sent, else why not. The
 * window is the one the central decides with (domain/berths/due-date.ts).
 */
export function checkDueDate(text: string, lang: Language, today: string, season: number): { iso: string; error: null } | { iso: null; error: Message } {
  const parsed = parseDay(text, lang);
  if (!parsed.ok) {
    const key = parsed.reason === 'empty' ? 'dueDate.missing' : parsed.reason === 'no_such_day' ? 'dueDate.noSuchDay' : 'dueDate.format';
    return { iso: null, error: { key } };
  }
  const problem = dueDateProblem(parsed.iso, today, season);
  if (!problem) return { iso: parsed.iso, error: null };
  if (problem.kind === 'no_window') return { iso: null, error: { key: 'dueDate.noWindow', params: { season } } };
  const params = { earliest: formatIsoDate(problem.earliest, lang), latest: formatIsoDate(problem.latest, lang) };
  return { iso: null, error: { key: problem.kind === 'too_soon' ? 'dueDate.tooSoon' : 'dueDate.tooLate', params } };
}
