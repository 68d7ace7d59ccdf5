import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../domain/host-protocol.ts';
import { staticHeaders } from './renderer-files.ts';

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name = '', ...values] = d.split(/\s+/);
    return [name, values.join(' ')];
  }));
}

describe('content security policy', () => {
  it('allows only our own scripts and no plugins, frames, base or forms', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });

  it('is sent with every renderer file, by either host', () => {
    expect(staticHeaders('text/html; charset=utf-8', false)).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    // Vite's hashed assets never change.
    expect(staticHeaders('text/javascript; charset=utf-8', true)['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
