/**
 * Axis ticks on round numbers (1, 2, 2.5 or 5 times a power of ten) that cover a value range,
 * so a reader can compare bars against gridlines without doing arithmetic.
 */
export interface Ticks {
  min: number;
  max: number;
  step: number;
  values: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round step at least `rough` wide. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) throw new RangeError(`not a positive step: ${rough}`);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = STEPS.find((s) => s * power >= rough * (1 - 1e-9)) ?? 10;
  return step * power;
}

/** Digits after the decimal point a step needs, so 0.1 + 0.2 shows as 0.3. */
function decimalsOf(step: number): number {
  let d = 0;
  while (d < 10 && Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) > 1e-9) d++;
  return d;
}

/**
 * About `count` ticks from a round number at or below `min` to one at or above `max`.
 * `integer` keeps the step whole, for counts of people and sessions (no "0.5 registrations").
 * An empty or one-value range still gets an axis: 0–1, or the value's round neighbours.
 */
export function niceTicks(min: number, max: number, count = 5, integer = false): Ticks {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`not a finite range: ${min}–${max}`);
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    if (min === 0) max = 1;
    else if (min > 0) min = 0;
    else max = 0;
  }
  let step = niceStep((max - min) / Math.max(1, count));
  // 2.5 is the one round step that is not whole: counts take the next, 5.
  if (integer) step = step < 1 ? 1 : step === 2.5 ? 5 : step;
  const decimals = decimalsOf(step);
  const round = (v: number) => Number(v.toFixed(decimals));
  const lo = round(Math.floor(min / step + 1e-9) * step);
  const hi = round(Math.ceil(max / step - 1e-9) * step);
  const values: number[] = [];
  for (let i = 0; lo + i * step <= hi + step * 1e-9; i++) values.push(round(lo + i * step));
  return { min: lo, max: hi, step, values };
}
