import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './sse.ts';

const parse = (lines: string[]) => {
  const seen: SseEvent[] = [];
  const line = createSseParser((e) => seen.push(e));
  for (const l of lines) line(l);
  return seen;
};

describe('server-sent events, line by line', () => {
  it('dispatches at the blank line, joining data lines, with the event name', () => {
    expect(parse(['event: poke', 'data:', '', 'data: a', 'data: b', ''])).toEqual([
      { event: 'poke', data: '' },
      { event: 'message', data: 'a\nb' },
    ]);
  });

  it('skips comments and events without data, and takes CRLF lines', () => {
    expect(parse([': heartbeat', '', 'retry: 10', '', 'data: x\r', '\r'])).toEqual([{ event: 'message', data: 'x' }]);
  });
});
