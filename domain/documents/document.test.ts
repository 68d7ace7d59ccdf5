import { describe, expect, it } from 'vitest';
import { DocumentRef, documentFileName, MAX_DOCUMENT_BYTES, sniffMediaType } from './document.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('sniffMediaType', () => {
  it('knows a PDF, a JPEG and a PNG by their first bytes', () => {
    expect(sniffMediaType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffMediaType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffMediaType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
  });

  it('refuses anything else, whatever its name says', () => {
    expect(sniffMediaType(new TextEncoder().encode('<html><script>'))).toBeNull();
    expect(sniffMediaType(bytes(0x4d, 0x5a, 0x90))).toBeNull(); // MZ: a Windows executable
    expect(sniffMediaType(new TextEncoder().encode('%PDF'))).toBeNull(); // cut before the dash
    expect(sniffMediaType(bytes())).toBeNull();
  });
});

describe('DocumentRef', () => {
  const ref = { id: '0b9d6f3e-9a55-4e0f-8f43-5b1f1b9a2c11', fileName: 'katsastus.pdf', mediaType: 'application/pdf', size: 1000, sha256: 'a'.repeat(64) };

  it('takes a whole reference', () => {
    expect(DocumentRef.parse(ref)).toEqual(ref);
  });

  it('refuses an empty or oversized file, another type, a bad digest and unknown keys', () => {
    expect(DocumentRef.safeParse({ ...ref, size: 0 }).success).toBe(false);
    expect(DocumentRef.safeParse({ ...ref, size: MAX_DOCUMENT_BYTES + 1 }).success).toBe(false);
    expect(DocumentRef.safeParse({ ...ref, mediaType: 'text/html' }).success).toBe(false);
    expect(DocumentRef.safeParse({ ...ref, sha256: 'A'.repeat(64) }).success).toBe(false);
    expect(DocumentRef.safeParse({ ...ref, extra: 1 }).success).toBe(false);
    expect(DocumentRef.safeParse({ ...ref, fileName: '   ' }).success).toBe(false);
  });
});

describe('documentFileName', () => {
  it('keeps only the last segment of a path', () => {
    expect(documentFileName('C:\\scans\\vakuutus.pdf')).toBe('vakuutus.pdf');
    expect(documentFileName('/home/a/kuva.jpg')).toBe('kuva.jpg');
    expect(documentFileName(' plain.png ')).toBe('plain.png');
  });
});
