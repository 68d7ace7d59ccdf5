import type { ApplicationEvent } from '../../../../domain/berths/entities.ts';
import type { Language } from '../../../../domain/languages.ts';
import { formatDateTime } from '../../format/format.ts';
import { HELSINKI, INTL_LOCALE } from '../../format/locale.ts';

/**
 * What the history says about when the central recorded an event, beside when the person acted.
 * Offline work reaches the central later: both times are true and both are shown. An event the
 * central recorded in the same minute needs no second time; one still only on this machine says
 * so; events from before the two times were told apart carry no recorded time at all.
 */
export type RecordedNote = { kind: 'none' } | { kind: 'pending' } | { kind: 'recorded'; time: string };

const minute = (iso: string, lang: Language) => formatDateTime(iso, lang);
const clocks = new Map<Language, Intl.DateTimeFormat>();
function clock(lang: Language): Intl.DateTimeFormat {
  let f = clocks.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { hour: '2-digit', minute: '2-digit', timeZone: HELSINKI });
    clocks.set(lang, f);
  }
  return f;
}
const day = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: HELSINKI });

export function recordedNote(at: string, recordedAt: string | null | undefined, lang: Language): RecordedNote {
  if (recordedAt === undefined) return { kind: 'none' };
  if (recordedAt === null) return { kind: 'pending' };
  if (minute(at, lang) === minute(recordedAt, lang)) return { kind: 'none' };
  const sameDay = day.format(new Date(at)) === day.format(new Date(recordedAt));
  return { kind: 'recorded', time: sameDay ? clock(lang).format(new Date(recordedAt)) : minute(recordedAt, lang) };
}

/**
 * An application's events as the detail shows them: the status history holds what was decided,
 * the notes section the notes. A note changes no status, so it has no place in the history.
 */
export function splitHistory<E extends Pick<ApplicationEvent, 'kind'>>(events: readonly E[]): { statusEvents: E[]; notes: E[] } {
  return { statusEvents: events.filter((e) => e.kind !== 'note'), notes: events.filter((e) => e.kind === 'note') };
}
