import type { DenyReason, Pricing, Reservation, ReservationUnit } from './entities.ts';

/** Small hand-made records for the handling rule tests. */
const text = (fi: string) => ({ fi, sv: fi, en: fi });

export function pricing(extra: Partial<Pricing> = {}): Pricing {
  return { begins: '2026-01-01', priceUnit: 'PER_HOUR', highestPriceCents: 4000, lowestPriceCents: 1000, vatPercent: 25.5, paymentType: 'ONLINE', ...extra };
}

export function reservationUnit(extra: Partial<ReservationUnit> = {}): ReservationUnit {
  return {
    id: 'ru-kokoushuone-1',
    unitId: 'unit-toolo',
    name: text('Kokoushuone 1'),
    description: text(''),
    spaceIds: ['space-kokoushuone-1'],
    resourceIds: [],
    reservationKind: 'DIRECT',
    minPersons: null,
    maxPersons: 12,
    minDurationMin: 30,
    maxDurationMin: 240,
    startIntervalMin: 30,
    reservationBeginsAt: null,
    reservationEndsAt: null,
    publishBeginsAt: null,
    publishEndsAt: null,
    minDaysBefore: 1,
    maxDaysBefore: 90,
    bufferBeforeMin: 15,
    bufferAfterMin: 15,
    blockWholeDay: false,
    maxReservationsPerUser: 3,
    requiresHandling: true,
    canApplyFreeOfCharge: true,
    cancellationRule: { name: text('14 vrk ennen alkamista'), cancelBeforeMinutes: 14 * 24 * 60 },
    pricings: [pricing()],
    haukiResourceId: null,
    ...extra,
  };
}

/** A two-hour evening request at Töölö library, 40 € gross, unpaid, waiting for a handler. */
export function reservation(extra: Partial<Reservation> = {}): Reservation {
  return {
    id: 'res-1001',
    reservationUnitId: 'ru-kokoushuone-1',
    unitId: 'unit-toolo',
    seriesId: null,
    state: 'REQUIRES_HANDLING',
    type: 'NORMAL',
    name: 'Lukupiiri',
    description: '',
    beginsAt: '2026-12-10T15:00:00.000Z',
    endsAt: '2026-12-10T17:00:00.000Z',
    bufferBeforeMin: 15,
    bufferAfterMin: 15,
    userId: 'customer-1',
    reserveeKind: 'association',
    reserveeFirstName: 'Aili',
    reserveeLastName: 'Mäkinen',
    reserveeOrganisation: 'Töölön lukupiiri ry',
    reserveeBusinessId: null,
    reserveeEmail: 'aili@example.fi',
    reserveePhone: '+358401234567',
    reserveeLanguage: 'fi',
    purposeId: 'purpose-lukupiiri',
    ageGroupId: 'age-29-64',
    partySize: 8,
    applyingForFreeOfCharge: true,
    freeOfChargeReason: 'Yhdistyksen kokous',
    priceCents: 8000,
    undiscountedPriceCents: 8000,
    subsidised: false,
    vatPercent: 25.5,
    paymentType: 'ONLINE',
    paymentStatus: null,
    paymentDueAt: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    confirmedAt: null,
    handledAt: null,
    denyReasonId: null,
    handlingNote: null,
    cancelReason: null,
    cancelDetails: null,
    ...extra,
  };
}

export const DENY_REASONS: DenyReason[] = [
  { id: 'deny-overlap', reason: { fi: 'Tila on varattu muuhun käyttöön', sv: 'Lokalen är reserverad för annat bruk', en: 'The space is reserved for other use' }, rank: 1, isActive: true },
  { id: 'deny-retired', reason: text('Vanha syy'), rank: 2, isActive: false },
];
