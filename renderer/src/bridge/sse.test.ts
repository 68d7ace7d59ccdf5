import { describe, expect, it } from 'vitest';
import { createSseParser, reconnectDelay } from './sse.ts';

describe('createSseParser', () => {
  it('emits one data payload per event, across chunk boundaries', () => {
    const seen: string[] = [];
    const p = createSseParser((d) => seen.push(d));
    p.push('data: {"type":"chan');
    p.push('ged"}\n\n: keep-alive\n\ndata: a\r\ndata: b\r\n\r\n');
    expect(seen).toEqual(['{"type":"changed"}', 'a\nb']);
  });
  it('waits for the blank line that ends an event', () => {
    const seen: string[] = [];
    const p = createSseParser((d) => seen.push(d));
    p.push('data: x\n');
    expect(seen).toEqual([]);
    p.push('\n');
    expect(seen).toEqual(['x']);
  });
});

describe('reconnectDelay', () => {
  it('backs off exponentially up to a ceiling', () => {
    expect(reconnectDelay(0)).toBe(500);
    expect(reconnectDelay(1)).toBe(1000);
    expect(reconnectDelay(2)).toBe(2000);
    expect(reconnectDelay(20)).toBe(4000);
  });
});
