/**
 * Stacked bars: each series' segment in a category starts where the previous one ended. Positive
 * values grow up from zero and negative ones down, each side on its own, so a negative never hides
 * inside a positive bar.
 */
export interface Segment {
  y0: number;
  y1: number;
}

/** Segments by series and then category, for values given by series and then category. */
export function stack(values: readonly (readonly number[])[]): Segment[][] {
  const categories = values[0]?.length ?? 0;
  const up = new Array<number>(categories).fill(0);
  const down = new Array<number>(categories).fill(0);
  return values.map((series) =>
    series.map((v, i) => {
      const side = v >= 0 ? up : down;
      const y0 = side[i]!;
      side[i] = y0 + v;
      return { y0, y1: y0 + v };
    }),
  );
}

/** The value range a chart's axis must cover, always including zero (bars start from zero). */
export function valueExtent(values: readonly (readonly number[])[], stacked: boolean): [number, number] {
  let min = 0;
  let max = 0;
  if (stacked) {
    for (const series of stack(values)) for (const s of series) [min, max] = [Math.min(min, s.y0, s.y1), Math.max(max, s.y0, s.y1)];
  } else {
    for (const series of values) for (const v of series) [min, max] = [Math.min(min, v), Math.max(max, v)];
  }
  return [min, max];
}
