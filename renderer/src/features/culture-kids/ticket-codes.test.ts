import { describe, expect, it } from 'vitest';
import { parseTicketCodes } from './ticket-codes.ts';

describe('ticket codes from a paste or a CSV file', () => {
  it('takes one code a line and skips blank lines', () => {
    expect(parseTicketCodes('AB12\n\n CD34 \r\nEF56\n')).toEqual({ codes: ['AB12', 'CD34', 'EF56'], duplicates: 0 });
  });

  it('takes the first column of a CSV, skips its header and counts repeats once', () => {
    expect(parseTicketCodes('code;used\n"X-1";0\nX-2,1\nX-1;0\n')).toEqual({ codes: ['X-1', 'X-2'], duplicates: 1 });
  });
});
