import { describe, expect, it } from 'vitest';
import { eurosForInput, parseEuros } from './money-input.ts';

describe('euros typed by a handler', () => {
  it('reads Finnish and English decimals, spaces and the euro sign into cents', () => {
    expect(parseEuros('12,50')).toBe(1250);
    expect(parseEuros('12.5')).toBe(1250);
    expect(parseEuros('1 200 €')).toBe(120000);
    expect(parseEuros('0')).toBe(0);
  });

  it('refuses what is no amount', () => {
    expect(parseEuros('')).toBeNull();
    expect(parseEuros('-5')).toBeNull();
    expect(parseEuros('12,505')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
  });

  it('writes cents back in the language of the field', () => {
    expect(eurosForInput(1250, 'fi')).toBe('12,50');
    expect(eurosForInput(1250, 'en')).toBe('12.50');
  });
});
