import { HOST_KEY_PARAM } from '../../../domain/host-protocol.ts';

/** Where the secret lives for the tab's lifetime: it survives reloads, not the closing of the tab. */
export const SECRET_STORAGE_KEY = 'kuva.hostKey';

export interface SecretFromUrl {
  /** The secret carried by the URL, or null when there was none. */
  secret: string | null;
  /** The same address without the secret (path, query and hash), to put in the address bar. */
  cleanPath: string;
}

/** Splits the start secret off a page URL so it never lingers in the address bar or history. */
export function takeSecretFromUrl(href: string): SecretFromUrl {
  const url = new URL(href);
  const secret = url.searchParams.get(HOST_KEY_PARAM);
  url.searchParams.delete(HOST_KEY_PARAM);
  const query = url.searchParams.toString();
  return { secret: secret && secret.length > 0 ? secret : null, cleanPath: `${url.pathname}${query ? `?${query}` : ''}${url.hash}` };
}

interface SecretEnvironment {
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl: (path: string) => void;
}

/**
 * The secret of this tab: a fresh one from the URL wins (and is removed from it at once),
 * else the one kept from an earlier load of the same tab.
 */
export function resolveHostSecret(env: SecretEnvironment): string | null {
  const { secret, cleanPath } = takeSecretFromUrl(env.href);
  if (secret) {
    env.storage.setItem(SECRET_STORAGE_KEY, secret);
    env.replaceUrl(cleanPath);
    return secret;
  }
  return env.storage.getItem(SECRET_STORAGE_KEY);
}
