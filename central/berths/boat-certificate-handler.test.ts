import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoatCertificatePayload } from '../../domain/berths/boat-certificate-commands.ts';
import type { BoatCertificate } from '../../domain/berths/boat-certificate-entity.ts';
import type { Boat } from '../../domain/berths/entities.ts';
import type { DocumentRef } from '../../domain/documents/document.ts';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, pullAll, signIn } from '../testing/api-client.ts';

let central: Awaited<ReturnType<typeof launchCentral>>;
const tokens: Record<string, string> = {};
const clientId = randomUUID();
let seq = 0;

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 60, seed: 6 } });
  for (const user of ['aino', 'eero', 'olli', 'harri']) tokens[user] = await signIn(central.url, user);
});
afterAll(() => central.close());

async function pushAs(user: string, type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null = null) {
  return api<PushResponse & { error?: { code: string } }>(central.url, 'POST', '/sync/push', { token: tokens[user]!, body: { clientId, commands: [envelope(type, payload, ++seq, baseVersion)] } });
}
async function push(type: Parameters<typeof envelope>[0], payload: unknown, baseVersion: number | null = null, user = 'aino') {
  const res = await pushAs(user, type, payload, baseVersion);
  expect(res.status).toBe(200);
  return res.body.results[0];
}
const certificate = async (id: string) => (await central.db.query<{ data: BoatCertificate; version: number }>('SELECT data, version FROM boat_certificate WHERE id = $1', [id])).rows[0];

/** A seeded boat with no certificate at all, a different one each time. */
let boatOffset = 0;
async function bareBoat(): Promise<Boat> {
  const row = (
    await central.db.query<{ data: Boat }>('SELECT b.data FROM boat b WHERE NOT EXISTS (SELECT 1 FROM boat_certificate c WHERE c.boat_id = b.id) ORDER BY b.id OFFSET $1 LIMIT 1', [boatOffset++])
  ).rows[0];
  if (!row) throw new Error('no boat without certificates');
  return row.data;
}
const add = (boat: Boat, p: Partial<BoatCertificatePayload<'berths.addBoatCertificate'>> = {}): BoatCertificatePayload<'berths.addBoatCertificate'> => ({
  certificateId: randomUUID(),
  boatId: boat.id,
  certificateType: 'insurance',
  number: 'VK-1234567',
  issuer: 'LähiTapiola',
  validFrom: null,
  validUntil: '2030-05-31',
  ...p,
});

