/**
 * Protects the central's token and each cache's key at rest. Electron backs it with safeStorage
 * (OS keychain / DPAPI) in main/shell; the core only sees this interface.
 */
export interface SecretStore {
  /** Shown in diagnostics, e.g. "electron-safeStorage" or "plain". */
  kind: string;
  encrypt(plain: string): Promise<string>;
  decrypt(data: string): Promise<string>;
}

const PLAIN_PREFIX = 'plain:';

/**
 * NOT encryption. For the browser host (development and demos) and tests, where no OS keychain is
 * at hand: secrets are only base64-encoded, and what protects them is the file mode 0600 of
 * profile.json and the key files (owner-only).
 */
export const plainSecretStore: SecretStore = {
  kind: 'plain (not encrypted; protected only by file mode 0600)',
  encrypt: async (plain) => PLAIN_PREFIX + Buffer.from(plain, 'utf8').toString('base64'),
  decrypt: async (data) => {
    if (!data.startsWith(PLAIN_PREFIX)) throw new Error('This secret was not written by the plain store.');
    return Buffer.from(data.slice(PLAIN_PREFIX.length), 'base64').toString('utf8');
  },
};
