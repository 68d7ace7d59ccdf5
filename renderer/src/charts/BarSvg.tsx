import type { BarLayout } from './bar-layout.ts';
import type { ChartOrientation } from './focus-grid.ts';
import { patternId, SeriesPatterns } from './SeriesPatterns.tsx';

/**
 * The drawing of a bar chart from its layout: gridlines on the ticks, the value and category axes,
 * the bars in their series fills, and numbers written at the bars. It is one image to assistive
 * technology (role="img" with a summary); the values reach them through the focus layer and the table.
 */
export function BarSvg({ layout, orientation, seriesCount, label, prefix, format }: { layout: BarLayout; orientation: ChartOrientation; seriesCount: number; label: string; prefix: string; format: (value: number) => string }) {
  const { plot } = layout;
  const vertical = orientation === 'vertical';
  return (
    <svg className="chart__svg" role="img" aria-label={label} width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`}>
      <SeriesPatterns prefix={prefix} count={seriesCount} />
      <g className="chart__grid">
        {layout.ticks.values.map((v, i) => {
          const at = layout.tickAt[i]!;
          return vertical ? (
            <g key={v}>
              <line x1={plot.x} x2={plot.x + plot.width} y1={at} y2={at} />
              <text className="chart__tick" x={plot.x - 6} y={at} dy="0.32em" textAnchor="end">
                {format(v)}
              </text>
            </g>
          ) : (
            <g key={v}>
              <line x1={at} x2={at} y1={plot.y} y2={plot.y + plot.height} />
              <text className="chart__tick" x={at} y={plot.y - 6} textAnchor="middle">
                {format(v)}
              </text>
            </g>
          );
        })}
      </g>
      <g className="chart__bars">
        {layout.bars.map((b) => (
          <rect key={`${b.series}-${b.category}`} x={b.x} y={b.y} width={b.width} height={b.height} fill={`url(#${patternId(prefix, b.series)})`} />
        ))}
      </g>
      {vertical ? <line className="chart__axis" x1={plot.x} x2={plot.x + plot.width} y1={layout.zeroAt} y2={layout.zeroAt} /> : <line className="chart__axis" x1={layout.zeroAt} x2={layout.zeroAt} y1={plot.y} y2={plot.y + plot.height} />}
      <g className="chart__categories">
        {layout.categoryLabels.map((l) => (
          <text key={`${l.x}-${l.y}`} x={l.x} y={l.y} textAnchor={vertical ? 'middle' : 'end'}>
            {l.text !== l.full ? <title>{l.full}</title> : null}
            {l.text}
          </text>
        ))}
      </g>
      <g className="chart__values">
        {layout.valueLabels.map((l) => (
          <text key={`${l.x}-${l.y}`} x={l.x} y={l.y} textAnchor={vertical ? 'middle' : 'start'}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}
