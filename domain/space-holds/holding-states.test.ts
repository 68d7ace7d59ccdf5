import { describe, expect, it } from 'vitest';
import { holdsTime, TIME_HOLDING_STATES } from './holding-states.ts';

describe('which reservations hold their time', () => {
  it('are those going to occur; denied, cancelled and unknown states free it', () => {
    expect(TIME_HOLDING_STATES.filter(holdsTime)).toEqual(['CREATED', 'WAITING_FOR_PAYMENT', 'REQUIRES_HANDLING', 'CONFIRMED']);
    for (const state of ['DENIED', 'CANCELLED', 'confirmed', '']) expect(holdsTime(state)).toBe(false);
  });
});
