import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../format/locale.ts';
import '../styles/calendar.css';
import {
  clock,
  clockFor,
  isOpen,
  itemsIn,
  moveFocus,
  placement,
  slotStarts,
  spanBetween,
  type CalendarItem,
  type CalendarLane,
  type Interval,
  type SlotSelection,
} from './time-grid.ts';

interface Props {
  lanes: readonly CalendarLane[];
  range: Interval;
  slotMin: number;
  /** Names the grid for screen readers ("Day of Töölö library, 7.12.2026"). */
  label: string;
  /** The lane headers' column header ("Reservation unit", "Day"). */
  laneHeader: string;
  /** Now in Helsinki, for the current-time line. */
  now: { date: string; minutes: number } | null;
  /** Click, drag or Enter/Space on free slots. Absent: the calendar is read only. */
  onSelect?: (selection: SlotSelection) => void;
  onOpenItem?: (item: CalendarItem, lane: CalendarLane) => void;
  testId: string;
}

type Pos = { lane: number; slot: number };
type Drag = { lane: number; anchor: number; focus: number };

/**
 * Lanes × time: one row per lane, one cell per slot. A keyboard user moves a single focus with
 * the arrows (Shift+←/→ extends the selection, Enter or Space opens it or the booking under the
 * focus); a mouse user clicks or drags. Items are drawn over the cells and read with the cell
 * under them, so the grid has one tab stop and no extra focus targets.
 */
