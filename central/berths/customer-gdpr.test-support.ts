import { afterAll, beforeAll } from 'vitest';
import type { Application, Boat, Customer } from '../../domain/berths/entities.ts';
import { launchCentral } from '../server.ts';
import { signIn } from '../testing/api-client.ts';

/** Who a test's erasable customer is: their ids, names and contact as the records first held them. */
export interface ErasableIds {
  customer: string;
  boat: string;
  application: string;
  harbour: string;
}
export interface ErasableContact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  registration: string;
  boatName: string;
}

/**
 * A private customer with a boat and a handled berth application of season 2026 naming them (the
 * GDPR tests over HTTP insert these rows straight into the central's tables), versions aside.
 */
export function erasableCustomer(ids: ErasableIds, c: ErasableContact): { customer: Customer; boat: Boat; application: Application } {
  const customer: Customer = { id: ids.customer, kind: 'private', firstName: c.firstName, lastName: c.lastName, companyName: null, businessId: null, email: c.email, phone: c.phone, address: 'Laivurinkatu 4', zipCode: '00150', municipality: 'Helsinki', language: 'fi', invoicingType: 'online_payment' };
  const boat: Boat = { id: ids.boat, customerId: ids.customer, boatType: 3, registrationNumber: c.registration, name: c.boatName, model: 'Terhi 450', length: 4.5, width: 1.8, draught: null, weightKg: null };
  const application: Application = {
    id: ids.application,
    reference: `VP26-${ids.application.slice(0, 6)}`,
    kind: 'new',
    status: 'handled',
    priority: 1,
    receivedAt: '2026-01-15T09:00:00+02:00',
    season: 2026,
    customerId: ids.customer,
    boatId: ids.boat,
    applicant: { firstName: c.firstName, lastName: c.lastName, companyName: null, email: c.email, phone: c.phone, address: 'Laivurinkatu 4', zipCode: '00150', municipality: 'Helsinki', language: 'fi' },
    boat: { boatType: 3, registrationNumber: c.registration, name: c.boatName, model: 'Terhi 450', length: 4.5, width: 1.8, draught: null },
    harbourChoices: [ids.harbour],
    switch: null,
    accessibilityRequired: false,
    applicationCode: null,
  };
  return { customer, boat, application };
}

/** A central of its own for a test file (30 seeded applications, no message sending), and the named users signed in. */
export function gdprCentral(users: readonly string[]): { central: Awaited<ReturnType<typeof launchCentral>>; tokens: Record<string, string> } {
  const world = { central: null as unknown as Awaited<ReturnType<typeof launchCentral>>, tokens: {} as Record<string, string> };
  beforeAll(async () => {
    world.central = await launchCentral({ seed: { applications: 30, seed: 11 }, notifications: false });
    for (const user of users) world.tokens[user] = await signIn(world.central.url, user);
  });
  afterAll(() => world.central.close());
  return world;
}
