/**
 * How one central process uses PostgreSQL. With N centrals behind a load balancer, the database
 * sees N × poolSize connections plus one listener each: keep that under max_connections. A
 * statement that runs longer than the timeout is cancelled, so a stuck query fails its request (a
 * transient error the client retries) instead of holding rows locked for every other central. Off
 * (0) unless set: seeding and migrating a big database run single long statements; production sets
 * it (docs/running.md).
 */
export interface PoolSettings {
  poolSize: number;
  statementTimeoutMs: number;
}

export const DEFAULT_POOL_SETTINGS: PoolSettings = { poolSize: 10, statementTimeoutMs: 0 };

/** Each variable with the least value it takes (a timeout of 0 is none). */
const VARIABLES: readonly [string, keyof PoolSettings, number][] = [
  ['KUVA_DB_POOL_SIZE', 'poolSize', 1],
  ['KUVA_DB_STATEMENT_TIMEOUT_MS', 'statementTimeoutMs', 0],
];

/** Throws one sentence naming the variable when a value is unusable. */
export function poolSettings(env: Readonly<Record<string, string | undefined>> = process.env): PoolSettings {
  const settings = { ...DEFAULT_POOL_SETTINGS };
  for (const [name, key, least] of VARIABLES) {
    const text = env[name]?.trim();
    if (!text) continue;
    const value = Number(text);
    if (!Number.isInteger(value) || value < least) throw new Error(`${name} must be a whole number of at least ${least}, not "${text}".`);
    settings[key] = value;
  }
  return settings;
}
