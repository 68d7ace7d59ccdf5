import { describe, expect, it } from 'vitest';
import { Application, ApplicationEvent, Berth, Boat, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import { isActiveLease } from '../../../domain/berths/statuses.ts';
import { generateCases } from './generate-cases.ts';
import { loadReferenceData } from './reference-data.ts';

const ref = loadReferenceData();

describe('reference data', () => {
  it('holds the real Helsinki harbours, piers, berths, prices and switch reasons', () => {
    expect(ref.harbours).toHaveLength(57);
    expect(ref.piers).toHaveLength(82);
    expect(ref.berths).toHaveLength(4068);
    expect(ref.products).toHaveLength(13);
    expect(ref.switchReasons).toHaveLength(12);
    for (const h of ref.harbours) Harbour.parse(h);
    for (const p of ref.piers) Pier.parse(p);
    for (const b of ref.berths) Berth.parse(b);
    expect(ref.harbours.every((h) => h.name.fi && h.name.sv && h.name.en)).toBe(true);
    expect(ref.switchReasons.every((r) => r.title.fi && r.title.sv && r.title.en)).toBe(true);
    expect(ref.products.find((p) => p.pricingCategory === 'dinghy')?.tierPricesCents).toEqual([6200, 6200, 6200]);
    expect(ref.berths.filter((b) => b.width === 2.5)).toHaveLength(1543);
  });
});

describe('generated cases', () => {
  const cases = generateCases(ref, { applications: 1500, seed: 42 });

  it('is deterministic: the same seed gives the same data, another seed other data', () => {
    expect(generateCases(ref, { applications: 1500, seed: 42 })).toEqual(cases);
    expect(generateCases(ref, { applications: 1500, seed: 43 }).applications[0]?.id).not.toBe(cases.applications[0]?.id);
  });

  it('produces valid records that respect the berth rules', () => {
    expect(cases.applications).toHaveLength(1500);
    for (const c of cases.customers) Customer.parse(c);
    for (const b of cases.boats) Boat.parse(b);
    for (const a of cases.applications) Application.parse(a);
    for (const l of cases.leases) Lease.parse(l);
    for (const e of cases.events) ApplicationEvent.parse(e);
    const active = new Set<string>();
    for (const l of cases.leases.filter((x) => isActiveLease(x.status))) {
      const key = `${l.berthId}:${l.season}`;
      expect(active.has(key)).toBe(false);
      active.add(key);
    }
    // No 2027 lease on a berth whose 2026 holder stays.
    const held2026 = new Set(cases.leases.filter((l) => l.season === 2026 && l.status === 'paid').map((l) => l.berthId));
    expect(cases.leases.filter((l) => l.season === 2027).every((l) => !held2026.has(l.berthId))).toBe(true);
    const ids = [...cases.customers, ...cases.boats, ...cases.applications, ...cases.leases, ...cases.events].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('looks like a real season: queue, statuses, choices, switches and arrival times', () => {
    const apps = cases.applications;
    const share = (f: (a: Application) => boolean) => apps.filter(f).length / apps.length;
    expect(share((a) => a.status === 'pending')).toBeGreaterThan(0.7);
    expect(share((a) => a.status === 'no_suitable_berths')).toBeGreaterThan(0.03);
    expect(apps.some((a) => a.status === 'offer_sent')).toBe(true);
    expect(apps.some((a) => a.status === 'awaiting_payment')).toBe(true);
    expect(apps.some((a) => a.status === 'declined_by_customer')).toBe(true);
    expect(share((a) => a.priority === 1)).toBeGreaterThan(0.7);
    expect(apps.some((a) => a.priority === 0)).toBe(true);
    expect(apps.every((a) => a.harbourChoices.length >= 1 && a.harbourChoices.length <= 10)).toBe(true);
    const switches = apps.filter((a) => a.kind === 'switch');
    expect(switches.length).toBeGreaterThan(100);
    expect(switches.every((a) => a.harbourChoices.length <= 5 && a.switch !== null)).toBe(true);
    expect(switches.some((a) => a.switch?.reasonId !== null)).toBe(true);
    expect(apps.map((a) => a.reference)).toEqual(apps.map((_, i) => `VP27-${String(i + 1).padStart(6, '0')}`));
    const times = apps.map((a) => Date.parse(a.receivedAt));
    expect((Math.max(...times) - Math.min(...times)) / 86400_000).toBeGreaterThan(360);
    const officeHours = apps.filter((a) => Number(a.receivedAt.slice(11, 13)) >= 8 && Number(a.receivedAt.slice(11, 13)) < 17).length;
    expect(officeHours / apps.length).toBeGreaterThan(0.5);
    expect(apps.every((a) => /[+-]0[23]:00$/.test(a.receivedAt))).toBe(true);
    // Every application has its received event; offers have their offer_made.
    const kinds = new Map<string, string[]>();
    for (const e of cases.events) kinds.set(e.applicationId, [...(kinds.get(e.applicationId) ?? []), e.kind]);
    expect(apps.every((a) => kinds.get(a.id)?.[0] === 'received')).toBe(true);
    expect(apps.filter((a) => a.status === 'offer_sent').every((a) => kinds.get(a.id)?.includes('offer_made'))).toBe(true);
    // The customer's answers in the states the deciders give them: accepted waits for payment, declined is the customer's.
    const leaseOf = new Map(cases.leases.filter((l) => l.applicationId).map((l) => [l.applicationId, l.status]));
    expect(apps.filter((a) => a.status === 'awaiting_payment').every((a) => leaseOf.get(a.id) === 'awaiting_payment' && kinds.get(a.id)?.includes('offer_accepted'))).toBe(true);
    expect(apps.filter((a) => a.status === 'declined_by_customer').every((a) => leaseOf.get(a.id) === 'refused' && kinds.get(a.id)?.includes('offer_declined'))).toBe(true);
    expect(apps.some((a) => a.status === 'handled') || cases.leases.some((l) => l.status === 'paid' && l.applicationId !== null)).toBe(false);
    const languages = new Set(cases.customers.map((c) => c.language));
    expect(languages).toEqual(new Set(['fi', 'sv', 'en']));
  });

  it('gives boats widths from the real berth width spread, a few too wide for most harbours', () => {
    const newBoats = cases.applications.filter((a) => a.kind === 'new').map((a) => a.boat.width);
    const maxBerth = Math.max(...ref.berths.map((b) => b.width));
    expect(newBoats.filter((w) => w <= 2.5).length / newBoats.length).toBeGreaterThan(0.3);
    expect(newBoats.some((w) => w > 4.2)).toBe(true);
    expect(newBoats.every((w) => w <= maxBerth)).toBe(true);
  });
});
