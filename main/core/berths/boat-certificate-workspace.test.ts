import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BoatCertificate } from '../../../domain/berths/boat-certificate-entity.ts';
import type { Input, Method, Output } from '../../../domain/contract.ts';
import type { Result } from '../../../domain/result.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { HANDLER, put, SUPERVISOR, tempCache, uid, world } from './testing/index.ts';

// 23:30 UTC on 1 March is 2 March in Helsinki: the statuses count Helsinki days.
const NOW = new Date('2027-03-01T23:30:00Z');
const HARRI: StaffUser = { id: 'u-harri', name: 'Harri Laine', roles: ['harbour_services'], grants: [] };

let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
beforeEach(() => {
  t = tempCache();
  w = world();
  t.cache.applyChanges(w.changes, 'c1');
});
afterEach(() => t.dispose());

function call<M extends Method>(method: M, input: Input<M>, user: StaffUser = HANDLER): Result<Output<M>> {
  return t.cache.handle(method, input as never, user, NOW) as Result<Output<M>>;
}
function view(id: string) {
  const r = call('berths.getCustomer', { id });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
const slots = (customerId: string, boatId: string) => view(customerId).boats.find((b) => b.id === boatId)!.certificates.map((c) => [c.certificateType, c.status, c.certificate?.validUntil ?? null]);

describe('boat certificates in the cache', () => {
  it("gives each boat its inspection and insurance certificates with their status on today's Helsinki day", () => {
    const v = w.apps.Virtanen!;
    const expired: BoatCertificate = {
      id: uid(20, 1), boatId: v.boatId, customerId: v.customerId, certificateType: 'inspection', number: 'KT-1', issuer: 'SPV', validFrom: null, validUntil: '2027-03-01',
      checked: { actorId: 'u-x', actorName: 'Eero Lindqvist', at: '2026-03-01T10:00:00+02:00' }, removed: null,
    };
    const removed: BoatCertificate = { ...expired, id: uid(20, 2), certificateType: 'insurance', validUntil: '2028-01-01', removed: { actorId: 'u-x', actorName: 'Eero', at: '2027-01-01T10:00:00+02:00' } };
    t.cache.applyChanges([put('boat_certificate', expired), put('boat_certificate', removed, 2)], 'c2');
    expect(slots(v.customerId, v.boatId)).toEqual([
      ['inspection', 'expired', '2027-03-01'],
      ['insurance', 'missing', null],
    ]);
  });

  it('a handler adds, edits and removes a certificate at once (pending), the central settles it, and refusals go to the inbox', () => {
    const v = w.apps.Virtanen!;
    const added = call('berths.addBoatCertificate', { boatId: v.boatId, certificateType: 'insurance', number: ' VK-1 ', issuer: 'If', validFrom: null, validUntil: '2027-04-01' });
    expect(added.ok).toBe(true);
    const [slot] = view(v.customerId).boats.find((b) => b.id === v.boatId)!.certificates.filter((c) => c.certificateType === 'insurance');
    expect(slot).toMatchObject({ status: 'expiring', version: 1, certificate: { number: 'VK-1', checked: { actorName: HANDLER.name } } });
    const id = slot!.certificate!.id;

    expect(call('berths.addBoatCertificate', { boatId: v.boatId, certificateType: 'insurance', number: '', issuer: '', validFrom: null, validUntil: '2027-06-01' })).toMatchObject({ ok: false, error: { code: 'boat_certificate_exists' } });
    expect(call('berths.editBoatCertificate', { certificateId: id, number: 'VK-1', issuer: 'If', validFrom: null, validUntil: '2027-04-02' }).ok).toBe(true);
    expect(slots(v.customerId, v.boatId)[1]).toEqual(['insurance', 'valid', '2027-04-02']);
    expect(call('berths.removeBoatCertificate', { certificateId: id }).ok).toBe(true);
    expect(slots(v.customerId, v.boatId)[1]).toEqual(['insurance', 'missing', null]);
    // Versioned on the certificate: the edit is based on version 1, the removal on the edit's 2.
    const queued = t.cache.pendingCommands(10);
    expect(queued.map((c) => [c.type, c.baseVersion])).toEqual([
      ['berths.addBoatCertificate', null],
      ['berths.editBoatCertificate', 1],
      ['berths.removeBoatCertificate', 2],
    ]);

    t.cache.settle([
      { id: queued[0]!.id, status: 'applied' },
      { id: queued[1]!.id, status: 'conflict', code: 'stale_version', message: 'Changed by someone else.', current: null },
      { id: queued[2]!.id, status: 'rejected', code: 'boat_certificate_removed', message: 'Removed.' },
    ]);
    const inbox = call('conflicts.list', {});
    expect(inbox.ok && inbox.value.map((c) => [c.commandType, c.code])).toEqual(
      expect.arrayContaining([
        ['berths.editBoatCertificate', 'stale_version'],
        ['berths.removeBoatCertificate', 'boat_certificate_removed'],
      ]),
    );
  });

  it('refuses supervisors and harbour services, and bad input, queueing nothing', () => {
    const v = w.apps.Virtanen!;
    const input: Input<'berths.addBoatCertificate'> = { boatId: v.boatId, certificateType: 'inspection', number: '', issuer: '', validFrom: null, validUntil: '2027-06-01' };
    expect(call('berths.addBoatCertificate', input, SUPERVISOR)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call('berths.addBoatCertificate', input, HARRI)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call('berths.getCustomer', { id: v.customerId }, HARRI)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call('berths.addBoatCertificate', { ...input, validUntil: '1.6.2027' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(call('berths.addBoatCertificate', { ...input, validFrom: '2027-06-02' })).toMatchObject({ ok: false, error: { code: 'boat_certificate_dates_invalid' } });
    expect(call('berths.addBoatCertificate', { ...input, boatId: uid(6, 999) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(t.cache.counts().pendingCommands).toBe(0);
  });
});
