import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTORS, systemActorOf } from './system-actors.ts';

describe('system actors', () => {
  it('are known by id, and by their stored name only where a record keeps no id', () => {
    expect(systemActorOf(SYSTEM_ACTORS.paymentProvider.id, 'anything')).toBe('paymentProvider');
    expect(systemActorOf(null, 'Automaattinen vanhentuminen')).toBe('orderJob');
    expect(systemActorOf(undefined, SYSTEM_ACTORS.offerPage.name)).toBe('offerPage');
  });

  it('never takes a person for one: a staff id wins over a name that happens to match', () => {
    expect(systemActorOf('3f0c1a2e-0000-4000-8000-000000000001', 'Payment provider')).toBeNull();
    expect(systemActorOf(null, 'Aino Virtanen')).toBeNull();
    expect(systemActorOf(null, null)).toBeNull();
  });

  it('have ids and names of their own', () => {
    const all = Object.values(SYSTEM_ACTORS);
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    expect(new Set(all.map((a) => a.name)).size).toBe(all.length);
  });
});
