import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_SETTINGS, poolSettings } from './pool-settings.ts';

describe('the database pool settings', () => {
  it('come from the environment, with defaults', () => {
    expect(poolSettings({})).toEqual(DEFAULT_POOL_SETTINGS);
    expect(poolSettings({ KUVA_DB_POOL_SIZE: '4', KUVA_DB_STATEMENT_TIMEOUT_MS: ' 5000 ' })).toEqual({ poolSize: 4, statementTimeoutMs: 5000 });
    expect(poolSettings({ KUVA_DB_STATEMENT_TIMEOUT_MS: '0' }).statementTimeoutMs).toBe(0);
  });

  it('refuse a value that is no whole number in range, naming the variable', () => {
    expect(() => poolSettings({ KUVA_DB_POOL_SIZE: '0' })).toThrow(/KUVA_DB_POOL_SIZE must be a whole number of at least 1, not "0"/);
    expect(() => poolSettings({ KUVA_DB_STATEMENT_TIMEOUT_MS: '1.5s' })).toThrow(/KUVA_DB_STATEMENT_TIMEOUT_MS/);
  });
});
