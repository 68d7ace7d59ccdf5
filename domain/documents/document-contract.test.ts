import { describe, expect, it } from 'vitest';
import { parseCall } from '../contract.ts';
import { MAX_DOCUMENT_BASE64 } from './document-contract.ts';
import { MAX_DOCUMENT_BYTES } from './document.ts';

const call = (input: unknown) => parseCall('documents.attach', input);
const code = (r: ReturnType<typeof parseCall>) => (r.ok ? 'ok' : r.error.code);
const pdf = Buffer.from('%PDF-1.7\n').toString('base64');

describe('documents in the contract', () => {
  it('takes a purpose, the picked name and the bytes as base64, nothing else', () => {
    expect(code(call({ purpose: 'boat_certificate', fileName: 'C:\\fakepath\\a.pdf', dataBase64: pdf }))).toBe('ok');
    expect(code(call({ purpose: 'boat_certificate', fileName: 'a.pdf', dataBase64: pdf, mediaType: 'application/pdf' }))).toBe('bad_request');
    expect(code(call({ purpose: 'invoice', fileName: 'a.pdf', dataBase64: pdf }))).toBe('bad_request');
    expect(code(call({ purpose: 'boat_certificate', fileName: 'a.pdf', dataBase64: '%PDF-1.7' }))).toBe('bad_request');
  });

  it('bounds the base64 at the largest scan, refused as a bad call and not as a text typed too long', () => {
    expect(MAX_DOCUMENT_BASE64).toBe(Buffer.alloc(MAX_DOCUMENT_BYTES).toString('base64').length);
    const over = 'A'.repeat(MAX_DOCUMENT_BASE64 + 4);
    expect(code(call({ purpose: 'boat_certificate', fileName: 'a.pdf', dataBase64: over }))).toBe('bad_request');
    expect(code(call({ purpose: 'boat_certificate', fileName: 'a'.repeat(1025), dataBase64: pdf }))).toBe('bad_request');
  });

  it('opens by a lower-case uuid only', () => {
    expect(code(parseCall('documents.open', { id: '0b9d6f3e-9a55-4e0f-8f43-5b1f1b9a2c11' }))).toBe('ok');
    expect(code(parseCall('documents.open', { id: '0B9D6F3E-9A55-4E0F-8F43-5B1F1B9A2C11' }))).toBe('bad_request');
    expect(code(parseCall('documents.open', { id: '../../etc/passwd' }))).toBe('bad_request');
  });
});
