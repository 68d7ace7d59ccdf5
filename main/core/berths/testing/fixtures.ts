import type { Application, ApplicationEvent, Berth, BerthProduct, Boat, Customer, Harbour, Lease, Pier, SwitchReason } from '../../../../domain/berths/entities.ts';
import type { Change, StaffUser } from '../../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../../domain/workspaces.ts';

/** Deterministic, valid v4-shaped UUIDs so tests read as "harbour 1", "berth 12". */
export const uid = (kind: number, n: number) => `00000000-0000-4000-8${String(kind).padStart(3, '0')}-${String(n).padStart(12, '0')}`;

export const HANDLER: StaffUser = { id: 'u-handler', name: 'Hanna Käsittelijä', roles: ['berth_handler'], grants: [] };
export const SUPERVISOR: StaffUser = { id: 'u-super', name: 'Seppo Valvoja', roles: ['berth_supervisor'], grants: [] };

const loc = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

export const H_MERI = uid(1, 1);
export const H_PAJA = uid(1, 2);
export const H_VASIKKA = uid(1, 3);

export function harbour(id: string, name: string, region: 'east' | 'west' = 'west'): Harbour {
  return { id, servicemapId: '1', name: loc(name), streetAddress: 'Satamatie 1', zipCode: '00100', region, location: null, wwwUrl: '' };
}

export function pier(id: string, harbourId: string, identifier: string, priceTier: 1 | 2 | 3 = 1): Pier {
  return { id, harbourId, identifier, priceTier, services: ['water'], personalElectricity: false, suitableBoatTypes: [] };
}

export function berth(id: string, p: Pier, number: string, width: number, length: number, extra: Partial<Berth> = {}): Berth {
  return { id, harbourId: p.harbourId, pierId: p.id, number, width, length, depth: null, mooringType: 'stern_buoy', isActive: true, isAccessible: null, comment: '', ...extra };
}

export const PRODUCTS: BerthProduct[] = [
  { id: uid(4, 1), pricingCategory: 'default', minWidthExclusive: 0, maxWidthInclusive: 2.5, tierPricesCents: [20000, 22000, 24000], vatPercent: 25.5 },
  { id: uid(4, 2), pricingCategory: 'default', minWidthExclusive: 2.5, maxWidthInclusive: 3.5, tierPricesCents: [30000, 33000, 36000], vatPercent: 25.5 },
  { id: uid(4, 3), pricingCategory: 'default', minWidthExclusive: 3.5, maxWidthInclusive: 6, tierPricesCents: [45000, 50000, 55000], vatPercent: 25.5 },
];

export const REASON: SwitchReason = { id: 'reason-1', title: loc('Veneen koko muuttunut') };

export function customer(id: string, firstName: string, lastName: string, kind: Customer['kind'] = 'private'): Customer {
  return {
    id, kind, firstName, lastName, companyName: kind === 'company' ? `${lastName} Oy` : null, businessId: null,
    email: `${firstName.toLowerCase()}@example.fi`, phone: '+358 40 123 4567', address: 'Katu 1', zipCode: '00100',
    municipality: 'Helsinki', language: 'fi', invoicingType: 'online_payment',
  };
}

export function boat(id: string, customerId: string, width: number, length: number, name = 'Aalto'): Boat {
  return { id, customerId, boatType: 3, registrationNumber: `A-${id.slice(-4)}`, name, model: 'Buster M', length, width, draught: null, weightKg: null };
}

export interface AppSpec {
  n: number;
  firstName: string;
  lastName: string;
  choices: string[];
  width?: number;
  length?: number;
  priority?: 0 | 1 | 2;
  receivedAt?: string;
  status?: Application['status'];
  kind?: 'new' | 'switch';
  companyName?: string | null;
  boatName?: string;
  registration?: string;
  switch?: Application['switch'];
  season?: number;
}

/** An application with its customer and boat (ids derived from n). */
export function application(s: AppSpec): { application: Application; customer: Customer; boat: Boat } {
  const c = customer(uid(5, s.n), s.firstName, s.lastName);
  const b = boat(uid(6, s.n), c.id, s.width ?? 2.4, s.length ?? 7);
  const app: Application = {
    id: uid(7, s.n),
    reference: `VP26-${String(s.n).padStart(6, '0')}`,
    kind: s.kind ?? 'new',
    status: s.status ?? 'pending',
    priority: s.priority ?? 1,
    receivedAt: s.receivedAt ?? `2026-01-${String(10 + (s.n % 18)).padStart(2, '0')}T09:00:00+02:00`,
    season: s.season ?? 2026,
    customerId: c.id,
    boatId: b.id,
    applicant: {
      firstName: s.firstName, lastName: s.lastName, companyName: s.companyName ?? null, email: c.email, phone: c.phone,
      address: c.address, zipCode: c.zipCode, municipality: c.municipality, language: 'fi',
    },
    boat: {
      boatType: 3, registrationNumber: s.registration ?? b.registrationNumber, name: s.boatName ?? b.name, model: b.model,
      length: b.length, width: b.width, draught: null,
    },
    harbourChoices: s.choices,
    switch: s.switch ?? null,
    accessibilityRequired: false,
    applicationCode: null,
  };
  return { application: app, customer: c, boat: b };
}

