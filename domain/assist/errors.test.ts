import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors.ts';
import { ASSIST_ERROR_CODES } from './errors.ts';

describe('the Assistance error codes', () => {
  it('are unique, prefixed, and each registered once among the app’s codes', () => {
    expect(new Set(ASSIST_ERROR_CODES).size).toBe(ASSIST_ERROR_CODES.length);
    for (const code of ASSIST_ERROR_CODES) {
      expect(code).toMatch(/^as_[a-z_]+$/);
      expect(ERROR_CODES.filter((c) => c === code)).toHaveLength(1);
    }
  });
});
