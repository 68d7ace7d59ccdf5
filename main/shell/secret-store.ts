import type { SafeStorage } from 'electron';
import type { SecretStore } from '../core/session/secret-store.ts';

type SafeStorageLike = Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'>;

export const ALLOW_PLAINTEXT_ENV = 'KUVA_ALLOW_PLAINTEXT_SECRETS';
const PREFIX = 'safe';

export class SecretStoreUnavailableError extends Error {
  override name = 'SecretStoreUnavailableError';
}

/**
 * On Linux without a keyring, safeStorage silently falls back to `basic_text`: the secret is only
 * obfuscated with a password compiled into Chromium. That is refused unless the operator opts in
 * explicitly (Element does the same), because the session token and cache key would be readable
 * by anyone who can copy the profile folder.
 */
export function checkBackend(platform: NodeJS.Platform, backend: string, env: Readonly<Record<string, string | undefined>>): string | null {
  if (platform !== 'linux') return null;
  if (backend !== 'basic_text' && backend !== 'unknown') return null;
  if (env[ALLOW_PLAINTEXT_ENV] === '1') return null;
  return (
    `No system keyring is available (safeStorage backend "${backend}"), so secrets would be stored ` +
    `only obfuscated. Install and unlock a Secret Service keyring (gnome-keyring or KWallet), or set ` +
    `${ALLOW_PLAINTEXT_ENV}=1 to accept this on a trusted machine.`
  );
}

/** Blobs carry the backend that wrote them, so a changed backend is detected instead of misread. */
export async function createSafeStorageSecretStore(
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): Promise<SecretStore> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    throw new SecretStoreUnavailableError('The operating system offers no encryption for stored secrets (safeStorage unavailable).');
  }
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : platform;
  const refusal = checkBackend(platform, backend, env);
  if (refusal) throw new SecretStoreUnavailableError(refusal);
  return {
    kind: `safeStorage:${backend}`,
    async encrypt(plain) {
      const sealed = await safeStorage.encryptStringAsync(plain);
      return `${PREFIX}:${backend}:${sealed.toString('base64')}`;
    },
    async decrypt(data) {
      const [prefix, writtenBy, payload] = splitBlob(data);
      if (prefix !== PREFIX || payload === undefined) throw new SecretStoreUnavailableError('Not a safeStorage secret.');
      if (writtenBy !== backend) {
        throw new SecretStoreUnavailableError(`The secret was stored with "${writtenBy}" but this session uses "${backend}".`);
      }
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(payload, 'base64'));
      return result;
    },
  };
}

function splitBlob(data: string): [string, string, string | undefined] {
  const first = data.indexOf(':');
  const second = first < 0 ? -1 : data.indexOf(':', first + 1);
  if (first < 0 || second < 0) return ['', '', undefined];
  return [data.slice(0, first), data.slice(first + 1, second), data.slice(second + 1)];
}