export function lease(id: string, b: Berth, app: Application | null, status: Lease['status'], season = 2026, customerId?: string): Lease {
  return {
    id, berthId: b.id, customerId: customerId ?? app?.customerId ?? uid(5, 999), boatId: app?.boatId ?? null, applicationId: app?.id ?? null,
    season, status, startDate: `${season}-06-10`, endDate: `${season}-09-14`, dueDate: null, priceCents: 30000, vatPercent: 25.5,
    offeredAt: status === 'offered' ? '2026-03-01T10:00:00+02:00' : null, offeredBy: null,
  };
}

export function received(app: Application, n: number): ApplicationEvent {
  return {
    id: uid(8, n), applicationId: app.id, at: app.receivedAt, kind: 'received', actorId: null, actorName: null,
    fromStatus: null, toStatus: 'pending', berthId: null, leaseId: null, note: null, commandId: null,
  };
}

export const put = <T extends { id: string }>(entity: EntityName, record: T, version = 1): Change => ({ entity, id: record.id, op: 'put', version, data: record });

/**
 * A small harbour world: Merisatama (piers A, B), Pajalahti (pier P), Vasikkasaari (pier V);
 * berths of several widths; a paid lease from last season holding one berth; applications of
 * people with Finnish names (diacritics on purpose).
 */
export function world() {
  const harbours = [harbour(H_MERI, 'Merisatama'), harbour(H_PAJA, 'Pajalahti'), harbour(H_VASIKKA, 'Vasikkasaari', 'east')];
  const pA = pier(uid(2, 1), H_MERI, 'A');
  const pB = pier(uid(2, 2), H_MERI, 'B', 2);
  const pP = pier(uid(2, 3), H_PAJA, 'P');
  const pV = pier(uid(2, 4), H_VASIKKA, 'V');
  const berths = {
    a1: berth(uid(3, 1), pA, '1', 2.5, 8),
    a2: berth(uid(3, 2), pA, '2', 3.0, 6),
    a10: berth(uid(3, 10), pA, '10', 2.5, 8),
    b1: berth(uid(3, 11), pB, '1', 2.6, 9),
    p1: berth(uid(3, 21), pP, '1', 2.8, 9),
    p2: berth(uid(3, 22), pP, '2', 2.0, 6),
    pInactive: berth(uid(3, 23), pP, '3', 3.0, 9, { isActive: false }),
    v1: berth(uid(3, 31), pV, '1', 4.0, 12),
  };
  const mk = [
    application({ n: 1, firstName: 'Matti', lastName: 'Mäkinen', choices: [H_MERI, H_PAJA], width: 2.4, length: 7, receivedAt: '2026-01-05T09:00:00+02:00', boatName: 'Öljyhuippu' }),
    application({ n: 2, firstName: 'Ville', lastName: 'Virtanen', choices: [H_PAJA], width: 2.7, length: 8.5, receivedAt: '2026-01-03T09:00:00+02:00' }),
    application({ n: 3, firstName: 'Åsa', lastName: 'Öberg', choices: [H_VASIKKA, H_MERI], width: 3.2, length: 10, priority: 2, receivedAt: '2026-01-20T09:00:00+02:00', kind: 'switch' }),
    application({ n: 4, firstName: 'Liisa', lastName: 'Laine', choices: [H_MERI], width: 2.2, length: 6, priority: 0, receivedAt: '2025-12-01T09:00:00+02:00' }),
    application({ n: 5, firstName: 'Kalle', lastName: 'Korhonen', choices: [H_MERI], receivedAt: '2026-01-04T09:00:00+02:00', status: 'handled' }),
    application({ n: 6, firstName: 'Pekka', lastName: 'Nieminen', choices: [H_PAJA, H_MERI], receivedAt: '2026-01-05T09:00:00+02:00', companyName: 'Nieminen Marine Oy', registration: 'ABC-123' }),
  ];
  const lastSeason = lease(uid(9, 1), berths.b1, null, 'paid', 2025);
  const changes: Change[] = [
    ...harbours.map((h) => put('harbour', h)),
    ...[pA, pB, pP, pV].map((p) => put('pier', p)),
    ...Object.values(berths).map((b) => put('berth', b)),
    ...PRODUCTS.map((p) => put('berth_product', p)),
    put('switch_reason', REASON),
    ...mk.map((m) => put('customer', m.customer)),
    ...mk.map((m) => put('boat', m.boat)),
    ...mk.map((m) => put('application', m.application, 3)),
    put('lease', lastSeason),
    ...mk.map((m, i) => put('application_event', received(m.application, i + 1))),
  ];
  const apps = Object.fromEntries(mk.map((m) => [m.application.applicant.lastName, m.application])) as Record<string, Application>;
  return { harbours, piers: { pA, pB, pP, pV }, berths, apps, lastSeason, changes };
}
