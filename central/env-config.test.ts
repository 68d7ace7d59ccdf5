import { describe, expect, it } from 'vitest';
import { envConfig } from './env-config.ts';

describe('envConfig', () => {
  it('defaults to 127.0.0.1:8787, no proxy trusted and the built-in stream limits', () => {
    expect(envConfig({})).toEqual({ port: 8787, host: '127.0.0.1', trustProxy: false, streams: {}, seed: true });
  });

  it('reads stream limits, the stall timeout in seconds and the proxies to trust', () => {
    const config = envConfig({ KUVA_STREAMS_PER_USER: '2', KUVA_EVENTS_MAX: '50', KUVA_STREAM_STALL_SECONDS: '10', KUVA_TRUST_PROXY: '10.0.0.0/8,10.1.2.3' });
    expect(config.streams).toEqual({ streamsPerUser: 2, maxEvents: 50, stallMs: 10_000 });
    expect(config.trustProxy).toBe('10.0.0.0/8,10.1.2.3');
    expect(envConfig({ KUVA_TRUST_PROXY: '1' }).trustProxy).toBe(true);
  });

  it('sizes the demo data of an empty database', () => {
    expect(envConfig({ KUVA_DEMO_APPLICATIONS: '0' }).seed).toEqual({ applications: 0 });
    expect(envConfig({ KUVA_DEMO_APPLICATIONS: '250' }).seed).toEqual({ applications: 250 });
    expect(() => envConfig({ KUVA_DEMO_APPLICATIONS: '-1' })).toThrow(/KUVA_DEMO_APPLICATIONS must be a whole number/);
    expect(envConfig({ KUVA_DEMO_CHILDREN_PER_COHORT: '150' }).seed).toEqual({ demo: true, cultureKidsChildren: 150 });
    expect(envConfig({ KUVA_DEMO_APPLICATIONS: '0', KUVA_DEMO_CHILDREN_PER_COHORT: '0' }).seed).toEqual({ applications: 0, cultureKidsChildren: 0 });
    expect(() => envConfig({ KUVA_DEMO_CHILDREN_PER_COHORT: 'lots' })).toThrow(/KUVA_DEMO_CHILDREN_PER_COHORT must be a whole number/);
  });

  it('names the variable whose value is unusable', () => {
    expect(() => envConfig({ KUVA_STREAMS_PER_USER: '0' })).toThrow(/KUVA_STREAMS_PER_USER must be a whole number above zero, not "0"/);
    expect(() => envConfig({ KUVA_STREAM_AHEAD_BYTES: '1.5' })).toThrow(/KUVA_STREAM_AHEAD_BYTES/);
    expect(() => envConfig({ KUVA_CENTRAL_PORT: '70000' })).toThrow(/KUVA_CENTRAL_PORT is not a port/);
    expect(() => envConfig({ KUVA_DEMO_APPLICATIONS: 'many' })).toThrow(/KUVA_DEMO_APPLICATIONS/);
  });
});
