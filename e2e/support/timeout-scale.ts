/**
 * How many times longer the suite's bounds on a hung test or a waited-for state may be in this
 * run. The bounds only catch a hang: every test waits for states. `npm run test:soak` sets
 * KUVA_TIMEOUT_SCALE, because beside its CPU hog every process gets about half the machine and a
 * state the app reaches in 8 s on a calm machine can take 25 s there. A run without it keeps the
 * calm bounds, so a real slowdown still fails the ordinary suite.
 */
export function timeoutScale(): number {
  const value = Number(process.env.KUVA_TIMEOUT_SCALE ?? '1');
  return Number.isFinite(value) && value >= 1 ? Math.min(value, 10) : 1;
}

export function scaledTimeout(ms: number): number {
  return Math.round(ms * timeoutScale());
}
