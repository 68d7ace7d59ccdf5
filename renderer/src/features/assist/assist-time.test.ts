import { describe, expect, it } from 'vitest';
import { minutesSince } from './assist-time.ts';

describe('minutesSince', () => {
  const at = '2026-12-07T15:21:30.000Z';
  const ms = Date.parse(at);
  it('counts whole minutes from the instant to the clock', () => {
    expect(minutesSince(at, ms)).toBe(0);
    expect(minutesSince(at, ms + 59_999)).toBe(0);
    expect(minutesSince(at, ms + 60_000)).toBe(1);
    expect(minutesSince(at, ms + 14 * 60_000 + 5_000)).toBe(14);
  });

  it('never counts below 0 when the instant is a moment ahead of a clock that ticks now and then', () => {
    // A service started 200 ms after the screen's clock last ticked read "-1 min".
    expect(minutesSince(at, ms - 200)).toBe(0);
  });
});
