import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bar, BarLayout } from './bar-layout.ts';
import type { ChartData } from './chart-data.ts';
import { moveFocus, type BarPosition, type ChartOrientation } from './focus-grid.ts';

/** The least size of a bar's target, so a thin or zero bar can still be pointed at. */
const MIN_TARGET_PX = 8;

function target(b: Bar, orientation: ChartOrientation) {
  if (orientation === 'vertical') {
    const grow = Math.max(0, MIN_TARGET_PX - b.height);
    return { left: b.x, top: b.y - grow, width: b.width, height: b.height + grow };
  }
  return { left: b.x, top: b.y, width: Math.max(b.width, MIN_TARGET_PX), height: b.height };
}

/**
 * A button over each bar, so keyboard and pointer users reach every value: one tab stop (roving
 * tabindex), arrow keys between bars, a visible tooltip with the value for the focused or hovered
 * bar, Escape to hide it (WCAG 1.4.13). The SVG beneath stays one image; these carry the values.
 */
export function BarFocusLayer({ layout, data, orientation, title, format }: { layout: BarLayout; data: ChartData; orientation: ChartOrientation; title: string; format: (value: number) => string }) {
  const { t } = useTranslation();
  const [active, setActive] = useState<BarPosition>({ category: 0, series: 0 });
  const [tip, setTip] = useState(false);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const key = (p: BarPosition) => `${p.series}-${p.category}`;
  const pointText = (b: Bar) => t('charts.point', { category: data.categories[b.category]!.label, series: data.series[b.series]!.label, value: format(b.value) });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      setTip(false);
      return;
    }
    const next = moveFocus(active, e.key, { categories: data.categories.length, series: data.series.length }, orientation);
    if (!next) return;
    e.preventDefault();
    setActive(next);
    setTip(true);
    buttons.current.get(key(next))?.focus();
  };

  const shown = tip ? layout.bars.find((b) => b.category === active.category && b.series === active.series) : undefined;
  return (
    <div className="chart__focus" role="group" aria-label={t('charts.bars', { title })} onKeyDown={onKeyDown} onMouseLeave={() => setTip(false)}>
      {layout.bars.map((b) => {
        const p = { category: b.category, series: b.series };
        const isActive = key(p) === key(active);
        return (
          <button
            key={key(p)}
            ref={(el) => {
              if (el) buttons.current.set(key(p), el);
              else buttons.current.delete(key(p));
            }}
            type="button"
            className="chart__target"
            style={target(b, orientation)}
            tabIndex={isActive ? 0 : -1}
            aria-label={pointText(b)}
            onFocus={() => {
              setActive(p);
              setTip(true);
            }}
            onBlur={() => setTip(false)}
            onMouseEnter={() => {
              setActive(p);
              setTip(true);
            }}
          />
        );
      })}
      {shown ? (
        <div className="chart__tooltip" aria-hidden="true" style={{ left: Math.min(Math.max(shown.x + shown.width / 2, 80), layout.width - 80), top: shown.y }}>
          {pointText(shown)}
        </div>
      ) : null}
    </div>
  );
}