export function CalendarGrid({ lanes, range, slotMin, label, laneHeader, now, onSelect, onOpenItem, testId }: Props) {
  const { t, i18n } = useTranslation();
  const shown = (m: number) => clockFor(m, asLanguage(i18n.language));
  const id = useId().replace(/:/g, '');
  const slots = useMemo(() => slotStarts(range, slotMin), [range, slotMin]);
  const [focus, setFocus] = useState<Pos>({ lane: 0, slot: 0 });
  const [drag, setDragState] = useState<Drag | null>(null);
  // The pointer-up listener reads the drag as it is now, not as its render saw it.
  const dragRef = useRef<Drag | null>(null);
  const setDrag = useCallback((next: Drag | null | ((d: Drag | null) => Drag | null)) => {
    dragRef.current = typeof next === 'function' ? next(dragRef.current) : next;
    setDragState(dragRef.current);
  }, []);
  const dragging = useRef(false);
  const cells = useRef(new Map<string, HTMLDivElement>());
  const gridRef = useRef<HTMLDivElement | null>(null);
  const focusInside = useRef(false);

  const safeFocus: Pos = { lane: Math.min(focus.lane, Math.max(0, lanes.length - 1)), slot: Math.min(focus.slot, Math.max(0, slots.length - 1)) };

  useEffect(() => {
    if (!focusInside.current) return;
    cells.current.get(`${safeFocus.lane}:${safeFocus.slot}`)?.focus();
  }, [safeFocus.lane, safeFocus.slot]);

  const selection = drag ? spanBetween(slots[drag.anchor] ?? 0, slots[drag.focus] ?? 0, slotMin) : null;

  const finish = useCallback(
    (d: Drag | null) => {
      dragging.current = false;
      const lane = d ? lanes[d.lane] : undefined;
      if (!d || !lane || !onSelect) return;
      const span = spanBetween(slots[d.anchor] ?? 0, slots[d.focus] ?? 0, slotMin);
      // The choice moves on to the workspace (its dialog shows the time): the grid lets go of it.
      setDrag(null);
      onSelect({ laneId: lane.id, date: lane.date, ...span });
    },
    [lanes, onSelect, slots, slotMin, setDrag],
  );

  useEffect(() => {
    const up = () => {
      if (dragging.current) finish(dragRef.current);
    };
    window.addEventListener('pointerup', up);
    return () => window.removeEventListener('pointerup', up);
  }, [finish]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const lane = lanes[safeFocus.lane];
    if (!lane) return;
    if (e.key === 'Escape' && drag) {
      e.preventDefault();
      e.stopPropagation();
      setDrag(null);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const start = slots[safeFocus.slot] ?? 0;
      const item = itemsIn(lane, { beginMin: start, endMin: start + slotMin })[0];
      const selected = drag && drag.lane === safeFocus.lane;
      if (item && !selected && onOpenItem) onOpenItem(item, lane);
      else if (onSelect) finish(selected ? drag : { lane: safeFocus.lane, anchor: safeFocus.slot, focus: safeFocus.slot });
      return;
    }
    const next = moveFocus(safeFocus, e.key, lanes.length, slots.length);
    if (!next) return;
    e.preventDefault();
    const extend = e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && onSelect;
    if (extend) setDrag((d) => (d && d.lane === safeFocus.lane ? { ...d, focus: next.slot } : { lane: safeFocus.lane, anchor: safeFocus.slot, focus: next.slot }));
    else setDrag(null);
    setFocus(next);
  }

  function onPointerDown(e: PointerEvent<HTMLDivElement>, pos: Pos) {
    if (e.button !== 0 || !onSelect) return;
    e.preventDefault();
    dragging.current = true;
    setFocus(pos);
    cells.current.get(`${pos.lane}:${pos.slot}`)?.focus();
    setDrag({ lane: pos.lane, anchor: pos.slot, focus: pos.slot });
  }

  function onPointerEnter(pos: Pos) {
    if (!dragging.current) return;
    setDrag((d) => (d && d.lane === pos.lane ? { ...d, focus: pos.slot } : d));
  }

  const nowPlace = now ? placement({ beginMin: now.minutes, endMin: now.minutes + 1 }, range) : null;

  return (
    <div className="cal" data-testid={testId} style={{ ['--cal-slots' as string]: slots.length }}>
      <p id={`${id}-help`} className="visually-hidden">
        {onSelect ? t('calendar.help') : t('calendar.helpReadOnly')}
      </p>
      <div
        ref={gridRef}
        role="grid"
        aria-label={label}
        aria-describedby={`${id}-help`}
        aria-rowcount={lanes.length + 1}
        aria-colcount={slots.length + 1}
        className="cal__grid"
        onKeyDown={onKeyDown}
        onFocus={() => (focusInside.current = true)}
        onBlur={(e) => {
          if (!gridRef.current?.contains(e.relatedTarget as Node | null)) focusInside.current = false;
        }}
      >
        <div role="row" className="cal__row cal__row--head" aria-rowindex={1}>
          <div role="columnheader" className="cal__corner" aria-colindex={1}>
            {laneHeader}
          </div>
          <div className="cal__track cal__track--head" role="presentation">
            {slots.map((m, i) => (
              <div key={m} role="columnheader" className="cal__hour" aria-colindex={i + 2} aria-label={shown(m)}>
                {m % 60 === 0 ? <span aria-hidden="true">{shown(m)}</span> : null}
              </div>
            ))}
          </div>
        </div>
        {lanes.map((lane, li) => {
          const isToday = now?.date === lane.date;
          return (
            <div role="row" key={lane.id} className="cal__row" aria-rowindex={li + 2} data-lane={lane.id} data-date={lane.date}>
              <div role="rowheader" className="cal__lane-head" aria-colindex={1}>
                {lane.label}
                {lane.open.length === 0 ? <span className="cal__closed-note">{t('calendar.closedAllDay')}</span> : null}
              </div>
              <div className="cal__track" role="presentation">
                {lane.open.map((o) => {
                  const p = placement(o, range);
                  return p ? <div key={o.beginMin} aria-hidden="true" className="cal__open" style={{ left: `${p.left}%`, width: `${p.width}%` }} /> : null;
                })}
                {slots.map((m, si) => {
                  const slot = { beginMin: m, endMin: m + slotMin };
                  const here = itemsIn(lane, slot);
                  const selected = selection !== null && drag?.lane === li && m >= selection.beginMin && m < selection.endMin;
                  const focused = safeFocus.lane === li && safeFocus.slot === si;
                  const state = here.length
                    ? here.map((i) => `${i.marker ? `${i.marker}: ` : ''}${i.label} (${i.description})`).join('; ')
                    : isOpen(lane, slot)
                      ? t('calendar.free')
                      : t('calendar.freeClosed');
                  return (
                    <div
                      key={m}
                      ref={(el) => {
                        if (el) cells.current.set(`${li}:${si}`, el);
                        else cells.current.delete(`${li}:${si}`);
                      }}
                      role="gridcell"
                      aria-colindex={si + 2}
                      aria-selected={selected}
                      aria-label={`${lane.label}, ${shown(m)}–${shown(m + slotMin)}, ${state}${selected ? `, ${t('calendar.selected')}` : ''}`}
                      tabIndex={focused ? 0 : -1}
                      className={`cal__slot${selected ? ' cal__slot--selected' : ''}${m % 60 === 0 ? ' cal__slot--hour' : ''}`}
                      data-testid={`${testId}-slot`}
                      data-lane={lane.id}
                      data-time={clock(m)}
                      onPointerDown={(e) => onPointerDown(e, { lane: li, slot: si })}
                      onPointerEnter={() => onPointerEnter({ lane: li, slot: si })}
                      onFocus={() => setFocus({ lane: li, slot: si })}
                    />
                  );
                })}
                {/* Drawn over the cells, outside them: the cell under a booking reads it out. */}
                {lane.items.map((item) => (
                  <CalendarBlock key={item.id} item={item} range={range} onOpen={onOpenItem ? () => onOpenItem(item, lane) : undefined} testId={testId} />
                ))}
                {isToday && nowPlace ? (
                  <div aria-hidden="true" className="cal__now" title={t('calendar.now')} style={{ left: `${nowPlace.left}%` }} data-testid={`${testId}-now`} />
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** An item and its buffers, drawn over the lane; the cell under it reads it out. */
function CalendarBlock({ item, range, onOpen, testId }: { item: CalendarItem; range: Interval; onOpen?: () => void; testId: string }) {
  const body = placement(item, range);
  const before = item.bufferBeforeMin > 0 ? placement({ beginMin: item.beginMin - item.bufferBeforeMin, endMin: item.beginMin }, range) : null;
  const after = item.bufferAfterMin > 0 ? placement({ beginMin: item.endMin, endMin: item.endMin + item.bufferAfterMin }, range) : null;
  return (
    <>
      {before ? <div aria-hidden="true" className="cal__buffer" style={{ left: `${before.left}%`, width: `${before.width}%` }} /> : null}
      {after ? <div aria-hidden="true" className="cal__buffer" style={{ left: `${after.left}%`, width: `${after.width}%` }} /> : null}
      {body ? (
        <div
          aria-hidden="true"
          className={`cal__item cal-tone--${item.tone}${item.marker ? ' cal__item--related' : ''}${item.pending ? ' cal__item--pending' : ''}`}
          style={{ left: `${body.left}%`, width: `${body.width}%` }}
          title={`${item.label} – ${item.description}`}
          data-testid={`${testId}-item`}
          data-item-id={item.id}
          data-tone={item.tone}
          data-related={item.marker ? 'true' : 'false'}
          onPointerDown={(e) => e.stopPropagation()}
          onClick={onOpen}
        >
          {item.marker ? <span className="cal__marker">{item.marker}</span> : null}
          <span className="cal__item-label">{item.label}</span>
        </div>
      ) : null}
    </>
  );
}
