import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import { BOAT_CERTIFICATE_COMMANDS, type BoatCertificatePayload } from './boat-certificate-commands.ts';
import { BOAT_CERTIFICATE_DECIDERS, type BoatCertificateState } from './boat-certificate-deciders.ts';
import type { BoatCertificate } from './boat-certificate-entity.ts';
import { certificateDatesProblem, certificateStatus } from './boat-certificate-status.ts';
import { helsinkiDate } from './seasons.ts';
import type { Boat } from './entities.ts';

const BOAT = '00000000-0000-4000-8000-0000000000b0';
const CUSTOMER = '00000000-0000-4000-8000-0000000000c0';
const CERT = '00000000-0000-4000-8000-0000000000ce';

const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '00000000-0000-4000-f000-000000000001',
  actor: { id: 'u-aino', name: 'Aino Virtanen' },
  now: '2027-03-02T10:00:00+02:00',
  recordedAt: null,
  today: '2027-03-02',
  baseVersion: null,
  ...extra,
});
const boat: Boat = { id: BOAT, customerId: CUSTOMER, boatType: 1, registrationNumber: 'A-123', name: 'Merituuli', model: 'Buster', length: 6, width: 2.2, draught: null, weightKg: null };
const cert = (extra: Partial<BoatCertificate> = {}): BoatCertificate => ({
  id: CERT,
  boatId: BOAT,
  customerId: CUSTOMER,
  certificateType: 'insurance',
  number: 'POL-1',
  issuer: 'LähiTapiola',
  validFrom: null,
  validUntil: '2027-12-31',
  checked: { actorId: 'u-eero', actorName: 'Eero Lindqvist', at: '2027-01-02T09:00:00+02:00' },
  removed: null,
  ...extra,
});
const refusal = (d: { ok: boolean; code?: string; status?: string }) => (d.ok ? 'ok' : `${d.status}:${d.code}`);

describe('a certificate’s validity status on a Helsinki day', () => {
  const today = '2027-03-02';
  it('is missing without a certificate or once it is removed', () => {
    expect(certificateStatus(null, today)).toBe('missing');
    expect(certificateStatus(cert({ removed: { actorId: null, actorName: null, at: '2027-03-01T10:00:00Z' } }), today)).toBe('missing');
  });
  it('holds through its last day: expired only the day after', () => {
    expect(certificateStatus(cert({ validUntil: '2027-03-01' }), today)).toBe('expired');
    expect(certificateStatus(cert({ validUntil: '2027-03-02' }), today)).toBe('expiring');
  });
  it('expires soon within 30 days, today included; valid from the 31st day on', () => {
    expect(certificateStatus(cert({ validUntil: '2027-04-01' }), today)).toBe('expiring');
    expect(certificateStatus(cert({ validUntil: '2027-04-02' }), today)).toBe('valid');
  });
  it('is not yet valid before its first day, valid on it', () => {
    expect(certificateStatus(cert({ validFrom: '2027-03-03' }), today)).toBe('not_yet_valid');
    expect(certificateStatus(cert({ validFrom: '2027-03-02' }), today)).toBe('valid');
  });
  it('counts Helsinki days: 23:30 UTC on 1 March is already 2 March in Helsinki', () => {
    const helsinkiToday = helsinkiDate(new Date('2027-03-01T23:30:00Z'));
    expect(helsinkiToday).toBe('2027-03-02');
    expect(certificateStatus(cert({ validUntil: '2027-03-01' }), helsinkiToday)).toBe('expired');
    // In summer time too: 21:30 UTC on 31 May is 1 June 00:30 in Helsinki.
    expect(certificateStatus(cert({ validUntil: '2027-05-31' }), helsinkiDate(new Date('2027-05-31T21:30:00Z')))).toBe('expired');
    expect(certificateStatus(cert({ validUntil: '2027-05-31' }), helsinkiDate(new Date('2027-05-31T20:30:00Z')))).toBe('expiring');
  });
  it('refuses days out of order or a typing slip years ahead', () => {
    expect(certificateDatesProblem({ validFrom: '2027-03-02', validUntil: '2027-03-01' }, today)).toBe('until_before_from');
    expect(certificateDatesProblem({ validFrom: '2027-03-02', validUntil: '2027-03-02' }, today)).toBeNull();
    expect(certificateDatesProblem({ validFrom: null, validUntil: '2037-12-31' }, today)).toBeNull();
    expect(certificateDatesProblem({ validFrom: null, validUntil: '2038-01-01' }, today)).toBe('too_far_ahead');
    expect(certificateDatesProblem({ validFrom: null, validUntil: '2019-01-01' }, today)).toBeNull();
  });
});

