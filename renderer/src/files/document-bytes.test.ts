import { describe, expect, it } from 'vitest';
import { fileAsBase64 } from './document-bytes.ts';

describe('fileAsBase64', () => {
  it('gives the same base64 as Node for a file larger than one chunk', async () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 31) % 256);
    expect(await fileAsBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('gives an empty text for an empty file', async () => {
    expect(await fileAsBase64(new Blob([]))).toBe('');
  });
});
