import { describe, expect, it } from 'vitest';
import { BoatCertificate } from '../../../domain/berths/boat-certificate-entity.ts';
import { certificateStatus } from '../../../domain/berths/boat-certificate-status.ts';
import { generateCases } from './generate-cases.ts';
import { generateCertificates } from './generate-certificates.ts';
import { loadReferenceData } from './reference-data.ts';

const TODAY = '2026-12-03';
const people = generateCases(loadReferenceData(), { applications: 300, seed: 8 });
const certificates = generateCertificates(people.boats, { today: TODAY, seed: 8 });

describe('demo boat certificates', () => {
  it('is deterministic, valid, and gives a boat at most one of each type, for its owner', () => {
    expect(generateCertificates(people.boats, { today: TODAY, seed: 8 })).toEqual(certificates);
    const boats = new Map(people.boats.map((b) => [b.id, b]));
    const seen = new Set<string>();
    for (const c of certificates) {
      expect(BoatCertificate.parse(c)).toEqual(c);
      expect(boats.get(c.boatId)?.customerId).toBe(c.customerId);
      expect(seen.has(`${c.boatId}:${c.certificateType}`)).toBe(false);
      seen.add(`${c.boatId}:${c.certificateType}`);
      expect(c.checked.at.slice(0, 10) < TODAY).toBe(true);
      if (c.validFrom) expect(c.validFrom <= c.validUntil).toBe(true);
    }
  });

  it('covers a share of the boats with every status a handler meets', () => {
    const boatsWith = new Set(certificates.map((c) => c.boatId)).size;
    expect(boatsWith / people.boats.length).toBeGreaterThan(0.3);
    expect(boatsWith / people.boats.length).toBeLessThan(0.8);
    const statuses = new Map<string, number>();
    for (const c of certificates) statuses.set(certificateStatus(c, TODAY), (statuses.get(certificateStatus(c, TODAY)) ?? 0) + 1);
    for (const s of ['valid', 'expiring', 'expired'] as const) expect(statuses.get(s) ?? 0, s).toBeGreaterThan(certificates.length / 10);
    expect(certificates.some((c) => c.certificateType === 'inspection')).toBe(true);
    expect(certificates.some((c) => c.certificateType === 'insurance')).toBe(true);
  });
});