describe('adding a certificate', () => {
  const add = (p: Partial<BoatCertificatePayload<'berths.addBoatCertificate'>> = {}): BoatCertificatePayload<'berths.addBoatCertificate'> => ({
    certificateId: CERT,
    boatId: BOAT,
    certificateType: 'insurance',
    number: 'POL-1',
    issuer: 'If',
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
    ...p,
  });
  const decide = (state: BoatCertificateState, p = add(), c = ctx()) => BOAT_CERTIFICATE_DECIDERS['berths.addBoatCertificate'](state, p, c);

  it('records it for the boat’s owner, checked by the handler now', () => {
    const d = decide({ boat, boatCertificates: [] });
    const { certificateId: _, ...fields } = add();
    expect(d).toEqual({
      ok: true,
      puts: [{ entity: 'boat_certificate', version: 1, record: { ...fields, id: CERT, customerId: CUSTOMER, checked: { actorId: 'u-aino', actorName: 'Aino Virtanen', at: '2027-03-02T10:00:00+02:00' }, document: null, removed: null } }],
    });
  });
  it('refuses a boat that does not exist, days out of order, and a second one of a type', () => {
    expect(refusal(decide({ boat: null }))).toBe('rejected:not_found');
    expect(refusal(decide({ boat }, add({ validFrom: '2027-06-01', validUntil: '2027-05-31' })))).toBe('rejected:boat_certificate_dates_invalid');
    expect(refusal(decide({ boat, boatCertificates: [{ record: cert(), version: 1 }] }))).toBe('rejected:boat_certificate_exists');
  });
  it('takes the other type, and the type again once the old one was removed', () => {
    expect(decide({ boat, boatCertificates: [{ record: cert(), version: 1 }] }, add({ certificateType: 'inspection' })).ok).toBe(true);
    const removed = cert({ removed: { actorId: 'u-eero', actorName: 'Eero', at: '2027-02-01T10:00:00Z' } });
    expect(decide({ boat, boatCertificates: [{ record: removed, version: 2 }] }).ok).toBe(true);
  });
  it('accepts an expired certificate: the handler records what the customer shows', () => {
    expect(decide({ boat }, add({ validFrom: null, validUntil: '2026-05-31' })).ok).toBe(true);
  });
  it('payload: trimmed texts within their limits, days as ISO days, no extra keys', () => {
    const schema = BOAT_CERTIFICATE_COMMANDS['berths.addBoatCertificate'].payload;
    expect(schema.parse(add({ number: '  POL-1 ' })).number).toBe('POL-1');
    for (const bad of [add({ number: 'x'.repeat(61) }), add({ validUntil: '31.12.2027' }), add({ validUntil: '2027-02-30' }), { ...add(), extra: 1 }, add({ issuer: 'a\u0000b' }), add({ certificateType: 'registration' as 'insurance' })]) {
      expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('editing and removing a certificate', () => {
  const row = { record: cert(), version: 3 };
  const edit = (p: Partial<BoatCertificatePayload<'berths.editBoatCertificate'>> = {}): BoatCertificatePayload<'berths.editBoatCertificate'> => ({
    certificateId: CERT,
    number: 'POL-2',
    issuer: 'If',
    validFrom: null,
    validUntil: '2026-12-31',
    ...p,
  });
  const doEdit = (state: BoatCertificateState, p = edit(), c = ctx({ baseVersion: 3 })) => BOAT_CERTIFICATE_DECIDERS['berths.editBoatCertificate'](state, p, c);
  const doRemove = (state: BoatCertificateState, c = ctx({ baseVersion: 3 })) => BOAT_CERTIFICATE_DECIDERS['berths.removeBoatCertificate'](state, { certificateId: CERT }, c);

  it('edits the texts and days, keeps the type and records the new check', () => {
    const d = doEdit({ certificate: row });
    expect(d.ok && d.puts[0]).toEqual({
      entity: 'boat_certificate',
      version: 4,
      record: { ...cert(), number: 'POL-2', issuer: 'If', validUntil: '2026-12-31', checked: { actorId: 'u-aino', actorName: 'Aino Virtanen', at: '2027-03-02T10:00:00+02:00' }, document: null },
    });
  });
  it('answers an edit or removal on an old copy with a conflict carrying the current one', () => {
    expect(doEdit({ certificate: row }, edit(), ctx({ baseVersion: 2 }))).toMatchObject({ ok: false, status: 'conflict', code: 'stale_version', current: { version: 3 } });
    expect(refusal(doRemove({ certificate: row }, ctx({ baseVersion: 4 })))).toBe('conflict:stale_version');
  });
  it('refuses what does not exist, days out of order, and anything on a removed certificate', () => {
    expect(refusal(doEdit({ certificate: null }))).toBe('rejected:not_found');
    expect(refusal(doEdit({ certificate: row }, edit({ validFrom: '2027-01-02', validUntil: '2027-01-01' })))).toBe('rejected:boat_certificate_dates_invalid');
    const gone = { record: cert({ removed: { actorId: null, actorName: null, at: '2027-03-01T10:00:00Z' } }), version: 3 };
    expect(refusal(doEdit({ certificate: gone }))).toBe('rejected:boat_certificate_removed');
    expect(refusal(doRemove({ certificate: gone }))).toBe('rejected:boat_certificate_removed');
  });
  it('removes by keeping the record with who removed it and when', () => {
    const d = doRemove({ certificate: row });
    expect(d.ok && d.puts[0]).toEqual({ entity: 'boat_certificate', version: 4, record: { ...cert(), removed: { actorId: 'u-aino', actorName: 'Aino Virtanen', at: '2027-03-02T10:00:00+02:00' } } });
  });
});

describe('a certificate’s scan', () => {
  const scan = (id: string, fileName = 'vakuutus.pdf') => ({ id, fileName, mediaType: 'application/pdf' as const, size: 2048, sha256: 'ab'.repeat(32) });
  const FIRST = '00000000-0000-4000-8000-00000000d001';
  const SECOND = '00000000-0000-4000-8000-00000000d002';
  const base = { certificateId: CERT, number: 'POL-1', issuer: 'If', validFrom: null, validUntil: '2027-12-31' };
  const add = (document: ReturnType<typeof scan> | null | undefined, state: Partial<BoatCertificateState> = {}) =>
    BOAT_CERTIFICATE_DECIDERS['berths.addBoatCertificate']({ boat, boatCertificates: [], ...state }, { ...base, boatId: BOAT, certificateType: 'insurance', document }, ctx());
  const edit = (had: ReturnType<typeof scan> | null, document: ReturnType<typeof scan> | null | undefined, documentStored?: boolean) =>
    BOAT_CERTIFICATE_DECIDERS['berths.editBoatCertificate']({ certificate: { record: cert({ document: had }), version: 3 }, documentStored }, { ...base, document }, ctx({ baseVersion: 3 }));
  const documentOf = (d: ReturnType<typeof add>) => (d.ok ? (d.puts[0]!.record as BoatCertificate).document : `${d.status}:${d.code}`);

  it('is recorded when its bytes are stored where the command is decided', () => {
    expect(documentOf(add(scan(FIRST), { documentStored: true }))).toEqual(scan(FIRST));
    expect(documentOf(add(undefined))).toBeNull();
    expect(documentOf(add(null))).toBeNull();
  });
  it('is refused when its bytes never arrived: no record points at a scan nobody can fetch', () => {
    expect(documentOf(add(scan(FIRST)))).toBe('rejected:boat_certificate_document_missing');
    expect(documentOf(add(scan(FIRST), { documentStored: false }))).toBe('rejected:boat_certificate_document_missing');
    expect(documentOf(edit(scan(FIRST), scan(SECOND), false))).toBe('rejected:boat_certificate_document_missing');
  });
  it('stays through an edit that leaves it out or names it again, without its bytes at hand', () => {
    expect(documentOf(edit(scan(FIRST), undefined))).toEqual(scan(FIRST));
    expect(documentOf(edit(scan(FIRST), scan(FIRST)))).toEqual(scan(FIRST));
  });
  it('is replaced by a stored one, or taken off with null', () => {
    expect(documentOf(edit(scan(FIRST), scan(SECOND, 'uusi.pdf'), true))).toEqual(scan(SECOND, 'uusi.pdf'));
    expect(documentOf(edit(scan(FIRST), null))).toBeNull();
  });
  it('payload: a whole reference or null, never a half one', () => {
    const schema = BOAT_CERTIFICATE_COMMANDS['berths.editBoatCertificate'].payload;
    expect(schema.safeParse({ ...base, document: scan(FIRST) }).success).toBe(true);
    expect(schema.safeParse({ ...base, document: null }).success).toBe(true);
    expect(schema.safeParse({ ...base, document: { ...scan(FIRST), mediaType: 'text/html' } }).success).toBe(false);
    expect(schema.safeParse({ ...base, document: { id: FIRST } }).success).toBe(false);
  });
});
