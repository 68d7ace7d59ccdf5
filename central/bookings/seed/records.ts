import type { DenyReason, Pricing, ReservationUnit as ReservationUnitRecord, Resource as ResourceRecord, Space as SpaceRecord, Unit as UnitRecord, UnitGroup as UnitGroupRecord } from '../../../domain/bookings/entities.ts';
import type { BookingsReferenceData, CancellationRule, ReservationUnit, Unit } from './reference-types.ts';

/**
 * The reference data in the shape sync carries (domain/bookings/entities.ts): what the central
 * stores in its booking tables. Drafts and archived reservation units are not offered to staff
 * (the domain record has no such state), so they are left out.
 */
export interface BookingRecords {
  units: UnitRecord[];
  unitGroups: UnitGroupRecord[];
  spaces: SpaceRecord[];
  resources: ResourceRecord[];
  reservationUnits: ReservationUnitRecord[];
  denyReasons: DenyReason[];
}

function unitRecord(u: Unit): UnitRecord {
  return {
    id: u.id,
    // Most demo units have no recorded registry id yet; see the report on domain Unit.tprekId.
    tprekId: u.tprekId as string,
    name: u.name,
    shortDescription: u.shortDescription,
    streetAddress: u.addressStreet.fi,
    zipCode: u.addressZip,
    city: u.addressCity.fi,
    email: u.email ?? '',
    phone: u.phone ?? '',
    webPage: u.webPage ?? '',
    haukiResourceId: u.originHaukiResource === null ? null : String(u.originHaukiResource),
  };
}

/** The seed writes Helsinki offsets; sync carries instants in UTC. */
const utc = (instant: string | null) => (instant === null ? null : new Date(instant).toISOString());

const startInterval = (u: ReservationUnit) => Number(/\d+/.exec(u.reservationStartInterval)![0]) as ReservationUnitRecord['startIntervalMin'];

function reservationUnitRecord(u: ReservationUnit, rules: ReadonlyMap<string, CancellationRule>): ReservationUnitRecord {
  const rule = u.cancellationRuleId === null ? undefined : rules.get(u.cancellationRuleId);
  return {
    id: u.id,
    unitId: u.unitId,
    name: u.name,
    description: u.description,
    spaceIds: [...u.spaceIds],
    resourceIds: [...u.resourceIds],
    reservationKind: u.reservationKind,
    minPersons: u.minPersons,
    maxPersons: u.maxPersons,
    minDurationMin: u.minReservationDurationMin,
    maxDurationMin: u.maxReservationDurationMin,
    startIntervalMin: startInterval(u),
    reservationBeginsAt: utc(u.reservationBeginsAt),
    reservationEndsAt: utc(u.reservationEndsAt),
    publishBeginsAt: utc(u.publishBeginsAt),
    publishEndsAt: utc(u.publishEndsAt),
    minDaysBefore: u.reservationsMinDaysBefore,
    maxDaysBefore: u.reservationsMaxDaysBefore > 0 ? u.reservationsMaxDaysBefore : null,
    bufferBeforeMin: u.bufferBeforeMin,
    bufferAfterMin: u.bufferAfterMin,
    blockWholeDay: u.blockWholeDay,
    maxReservationsPerUser: u.maxReservationsPerUser,
    requiresHandling: u.requireReservationHandling,
    canApplyFreeOfCharge: u.canApplyFreeOfCharge,
    cancellationRule: rule ? { name: rule.name, cancelBeforeMinutes: Math.ceil(rule.canBeCancelledTimeBeforeSec / 60) } : null,
    pricings: u.pricings.map(
      (p): Pricing => ({
        begins: p.begins,
        priceUnit: p.priceUnit,
        highestPriceCents: p.highestPriceCents,
        lowestPriceCents: p.lowestPriceCents,
        vatPercent: p.taxPercentage,
        // A free pricing is paid nowhere; the generator prices its bookings the same way.
        paymentType: p.paymentType ?? 'ON_SITE',
      }),
    ),
    haukiResourceId: u.originHaukiResource === null ? null : String(u.originHaukiResource),
  };
}

export function bookingRecords(data: BookingsReferenceData): BookingRecords {
  const rules = new Map(data.cancellationRules.map((r) => [r.id, r]));
  return {
    units: data.units.map(unitRecord),
    unitGroups: data.unitGroups,
    spaces: data.spaces.map((s) => ({ id: s.id, unitId: s.unitId, parentId: s.parentId, name: s.name, code: s.code, surfaceAreaM2: s.surfaceArea || null, maxPersons: s.maxPersons || null })),
    resources: data.resources,
    reservationUnits: data.reservationUnits.filter((u) => !u.isDraft && !u.isArchived).map((u) => reservationUnitRecord(u, rules)),
    denyReasons: data.denyReasons.map((d) => ({ id: d.id, reason: d.reason, rank: d.rank, isActive: true })),
  };
}
