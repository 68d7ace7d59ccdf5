import { describe, expect, it } from 'vitest';
import { parseCall } from './contract.ts';

describe('contract call parsing', () => {
  it('accepts a known method and fills defaults', () => {
    const r = parseCall('berths.listApplications', {});
    expect(r).toEqual({ ok: true, value: { method: 'berths.listApplications', input: { filter: {}, sort: { column: 'queue', direction: 'asc' }, offset: 0, limit: 100 } } });
  });

  it('refuses unknown methods, also prototype names', () => {
    expect(parseCall('berths.dropEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(parseCall('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(parseCall(42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('explains bad input instead of throwing', () => {
    const r = parseCall('berths.offerBerth', { applicationId: 'not-a-uuid', berthId: 7 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('bad_request');
    expect(r.error.message).toMatch(/applicationId/);
    expect(r.error.message).toMatch(/berthId/);
  });

  it('refuses extra keys on empty inputs', () => {
    expect(parseCall('sync.now', { evil: true })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses text the central could not store before anything is queued', () => {
    const applicationId = '6a1f3c52-7d41-4c0e-9b1a-0000000000aa';
    for (const bad of ['nul \u0000 inside', 'lone \ud800 high', 'lone \udfff low']) {
      expect(parseCall('berths.addNote', { applicationId, note: bad }), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      expect(parseCall('berths.withdrawOffer', { applicationId, leaseId: applicationId, reason: bad })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      expect(parseCall('berths.listApplications', { filter: { text: bad } })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      expect(parseCall('session.login', { username: bad, password: 'demo' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
      expect(parseCall('session.login', { username: 'aino', password: bad })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    // A whole pair is a character like any other (emoji, right-to-left text).
    expect(parseCall('berths.addNote', { applicationId, note: 'Soitti 📞 שלום' })).toMatchObject({ ok: true });
  });
});
