/**
 * The shared calendar's geometry: lanes (a resource on a day, or one day of a week) over the
 * minutes of a Helsinki day, cut into equal slots. Pure, so the selection rules are tested
 * without a browser. Nothing here knows what is booked: a workspace turns its records into lanes.
 */

/** Minutes from the start of the lane's day; the end is excluded. */
export interface Interval {
  beginMin: number;
  endMin: number;
}

/** How an item looks; the workspace names each tone in its legend. */
export const CALENDAR_TONES = ['confirmed', 'request', 'payment', 'internal', 'blocked', 'inactive', 'draft'] as const;
export type CalendarTone = (typeof CALENDAR_TONES)[number];

export interface CalendarItem extends Interval {
  id: string;
  /** Margins kept free around the item, drawn hatched. */
  bufferBeforeMin: number;
  bufferAfterMin: number;
  tone: CalendarTone;
  /** What the item says on the calendar. */
  label: string;
  /** Read with the label by screen readers and shown as the tooltip (state, time, relation). */
  description: string;
  /** Belongs to something else that blocks this lane (drawn dashed, with the marker). */
  marker: string | null;
  pending: boolean;
}

export interface CalendarLane {
  id: string;
  /** The row header. */
  label: string;
  /** The Helsinki day the lane shows, YYYY-MM-DD. */
  date: string;
  /** Open hours as background; empty = closed all day. */
  open: Interval[];
  items: CalendarItem[];
}

export interface SlotSelection extends Interval {
  laneId: string;
  date: string;
}

export const DAY_MINUTES = 24 * 60;

/** The slots' start minutes over a range. */
export function slotStarts(range: Interval, slotMin: number): number[] {
  const out: number[] = [];
  for (let m = range.beginMin; m < range.endMin; m += slotMin) out.push(m);
  return out;
}

/** Every open interval and item of the lanes, on whole hours; null when they have none. */
function spanOf(lanes: readonly CalendarLane[]): Interval | null {
  let begin = Infinity;
  let end = -Infinity;
  for (const lane of lanes) {
    for (const i of [...lane.open, ...lane.items]) {
      begin = Math.min(begin, i.beginMin);
      end = Math.max(end, i.endMin);
    }
  }
  if (begin >= end) return null;
  return { beginMin: Math.max(0, Math.floor(begin / 60) * 60), endMin: Math.min(DAY_MINUTES, Math.ceil(end / 60) * 60) };
}

/**
 * The hours a calendar shows: at least `min` (e.g. 8–20), widened to every open interval and
 * item in it, on whole hours.
 */
export function visibleRange(lanes: readonly CalendarLane[], min: Interval): Interval {
  const span = spanOf(lanes);
  if (!span) return min;
  return { beginMin: Math.min(min.beginMin, span.beginMin), endMin: Math.max(min.endMin, span.endMin) };
}

/**
 * The hours a calendar of short slots shows: only those its lanes are open or booked in, on whole
 * hours, so a half-hour slot is wide enough to read; `empty` when nothing is open or booked.
 */
export function fittedRange(lanes: readonly CalendarLane[], empty: Interval): Interval {
  return spanOf(lanes) ?? empty;
}

/** The items whose own time (not their buffers) overlaps a slot, in their order. */
export function itemsIn(lane: CalendarLane, slot: Interval): CalendarItem[] {
  return lane.items.filter((i) => i.beginMin < slot.endMin && slot.beginMin < i.endMin);
}

export function isOpen(lane: CalendarLane, slot: Interval): boolean {
  return lane.open.some((o) => o.beginMin <= slot.beginMin && slot.endMin <= o.endMin);
}

/** The selection from an anchor slot to a focus slot on one lane, both included, in either order. */
export function spanBetween(anchorMin: number, focusMin: number, slotMin: number): Interval {
  return { beginMin: Math.min(anchorMin, focusMin), endMin: Math.max(anchorMin, focusMin) + slotMin };
}

/** An interval's left edge and width as percentages of the range, clipped to it. */
export function placement(interval: Interval, range: Interval): { left: number; width: number } | null {
  const begin = Math.max(interval.beginMin, range.beginMin);
  const end = Math.min(interval.endMin, range.endMin);
  if (end <= begin) return null;
  const span = range.endMin - range.beginMin;
  return { left: ((begin - range.beginMin) / span) * 100, width: ((end - begin) / span) * 100 };
}

/** `HH:MM` for minutes of a day (24:00 at the end). */
export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Moves a focused slot by arrow keys, staying inside the grid. */
export function moveFocus(pos: { lane: number; slot: number }, key: string, lanes: number, slots: number): { lane: number; slot: number } | null {
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max - 1, v));
  switch (key) {
    case 'ArrowLeft':
      return { lane: pos.lane, slot: clamp(pos.slot - 1, slots) };
    case 'ArrowRight':
      return { lane: pos.lane, slot: clamp(pos.slot + 1, slots) };
    case 'ArrowUp':
      return { lane: clamp(pos.lane - 1, lanes), slot: pos.slot };
    case 'ArrowDown':
      return { lane: clamp(pos.lane + 1, lanes), slot: pos.slot };
    case 'Home':
      return { lane: pos.lane, slot: 0 };
    case 'End':
      return { lane: pos.lane, slot: slots - 1 };
    default:
      return null;
  }
}

/** A typed time of day ("9", "9.30", "09:30", "24:00") as minutes, or null. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2] ?? '0');
  return Number(m[2] ?? '0') < 60 && minutes <= DAY_MINUTES ? minutes : null;
}

/** Minutes as the user's clock writes them: 09.30 in Finnish and Finland's Swedish (as Intl writes their times), 09:30 in English. */
export function clockFor(minutes: number, lang: string): string {
  const text = clock(minutes);
  return lang === 'en' ? text : text.replace(':', '.');
}
