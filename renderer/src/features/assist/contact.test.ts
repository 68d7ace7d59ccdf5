import { describe, expect, it } from 'vitest';
import { contactProblem } from './contact.ts';

describe('the reminder contact', () => {
  it('takes none, an e-mail address or a phone number', () => {
    expect(contactProblem('', '')).toBeNull();
    expect(contactProblem(' maija@example.fi ', '')).toBeNull();
    expect(contactProblem('', '+358 40 123 4567')).toBeNull();
  });

  it('names the field that is wrong before the command would refuse it', () => {
    expect(contactProblem('maija@', '')).toBe('email');
    expect(contactProblem('', 'soita illalla')).toBe('phone');
    expect(contactProblem('maija@example.fi', 'x')).toBe('phone');
  });
});
