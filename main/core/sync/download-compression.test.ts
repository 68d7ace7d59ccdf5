import { describe, expect, it } from 'vitest';
import { asksCompressedDownload } from './download-compression.ts';

describe('asksCompressedDownload', () => {
  it('asks a central on another machine, and not one on this machine', () => {
    for (const href of ['https://kuva.hel.fi/api/v1/sync/stream', 'http://10.0.0.5:8787/api/v1/sync/stream', 'http://[2001:db8::1]:8787/x', 'http://127.example.fi/x']) {
      expect(asksCompressedDownload(href, undefined)).toBe(true);
    }
    for (const href of ['http://127.0.0.1:8787/api/v1/sync/stream', 'http://127.1.2.3/x', 'http://localhost:8787/x', 'http://LOCALHOST/x', 'http://desk.localhost/x', 'http://[::1]:8787/x']) {
      expect(asksCompressedDownload(href, undefined)).toBe(false);
    }
  });

  it('does what it is told when configured', () => {
    expect(asksCompressedDownload('http://127.0.0.1:8787/x', true)).toBe(true);
    expect(asksCompressedDownload('https://kuva.hel.fi/x', false)).toBe(false);
  });
});
