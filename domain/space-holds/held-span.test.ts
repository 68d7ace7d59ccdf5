import { describe, expect, it } from 'vitest';
import { blockCause, spanOf, takenWindow, type Span } from './held-span.ts';

const MIN = 60_000;
const BUFFERS = [0, 15, 30, 60] as const;
const span = (begin: number, end: number, before: number, after: number, blocked: boolean): Span => ({ begin: begin * MIN, end: end * MIN, before: before * MIN, after: after * MIN, wholeDay: false, blocked });

describe('the time a reservation holds', () => {
  it('carries its own buffers, else its unit’s; a blocked time carries none', () => {
    const unit = { blockWholeDay: false, bufferBeforeMin: 15, bufferAfterMin: 30 };
    const timing = { beginsAt: '2027-06-15T07:00:00.000Z', endsAt: '2027-06-15T08:00:00.000Z' };
    expect(spanOf(timing, unit)).toMatchObject({ before: 15 * MIN, after: 30 * MIN, blocked: false });
    expect(spanOf({ ...timing, bufferBeforeMin: 0, bufferAfterMin: 60 }, unit)).toMatchObject({ before: 0, after: 60 * MIN });
    expect(spanOf({ ...timing, type: 'BLOCKED', bufferAfterMin: 60 }, unit)).toMatchObject({ before: 0, after: 0, blocked: true });
  });

  it('on a whole-day unit, runs from the Helsinki midnight before to the one after', () => {
    const s = spanOf({ beginsAt: '2027-06-15T07:00:00.000Z', endsAt: '2027-06-15T08:00:00.000Z' }, { blockWholeDay: true, bufferBeforeMin: 0, bufferAfterMin: 0 });
    expect(new Date(s.begin - s.before).toISOString()).toBe('2027-06-14T21:00:00.000Z');
    expect(new Date(s.end + s.after).toISOString()).toBe('2027-06-15T21:00:00.000Z');
  });
});

describe('the window an existing reservation takes from a new one', () => {
  it('is exactly where the pair test finds a conflict, for every mix of buffers and blocked times', () => {
    let checked = 0;
    const disagreements: string[] = [];
    for (const eBlocked of [false, true])
      for (const pBlocked of [false, true])
        for (const eb of BUFFERS)
          for (const ea of BUFFERS)
            for (const pb of BUFFERS)
              for (const pa of BUFFERS) {
                const existing = span(600, 660, eb, ea, eBlocked);
                const window = takenWindow(existing, { before: pb * MIN, after: pa * MIN, blocked: pBlocked });
                // Every new booking of 15 to 120 minutes starting on a 15-minute grid around the existing one.
                for (let begin = 450; begin <= 780; begin += 15)
                  for (let length = 15; length <= 120; length += 15) {
                    const proposed = span(begin, begin + length, pb, pa, pBlocked);
                    const inWindow = proposed.begin < window.to && window.from < proposed.end;
                    if (inWindow !== (blockCause(proposed, existing) !== null)) disagreements.push(JSON.stringify({ existing, proposed }));
                    checked++;
                  }
              }
    expect(disagreements).toEqual([]);
    expect(checked).toBe(2 * 2 * 4 ** 4 * 23 * 8);
  });
});
