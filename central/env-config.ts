import type { StreamLimits } from './http/stream-limits.ts';
import type { SeedOption } from './seed.ts';

/** The central's settings that `npm run central` reads from the environment (see the README). */
export interface EnvConfig {
  port: number;
  host: string;
  trustProxy: boolean | string;
  streams: Partial<StreamLimits>;
  seed: SeedOption;
}

const STREAM_VARIABLES: readonly [string, keyof StreamLimits, number][] = [
  ['KUVA_STREAMS_PER_USER', 'streamsPerUser', 1],
  ['KUVA_EVENTS_PER_USER', 'eventsPerUser', 1],
  ['KUVA_STREAMS_MAX', 'maxStreams', 1],
  ['KUVA_EVENTS_MAX', 'maxEvents', 1],
  ['KUVA_STREAM_AHEAD_BYTES', 'aheadBytes', 1],
  ['KUVA_STREAM_STALL_SECONDS', 'stallMs', 1000],
];

function positiveInteger(env: Readonly<Record<string, string | undefined>>, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number above zero, not "${text}".`);
  return value;
}

function wholeNumber(env: Readonly<Record<string, string | undefined>>, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number (0 or more), not "${text}".`);
  return value;
}

/**
 * The demo data an empty database gets: the reference data, the demo staff,
 * KUVA_DEMO_APPLICATIONS generated applications (3,000 unless set; 0 for none) and
 * KUVA_DEMO_CHILDREN_PER_COHORT generated Culture Kids children per cohort (6,000 unless set).
 */
export function demoSeed(env: Readonly<Record<string, string | undefined>> = process.env): SeedOption {
  const applications = wholeNumber(env, 'KUVA_DEMO_APPLICATIONS');
  const cultureKidsChildren = wholeNumber(env, 'KUVA_DEMO_CHILDREN_PER_COHORT');
  if (applications === undefined && cultureKidsChildren === undefined) return true;
  if (applications === undefined) return { demo: true, cultureKidsChildren };
  return cultureKidsChildren === undefined ? { applications } : { applications, cultureKidsChildren };
}

/** Throws one sentence naming the variable when a value is unusable. */
export function envConfig(env: Readonly<Record<string, string | undefined>> = process.env): EnvConfig {
  const port = Number(env.KUVA_CENTRAL_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`KUVA_CENTRAL_PORT is not a port: ${env.KUVA_CENTRAL_PORT}`);
  const streams: Partial<StreamLimits> = {};
  for (const [name, key, unit] of STREAM_VARIABLES) {
    const value = positiveInteger(env, name);
    if (value !== undefined) streams[key] = value * unit;
  }
  const proxy = env.KUVA_TRUST_PROXY?.trim() ?? '';
  return {
    port,
    host: env.KUVA_CENTRAL_HOST || '127.0.0.1',
    trustProxy: proxy === '' || proxy === '0' ? false : proxy === '1' || proxy === 'true' ? true : proxy,
    streams,
    seed: demoSeed(env),
  };
}
