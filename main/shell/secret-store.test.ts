import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALLOW_PLAINTEXT_ENV, SecretStoreUnavailableError, checkBackend, createSafeStorageSecretStore } from './secret-store.ts';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** safeStorage's shape with real AES-GCM underneath and a chosen backend name. */
function aesSafeStorage(backend: Backend, available = true) {
  const key = randomBytes(32);
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (plain: string) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptStringAsync: async (sealed: Buffer) => {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      const result = Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
      return { result, shouldReEncrypt: false };
    },
  };
}

describe('checkBackend', () => {
  it('refuses basic_text on Linux unless explicitly allowed, and says why', () => {
    const refusal = checkBackend('linux', 'basic_text', {});
    expect(refusal).toContain('No system keyring');
    expect(refusal).toContain(`${ALLOW_PLAINTEXT_ENV}=1`);
    expect(checkBackend('linux', 'basic_text', { [ALLOW_PLAINTEXT_ENV]: '1' })).toBeNull();
    expect(checkBackend('linux', 'basic_text', { [ALLOW_PLAINTEXT_ENV]: 'true' })).not.toBeNull();
    expect(checkBackend('linux', 'gnome_libsecret', {})).toBeNull();
    expect(checkBackend('win32', 'win32', {})).toBeNull();
  });
});

describe('createSafeStorageSecretStore', () => {
  it('round-trips a secret and never stores it in clear', async () => {
    const store = await createSafeStorageSecretStore(aesSafeStorage('kwallet6'), 'linux', {});
    expect(store.kind).toBe('safeStorage:kwallet6');
    const sealed = await store.encrypt('refresh-token-äö');
    expect(sealed.startsWith('safe:kwallet6:')).toBe(true);
    expect(sealed).not.toContain('refresh-token');
    expect(await store.decrypt(sealed)).toBe('refresh-token-äö');
  });

  it('refuses the basic_text backend on Linux', async () => {
    await expect(createSafeStorageSecretStore(aesSafeStorage('basic_text'), 'linux', {})).rejects.toBeInstanceOf(SecretStoreUnavailableError);
    const allowed = await createSafeStorageSecretStore(aesSafeStorage('basic_text'), 'linux', { [ALLOW_PLAINTEXT_ENV]: '1' });
    expect(allowed.kind).toBe('safeStorage:basic_text');
  });

  it('refuses when the OS offers no encryption', async () => {
    await expect(createSafeStorageSecretStore(aesSafeStorage('kwallet', false), 'linux', {})).rejects.toThrow(/safeStorage unavailable/);
  });

  it('detects a blob written by another backend instead of misreading it', async () => {
    const storage = aesSafeStorage('gnome_libsecret');
    const store = await createSafeStorageSecretStore(storage, 'linux', {});
    const sealed = await store.encrypt('x');
    const other = await createSafeStorageSecretStore({ ...storage, getSelectedStorageBackend: () => 'kwallet5' as const }, 'linux', {});
    await expect(other.decrypt(sealed)).rejects.toThrow(/stored with "gnome_libsecret"/);
    await expect(store.decrypt('garbage')).rejects.toThrow(/Not a safeStorage secret/);
  });
});
