import type { Localized } from '../../../domain/languages.ts';
import { seedId } from './ids.ts';
import { cancellationRuleId, intendedUseId, reservationUnitTypeId } from './lists.ts';
import type { PaymentType, PriceUnit, ReservationUnit, ReservationUnitPricing } from './reference-types.ts';
import { resourceId, spaceId } from './spaces.ts';
import { unitId, type UnitKey } from './units.ts';

/** Finland's general VAT rate from 2024-09-01 (24 % before). */
export const VAT = 25.5;

const cents = (euros: number): number => Math.round(euros * 100);

export function freePricing(begins = '2024-01-01'): ReservationUnitPricing[] {
  return [{ begins, priceUnit: 'PER_HOUR', lowestPriceCents: 0, highestPriceCents: 0, taxPercentage: 0, paymentType: null, isActivatedOnBegins: false }];
}

export interface PriceStep {
  begins: string;
  euros: number;
  /** The subsidised price; the normal price when not given. */
  lowestEuros?: number;
  vat?: number;
  /** The step applies to reservations made from its date on, rather than taking place from it. */
  activatedOnBegins?: boolean;
}

/** Dated prices of one unit and payment type, oldest first. */
export function pricing(priceUnit: PriceUnit, paymentType: PaymentType, steps: PriceStep[]): ReservationUnitPricing[] {
  return steps.map((s) => ({
    begins: s.begins,
    priceUnit,
    lowestPriceCents: cents(s.lowestEuros ?? s.euros),
    highestPriceCents: cents(s.euros),
    taxPercentage: s.vat ?? VAT,
    paymentType,
    isActivatedOnBegins: s.activatedOnBegins ?? false,
  }));
}

export interface ReservationUnitRow extends Partial<Omit<ReservationUnit, 'id' | 'unitId' | 'spaceIds' | 'resourceIds' | 'reservationUnitTypeId' | 'intendedUseIds' | 'name'>> {
  key: string;
  unit: UnitKey;
  name: Localized;
  type: string;
  spaces: string[];
  resources?: string[];
  uses?: string[];
}

/** A reservation unit from a row: what the row leaves out is the common case (free, 1–4 h on a half-hour grid). */
export function reservationUnit(row: ReservationUnitRow, rank: number): ReservationUnit {
  const { key, unit, name, type, spaces, resources, uses, ...rules } = row;
  return {
    id: seedId('reservation-unit', key),
    unitId: unitId(unit),
    rank,
    name,
    description: { fi: '', sv: '', en: '' },
    reservationUnitTypeId: reservationUnitTypeId(type),
    intendedUseIds: (uses ?? []).map(intendedUseId),
    spaceIds: spaces.map(spaceId),
    resourceIds: (resources ?? []).map(resourceId),
    surfaceArea: null,
    minPersons: null,
    maxPersons: null,
    blockWholeDay: false,
    bufferBeforeMin: 0,
    bufferAfterMin: 0,
    minReservationDurationMin: 60,
    maxReservationDurationMin: 240,
    reservationStartInterval: 'INTERVAL_30_MINUTES',
    reservationsMinDaysBefore: 0,
    reservationsMaxDaysBefore: 180,
    reservationBeginsAt: null,
    reservationEndsAt: null,
    publishBeginsAt: null,
    publishEndsAt: null,
    maxReservationsPerUser: null,
    requireReservationHandling: false,
    canApplyFreeOfCharge: false,
    requireAdultReservee: false,
    authentication: 'WEAK',
    reservationKind: 'DIRECT',
    reservationForm: 'CONTACT_INFO_FORM',
    cancellationRuleId: cancellationRuleId('Oletussääntö / Default rule'),
    pricings: freePricing(),
    accessType: 'OPENED_BY_STAFF',
    originHaukiResource: null,
    isDraft: false,
    isArchived: false,
    ...rules,
  };
}
