import type { Localized } from '../../../domain/languages.ts';
import type { ReservationUnitLinks, SpaceNode } from '../../../domain/bookings/vocabulary.ts';

/**
 * The shapes of the bookings reference data, named after the brief's fields (section 2) in
 * camelCase. Durations are minutes (`…Min`), money is euro cents (`…Cents`), dates are local
 * Helsinki dates 'YYYY-MM-DD', instants ISO 8601. Enum values are Varaamo's, quoted exactly.
 */

export type PriceUnit = 'PER_15_MINS' | 'PER_30_MINS' | 'PER_HOUR' | 'PER_HALF_DAY' | 'PER_DAY' | 'PER_WEEK' | 'FIXED';
export type PaymentType = 'ON_SITE' | 'ONLINE' | 'ONLINE_OR_INVOICE';
export type ReservationStartInterval =
  | 'INTERVAL_15_MINUTES'
  | 'INTERVAL_30_MINUTES'
  | 'INTERVAL_60_MINUTES'
  | 'INTERVAL_90_MINUTES'
  | 'INTERVAL_120_MINUTES'
  | 'INTERVAL_180_MINUTES'
  | 'INTERVAL_240_MINUTES'
  | 'INTERVAL_300_MINUTES'
  | 'INTERVAL_360_MINUTES'
  | 'INTERVAL_420_MINUTES';
export type ReservationKind = 'DIRECT' | 'SEASON' | 'DIRECT_AND_SEASON';
export type ReservationFormType = 'CONTACT_INFO_FORM' | 'RESERVEE_INFO_FORM' | 'PURPOSE_FORM' | 'AGE_GROUP_FORM';
export type AuthenticationType = 'WEAK' | 'STRONG';
export type AccessType = 'ACCESS_CODE' | 'OPENED_BY_STAFF' | 'PHYSICAL_KEY' | 'UNRESTRICTED';
export type ResourceLocationType = 'FIXED' | 'MOVABLE';

export interface UnitGroup {
  id: string;
  name: Localized;
  unitIds: string[];
}

export interface Unit {
  id: string;
  /** The unit's id in the city's unit registry; null where no recorded source gives it yet. */
  tprekId: string | null;
  tprekDepartmentId: string | null;
  rank: number;
  name: Localized;
  shortDescription: Localized;
  webPage: string | null;
  email: string | null;
  phone: string | null;
  addressStreet: Localized;
  addressZip: string;
  addressCity: Localized;
  coordinates: { lat: number; lon: number } | null;
  /** Hauki resource id of the unit's opening hours (brief 2.1 `origin_hauki_resource`). */
  originHaukiResource: number | null;
}

export interface Space extends SpaceNode {
  unitId: string;
  name: Localized;
  surfaceArea: number | null;
  maxPersons: number | null;
  code: string;
}

export interface Resource {
  id: string;
  unitId: string;
  name: Localized;
  locationType: ResourceLocationType;
  spaceId: string | null;
}

export interface ReservationUnitPricing {
  /** Applies from this date on, until the next pricing's `begins` (unique per reservation unit). */
  begins: string;
  priceUnit: PriceUnit;
  /** The subsidised price, VAT included; at most the highest. */
  lowestPriceCents: number;
  /** The normal price, VAT included; 0 means free of charge. */
  highestPriceCents: number;
  taxPercentage: number;
  /** Null for a free pricing: nothing is paid. */
  paymentType: PaymentType | null;
  /** True: applies to reservations created from `begins` on; false: to those starting from it. */
  isActivatedOnBegins: boolean;
}

export interface CancellationRule {
  id: string;
  name: Localized;
  /** Seconds, since Varaamo's "until the start" rule is one second. */
  canBeCancelledTimeBeforeSec: number;
}

export interface ReservationUnitType {
  id: string;
  rank: number;
  name: Localized;
}

export interface ReservationUnit extends ReservationUnitLinks {
  unitId: string;
  rank: number;
  name: Localized;
  description: Localized;
  reservationUnitTypeId: string;
  intendedUseIds: string[];
  surfaceArea: number | null;
  minPersons: number | null;
  maxPersons: number | null;
  minReservationDurationMin: number;
  maxReservationDurationMin: number;
  reservationStartInterval: ReservationStartInterval;
  reservationsMinDaysBefore: number;
  reservationsMaxDaysBefore: number;
  /** The booking calendar's open period; null = no limit on that side. */
  reservationBeginsAt: string | null;
  reservationEndsAt: string | null;
  /** When customers see the unit; null = no limit on that side. */
  publishBeginsAt: string | null;
  publishEndsAt: string | null;
  maxReservationsPerUser: number | null;
  requireReservationHandling: boolean;
  canApplyFreeOfCharge: boolean;
  requireAdultReservee: boolean;
  authentication: AuthenticationType;
  reservationKind: ReservationKind;
  reservationForm: ReservationFormType;
  /** Null: the customer can neither cancel nor reschedule. */
  cancellationRuleId: string | null;
  pricings: ReservationUnitPricing[];
  accessType: AccessType;
  /** Its own Hauki resource; null = the unit's opening hours. */
  originHaukiResource: number | null;
  isDraft: boolean;
  isArchived: boolean;
}

export interface NamedItem {
  id: string;
  rank: number;
  name: Localized;
}

export interface AgeGroup {
  id: string;
  minimum: number;
  /** Null means "and over". */
  maximum: number | null;
}

export interface ReservationDenyReason {
  id: string;
  rank: number;
  reason: Localized;
}

export interface BookingsReferenceData {
  unitGroups: UnitGroup[];
  units: Unit[];
  spaces: Space[];
  resources: Resource[];
  reservationUnitTypes: ReservationUnitType[];
  reservationUnits: ReservationUnit[];
  cancellationRules: CancellationRule[];
  intendedUses: NamedItem[];
  purposes: NamedItem[];
  ageGroups: AgeGroup[];
  denyReasons: ReservationDenyReason[];
  taxPercentages: number[];
}
