import type { Application, Berth, BerthProduct, Customer, Harbour, Lease, Pier } from './entities.ts';
import type { CommandContext } from '../sync/command-context.ts';

/** Small hand-made records for the rule tests. */
export const HARBOUR_A = '00000000-0000-4000-8000-00000000000a';
export const HARBOUR_B = '00000000-0000-4000-8000-00000000000b';
export const HARBOUR_C = '00000000-0000-4000-8000-00000000000c';
export const PIER_A = '00000000-0000-4000-8000-0000000000a1';
export const PIER_B = '00000000-0000-4000-8000-0000000000b1';

export function harbour(id: string, fi: string): Harbour {
  return { id, servicemapId: '1', name: { fi, sv: fi, en: fi }, streetAddress: '', zipCode: '00100', region: 'east', location: null, wwwUrl: '' };
}

export function pier(id: string, harbourId: string, identifier = 'A', priceTier: 1 | 2 | 3 = 1): Pier {
  return { id, harbourId, identifier, priceTier, services: [], personalElectricity: false, suitableBoatTypes: [] };
}

let berthSeq = 0;
export function berth(harbourId: string, pierId: string, width: number, length: number, extra: Partial<Berth> = {}): Berth {
  berthSeq += 1;
  return {
    id: `00000000-0000-4000-9000-${String(berthSeq).padStart(12, '0')}`,
    harbourId,
    pierId,
    number: String(berthSeq),
    width,
    length,
    depth: null,
    mooringType: 'single_slip',
    isActive: true,
    isAccessible: null,
    comment: '',
    ...extra,
  };
}

export function application(extra: Partial<Application> = {}): Application {
  return {
    id: '00000000-0000-4000-a000-000000000001',
    reference: 'VP27-000001',
    kind: 'new',
    status: 'pending',
    priority: 1,
    receivedAt: '2026-03-01T09:00:00+02:00',
    season: 2027,
    customerId: '00000000-0000-4000-b000-000000000001',
    boatId: '00000000-0000-4000-c000-000000000001',
    applicant: { firstName: 'Aili', lastName: 'Mäkinen', companyName: null, email: 'aili@example.fi', phone: '+358401234567', address: 'Merikatu 1', zipCode: '00150', municipality: 'Helsinki', language: 'fi' },
    boat: { boatType: 3, registrationNumber: 'A12345', name: 'Kuutti', model: 'Terhi 450', length: 5, width: 2.3, draught: null },
    harbourChoices: [HARBOUR_A, HARBOUR_B],
    switch: null,
    accessibilityRequired: false,
    applicationCode: null,
    ...extra,
  };
}

export function lease(berthId: string, season: number, status: Lease['status'], extra: Partial<Lease> = {}): Lease {
  return {
    id: `00000000-0000-4000-d000-${berthId.slice(-12)}`,
    berthId,
    customerId: '00000000-0000-4000-b000-000000000099',
    boatId: null,
    applicationId: null,
    season,
    status,
    startDate: `${season}-06-10`,
    endDate: `${season}-09-14`,
    dueDate: null,
    priceCents: 29000,
    vatPercent: 25.5,
    offeredAt: null,
    offeredBy: null,
    ...extra,
  };
}

export const PRODUCTS: BerthProduct[] = [
  { id: '00000000-0000-4000-e000-000000000001', pricingCategory: 'default', minWidthExclusive: 0, maxWidthInclusive: 2, tierPricesCents: [20000, 17000, 15000], vatPercent: 25.5 },
  { id: '00000000-0000-4000-e000-000000000002', pricingCategory: 'default', minWidthExclusive: 2, maxWidthInclusive: 2.75, tierPricesCents: [29000, 25000, 22000], vatPercent: 25.5 },
  { id: '00000000-0000-4000-e000-000000000003', pricingCategory: 'default', minWidthExclusive: 2.75, maxWidthInclusive: 3, tierPricesCents: [33000, 31000, 29000], vatPercent: 25.5 },
  { id: '00000000-0000-4000-e000-000000000004', pricingCategory: 'dinghy', minWidthExclusive: 0, maxWidthInclusive: 999.99, tierPricesCents: [6200, 6200, 6200], vatPercent: 25.5 },
  { id: '00000000-0000-4000-e000-000000000005', pricingCategory: 'vasikkasaari', minWidthExclusive: 2.49, maxWidthInclusive: 2.5, tierPricesCents: [10000, 10000, 10000], vatPercent: 25.5 },
];

/** A private customer invoiced online, in Finnish unless told otherwise. */
export function customer(id: string, extra: Partial<Customer> = {}): Customer {
  return {
    id,
    kind: 'private',
    firstName: 'Veli',
    lastName: 'Laine',
    companyName: null,
    businessId: null,
    email: 'veli.laine@example.fi',
    phone: '+358401112223',
    address: 'Rantatie 2',
    zipCode: '00980',
    municipality: 'Helsinki',
    language: 'fi',
    invoicingType: 'online_payment',
    ...extra,
  };
}

/** Aino's command on 28.11.2026 at base version 3, as the berth decider tests decide them. */
export const commandContext = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '00000000-0000-4000-f000-000000000001',
  actor: { id: 'u-aino', name: 'Aino Virtanen' },
  now: '2026-11-28T10:00:00+02:00',
  recordedAt: null,
  today: '2026-11-28',
  baseVersion: 3,
  ...extra,
});
