/** Maps between data values and pixels; the charts' only geometry primitives. */

/** A linear map from a value domain onto a pixel range (the range may run backwards, as y does). */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d0 === d1) return () => r0;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

export interface BandScale {
  /** Where band i starts. */
  start: (index: number) => number;
  bandwidth: number;
  /** From one band's start to the next's. */
  step: number;
}

/**
 * `count` equal bands across a range with gaps between them (`paddingInner`, a share of the step)
 * and at both ends (`paddingOuter`, a share of the step).
 */
export function bandScale(count: number, range: readonly [number, number], paddingInner = 0.2, paddingOuter = 0.1): BandScale {
  const [r0, r1] = range;
  if (count <= 0) return { start: () => r0, bandwidth: 0, step: 0 };
  const step = (r1 - r0) / Math.max(1, count - paddingInner + 2 * paddingOuter);
  const bandwidth = step * (1 - paddingInner);
  return { start: (index) => r0 + step * paddingOuter + index * step, bandwidth, step };
}
