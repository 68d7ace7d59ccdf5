import { describe, expect, it } from 'vitest';
import { partySizeProblem } from './party-size.ts';

describe('the party a space takes', () => {
  it('names a party below the least or above the most, and takes the bounds themselves', () => {
    const room = { minPersons: 2, maxPersons: 8 };
    expect([1, 2, 8, 9].map((n) => partySizeProblem(room, n))).toEqual(['too_few', null, null, 'too_many']);
  });

  it('has no bound on a side the space leaves open', () => {
    expect(partySizeProblem({ minPersons: null, maxPersons: 4 }, 1)).toBeNull();
    expect(partySizeProblem({ minPersons: 10, maxPersons: null }, 500)).toBeNull();
    expect(partySizeProblem({ minPersons: 10, maxPersons: null }, 9)).toBe('too_few');
  });
});
