import type { ReactNode } from 'react';
import { seriesColourCss, seriesPattern, type PatternKind } from './palette.ts';

/** The stroke each pattern draws over its series colour, in a 6 × 6 tile. */
const MARKS: Record<Exclude<PatternKind, 'solid'>, ReactNode> = {
  diagonal: <path d="M-1 7L7 -1M5 7L7 5M-1 1L1 -1" stroke="#fff" strokeWidth="1.5" />,
  dots: <circle cx="3" cy="3" r="1.3" fill="#fff" />,
  cross: <path d="M0 3H6M3 0V6" stroke="#fff" strokeWidth="1.2" />,
  horizontal: <path d="M0 3H6" stroke="#fff" strokeWidth="1.5" />,
  backward: <path d="M-1 -1L7 7M5 -1L7 1M-1 5L1 7" stroke="#fff" strokeWidth="1.5" />,
};

export const patternId = (prefix: string, series: number) => `${prefix}-s${series}`;

/** One fill per series: its HDS colour, with a white pattern over it from the second series on. */
export function SeriesPatterns({ prefix, count }: { prefix: string; count: number }) {
  return (
    <defs>
      {Array.from({ length: count }, (_, i) => {
        const kind = seriesPattern(i);
        return (
          <pattern key={i} id={patternId(prefix, i)} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={seriesColourCss(i)} />
            {kind === 'solid' ? null : MARKS[kind]}
          </pattern>
        );
      })}
    </defs>
  );
}
