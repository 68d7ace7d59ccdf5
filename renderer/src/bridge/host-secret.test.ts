import { describe, expect, it } from 'vitest';
import { SECRET_STORAGE_KEY, resolveHostSecret, takeSecretFromUrl } from './host-secret.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('takeSecretFromUrl', () => {
  it('splits the secret off and keeps the rest of the address', () => {
    expect(takeSecretFromUrl('http://127.0.0.1:5174/?k=abc123&view=x#top')).toEqual({ secret: 'abc123', cleanPath: '/?view=x#top' });
  });
  it('reports no secret for a plain address', () => {
    expect(takeSecretFromUrl('http://127.0.0.1:5174/index.html')).toEqual({ secret: null, cleanPath: '/index.html' });
  });
  it('treats an empty parameter as no secret', () => {
    expect(takeSecretFromUrl('http://127.0.0.1:5174/?k=').secret).toBeNull();
  });
});

describe('resolveHostSecret', () => {
  it('stores a secret from the URL and removes it from the address bar', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const secret = resolveHostSecret({ href: 'http://127.0.0.1:1/?k=s3cret', storage, replaceUrl: (p) => replaced.push(p) });
    expect(secret).toBe('s3cret');
    expect(storage.data.get(SECRET_STORAGE_KEY)).toBe('s3cret');
    expect(replaced).toEqual(['/']);
  });
  it('falls back to the stored secret after a reload', () => {
    const storage = memoryStorage({ [SECRET_STORAGE_KEY]: 'kept' });
    const replaced: string[] = [];
    expect(resolveHostSecret({ href: 'http://127.0.0.1:1/', storage, replaceUrl: (p) => replaced.push(p) })).toBe('kept');
    expect(replaced).toEqual([]);
  });
  it('lets a new secret in the URL replace an old one', () => {
    const storage = memoryStorage({ [SECRET_STORAGE_KEY]: 'old' });
    expect(resolveHostSecret({ href: 'http://127.0.0.1:1/?k=new', storage, replaceUrl: () => {} })).toBe('new');
    expect(storage.data.get(SECRET_STORAGE_KEY)).toBe('new');
  });
  it('answers null when there is no secret anywhere', () => {
    expect(resolveHostSecret({ href: 'http://127.0.0.1:1/', storage: memoryStorage(), replaceUrl: () => {} })).toBeNull();
  });
});