describe('boat certificates on the central', () => {
  it('the demo data has certificates for a share of the boats, live ones one per type', async () => {
    const counts = (await central.db.query<{ boats: number; with: number; doubles: number }>(
      `SELECT (SELECT count(*)::int FROM boat) AS boats, (SELECT count(DISTINCT boat_id)::int FROM boat_certificate) AS with,
        (SELECT count(*)::int FROM (SELECT 1 FROM boat_certificate WHERE NOT removed GROUP BY boat_id, certificate_type HAVING count(*) > 1) d) AS doubles`,
    )).rows[0]!;
    expect(counts.with).toBeGreaterThan(0);
    expect(counts.with).toBeLessThan(counts.boats);
    expect(counts.doubles).toBe(0);
  });

  it('a handler adds, edits and removes a certificate; each is checked by the actor and pulled by another desk', async () => {
    const boat = await bareBoat();
    const { cursor } = await pullAll(central.url, tokens.eero!);
    const p = add(boat);
    expect(await push('berths.addBoatCertificate', p)).toMatchObject({ status: 'applied' });
    expect(await certificate(p.certificateId)).toMatchObject({
      version: 1,
      data: { boatId: boat.id, customerId: boat.customerId, certificateType: 'insurance', number: 'VK-1234567', validUntil: '2030-05-31', checked: { actorName: 'Aino Virtanen' }, removed: null },
    });
    const edit = { certificateId: p.certificateId, number: 'VK-7654321', issuer: 'If', validFrom: '2024-06-01', validUntil: '2025-05-31' };
    expect(await push('berths.editBoatCertificate', edit, 1, 'eero')).toMatchObject({ status: 'applied' });
    expect(await certificate(p.certificateId)).toMatchObject({ version: 2, data: { id: p.certificateId, number: 'VK-7654321', issuer: 'If', validFrom: '2024-06-01', validUntil: '2025-05-31', certificateType: 'insurance', checked: { actorName: 'Eero Lindqvist' } } });
    const pulled = (await pullAll(central.url, tokens.eero!, cursor)).changes.filter((c) => c.entity === 'boat_certificate' && c.id === p.certificateId);
    expect(pulled).toEqual([expect.objectContaining({ op: 'put', version: 2, data: expect.objectContaining({ number: 'VK-7654321' }) })]);

    expect(await push('berths.removeBoatCertificate', { certificateId: p.certificateId }, 2)).toMatchObject({ status: 'applied' });
    expect(await certificate(p.certificateId)).toMatchObject({ version: 3, data: { removed: { actorName: 'Aino Virtanen' } } });
    // Its type is free again: a new one may be added.
    expect(await push('berths.addBoatCertificate', add(boat))).toMatchObject({ status: 'applied' });
  });

  it('refuses a second certificate of a type, and answers a stale version with a conflict carrying the current one', async () => {
    const boat = await bareBoat();
    const first = add(boat, { certificateType: 'inspection' });
    expect(await push('berths.addBoatCertificate', first)).toMatchObject({ status: 'applied' });
    expect(await push('berths.addBoatCertificate', add(boat, { certificateType: 'inspection' }), null, 'eero')).toMatchObject({ status: 'rejected', code: 'boat_certificate_exists' });
    const edit = { certificateId: first.certificateId, number: 'KT-1', issuer: '', validFrom: null, validUntil: '2029-01-31' };
    expect(await push('berths.editBoatCertificate', edit, 1)).toMatchObject({ status: 'applied' });
    expect(await push('berths.editBoatCertificate', { ...edit, number: 'KT-2' }, 1, 'eero')).toMatchObject({
      status: 'conflict',
      code: 'stale_version',
      current: { version: 2, record: { number: 'KT-1' } },
    });
    expect(await push('berths.removeBoatCertificate', { certificateId: first.certificateId }, 1, 'eero')).toMatchObject({ status: 'conflict', code: 'stale_version' });
    expect((await certificate(first.certificateId))?.version).toBe(2);
    // Creating never overwrites: the same id again is refused.
    expect(await push('berths.addBoatCertificate', { ...add(boat, { certificateType: 'insurance' }), certificateId: first.certificateId })).toMatchObject({ status: 'rejected' });
  });

  it('refuses supervisors and harbour services as forbidden, and writes nothing', async () => {
    const boat = await bareBoat();
    const seeded = (await central.db.query<{ id: string; version: number }>('SELECT id::text AS id, version FROM boat_certificate WHERE NOT removed ORDER BY id LIMIT 1')).rows[0]!;
    for (const user of ['olli', 'harri']) {
      const p = add(boat);
      for (const [type, payload, base] of [
        ['berths.addBoatCertificate', p, null],
        ['berths.editBoatCertificate', { certificateId: seeded.id, number: 'x', issuer: '', validFrom: null, validUntil: '2030-01-01' }, seeded.version],
        ['berths.removeBoatCertificate', { certificateId: seeded.id }, seeded.version],
      ] as const) {
        const res = await pushAs(user, type, payload, base);
        expect(res.status, `${user} ${type}`).toBe(403);
        expect(res.body).toMatchObject({ error: { code: 'forbidden' } });
      }
      expect(await certificate(p.certificateId)).toBeUndefined();
    }
    expect((await certificate(seeded.id))?.version).toBe(seeded.version);
  });

  it('refuses bad input with a clear code and never a 5xx', async () => {
    const boat = await bareBoat();
    expect(await push('berths.addBoatCertificate', add(boat, { validFrom: '2027-06-01', validUntil: '2027-05-31' }))).toMatchObject({ status: 'rejected', code: 'boat_certificate_dates_invalid' });
    expect(await push('berths.addBoatCertificate', add(boat, { validUntil: '2999-12-31' }))).toMatchObject({ status: 'rejected', code: 'boat_certificate_dates_invalid' });
    expect(await push('berths.addBoatCertificate', add({ ...boat, id: randomUUID() }))).toMatchObject({ status: 'rejected', code: 'not_found' });
    expect(await push('berths.editBoatCertificate', { certificateId: randomUUID(), number: '', issuer: '', validFrom: null, validUntil: '2030-01-01' }, 1)).toMatchObject({ status: 'rejected', code: 'not_found' });
    for (const payload of [
      { ...add(boat), validUntil: '31.5.2030' },
      { ...add(boat), validUntil: '2030-02-30' },
      { ...add(boat), certificateType: 'registration' },
      { ...add(boat), number: 'x'.repeat(61) },
      { ...add(boat), issuer: 'a\u0000b' },
      { ...add(boat), number: 'half \ud83d' },
      { ...add(boat), extra: 1 },
      { ...add(boat), boatId: 'not-a-uuid' },
      { certificateId: randomUUID() },
    ]) {
      const res = await pushAs('aino', 'berths.addBoatCertificate', payload);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'bad_request' } });
    }
    const res = await pushAs('aino', 'berths.removeBoatCertificate', { certificateId: 'x'.repeat(10_000) }, 1);
    expect(res.status).toBe(400);
    expect((await central.db.query('SELECT 1 FROM boat_certificate WHERE boat_id = $1', [boat.id])).rows).toEqual([]);
  });

  it('harbour services pull no certificates; handlers and supervisors do', async () => {
    const kinds = async (user: string) => new Set((await pullAll(central.url, tokens[user]!)).changes.map((c) => c.entity));
    expect((await kinds('harri')).has('boat_certificate')).toBe(false);
    expect((await kinds('harri')).has('boat')).toBe(false);
    expect((await kinds('olli')).has('boat_certificate')).toBe(true);
    expect((await kinds('aino')).has('boat_certificate')).toBe(true);
  });

  describe('a scan on a certificate', () => {
    const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
    const refOf = (id: string, bytes: Buffer, fileName = 'vakuutus.pdf'): DocumentRef => ({ id, fileName, mediaType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    async function upload(bytes: Buffer, user = 'aino'): Promise<DocumentRef> {
      const id = randomUUID();
      const res = await fetch(`${central.url}/api/v1/documents/${id}?purpose=boat_certificate&name=vakuutus.pdf`, { method: 'PUT', headers: { authorization: `Bearer ${tokens[user]!}`, 'content-type': 'application/pdf' }, body: bytes });
      expect(res.status).toBe(200);
      return refOf(id, bytes);
    }
    const stored = async (id: string) => (await central.db.query<{ attached: boolean }>('SELECT attached_at IS NOT NULL AS attached FROM document WHERE id = $1', [id])).rows[0];

    it('is refused while its bytes never reached the central, and nothing is written', async () => {
      const boat = await bareBoat();
      const bytes = pdf('never uploaded');
      const p = add(boat, { document: refOf(randomUUID(), bytes) });
      expect(await push('berths.addBoatCertificate', p)).toMatchObject({ status: 'rejected', code: 'boat_certificate_document_missing' });
      expect(await certificate(p.certificateId)).toBeUndefined();
      // Bytes uploaded under the id but other than the reference says: still missing.
      const other = await upload(pdf('other bytes'));
      expect(await push('berths.addBoatCertificate', add(boat, { document: { ...other, sha256: refOf(other.id, bytes).sha256 } }))).toMatchObject({ status: 'rejected', code: 'boat_certificate_document_missing' });
    });

    it('is attached with the certificate, kept through an edit that leaves it out, and its bytes deleted once replaced', async () => {
      const boat = await bareBoat();
      const first = await upload(pdf('first scan'));
      expect((await stored(first.id))?.attached).toBe(false);
      const p = add(boat, { document: first });
      expect(await push('berths.addBoatCertificate', p)).toMatchObject({ status: 'applied' });
      expect((await certificate(p.certificateId))?.data.document).toEqual(first);
      expect((await stored(first.id))?.attached).toBe(true);

      const edit = { certificateId: p.certificateId, number: 'VK-2', issuer: 'If', validFrom: null, validUntil: '2030-05-31' };
      expect(await push('berths.editBoatCertificate', edit, 1, 'eero')).toMatchObject({ status: 'applied' });
      expect((await certificate(p.certificateId))?.data.document).toEqual(first);

      const second = await upload(pdf('second scan'), 'eero');
      expect(await push('berths.editBoatCertificate', { ...edit, document: second }, 2)).toMatchObject({ status: 'applied' });
      expect((await certificate(p.certificateId))?.data.document).toEqual(second);
      expect(await stored(first.id)).toBeUndefined();
      expect((await stored(second.id))?.attached).toBe(true);

      // Taken off: the record points at nothing, and nobody can reach the bytes: they go.
      expect(await push('berths.editBoatCertificate', { ...edit, document: null }, 3)).toMatchObject({ status: 'applied' });
      expect((await certificate(p.certificateId))?.data.document).toBeNull();
      expect(await stored(second.id)).toBeUndefined();
    });

    it('a refused command leaves its upload unattached, for the sweep', async () => {
      const boat = await bareBoat();
      const scan = await upload(pdf('refused command'));
      expect(await push('berths.addBoatCertificate', add(boat, { document: scan, validFrom: '2027-06-01', validUntil: '2027-05-31' }))).toMatchObject({ status: 'rejected', code: 'boat_certificate_dates_invalid' });
      expect((await stored(scan.id))?.attached).toBe(false);
    });
  });
});

