import type { Localized } from '../../../domain/languages.ts';
import { isoDurationSeconds } from './iso-duration.ts';
import { cancellationRuleId } from './lists.ts';
import type { AccessType, AuthenticationType, PaymentType, PriceUnit, ReservationKind, ReservationStartInterval } from './reference-types.ts';
import { freePricing, pricing, type ReservationUnitRow } from './reservation-unit-builder.ts';

/**
 * Caisa's reservation units: Varaamo's test server keeps a copy of Caisa with nine archetypes
 * (always handled, free, paid, discountable, not cancellable, buffered, one per user…), whose
 * rules `seed_reference_data.json` records. Their rules come from the file; their names here are
 * the rooms' own, since the test names say what each archetype tests.
 */

/** One entry of `reservation_unit_examples_caisa`. */
export interface CaisaArchetype {
  name: string;
  min: string;
  max: string;
  persons: [number | null, number];
  m2?: number;
  interval?: ReservationStartInterval;
  days_before?: [number, number];
  require_handling?: boolean;
  kind: ReservationKind;
  can_apply_free_of_charge?: boolean;
  cancellation: '14 vrk' | 'until begin' | null;
  pricing: { unit?: PriceUnit; lowest?: number; highest: number; vat?: number; payment_type?: PaymentType };
  buffer_before?: string;
  buffer_after?: string;
  max_reservations_per_user?: number;
  authentication?: AuthenticationType;
  access_type?: AccessType;
}

const ROOMS: Record<string, { space: string; name: Localized; type: string; uses: string[] }> = {
  'Aina käsiteltävä kellarikerros': { space: 'caisa-kellari', name: { fi: 'Kellarisali', sv: 'Källarsalen', en: 'Basement hall' }, type: 'Monitoimitila', uses: ['Järjestä tapahtuma', 'Löydä juhlatila'] },
  'Maksuton mankeli': { space: 'caisa-mankelihuone', name: { fi: 'Mankeli', sv: 'Mangel', en: 'Mangle' }, type: 'Laitteet ja välineet', uses: ['Käytä laitteita'] },
  'Aina maksullinen Aitio': { space: 'caisa-aitio', name: { fi: 'Aitio', sv: 'Logen', en: 'Box' }, type: 'Kokoustila', uses: ['Pidä kokous'] },
  'Alennuskelpoinen aula': { space: 'caisa-aula', name: { fi: 'Aula', sv: 'Lobbyn', en: 'Lobby' }, type: 'Monitoimitila', uses: ['Järjestä näyttely'] },
  'Perumiskelvoton parveke, maksuton': { space: 'caisa-parveke', name: { fi: 'Parveke', sv: 'Balkongen', en: 'Balcony' }, type: 'Monitoimitila', uses: ['Harrasta yhdessä'] },
  'Perumiskelvoton patio, maksullinen': { space: 'caisa-patio', name: { fi: 'Patio', sv: 'Patio', en: 'Patio' }, type: 'Monitoimitila', uses: ['Järjestä tapahtuma'] },
  'Toistuvien varausten Toimisto': { space: 'caisa-toimisto', name: { fi: 'Toimisto', sv: 'Kontoret', en: 'Office' }, type: 'Työpiste', uses: ['Työskentele yksin tai ryhmässä'] },
  'Tauotettu Takkahuone': { space: 'caisa-takkahuone', name: { fi: 'Takkahuone', sv: 'Brasrummet', en: 'Fireplace room' }, type: 'Kokoustila', uses: ['Pidä kokous', 'Löydä juhlatila'] },
  'Aina käsiteltävä Kammio, maksuton': { space: 'caisa-kammio', name: { fi: 'Kammio', sv: 'Kammaren', en: 'Chamber' }, type: 'Kokoustila', uses: ['Pidä kokous'] },
};

const CANCELLATION = {
  '14 vrk': cancellationRuleId('14 vrk ennen alkamista'),
  'until begin': cancellationRuleId('Varauksen alkuun asti'),
} as const;

const minutes = (iso: string | undefined): number => (iso ? isoDurationSeconds(iso) / 60 : 0);

/** Priced from the VAT change of 2024-09-01, when Varaamo re-issued every paid pricing. */
const PRICED_FROM = '2024-09-01';

export function caisaRows(archetypes: readonly CaisaArchetype[]): ReservationUnitRow[] {
  return archetypes.map((a) => {
    const room = ROOMS[a.name];
    if (!room) throw new Error(`The bookings seed has no Caisa room for the archetype "${a.name}".`);
    const paid = a.pricing.highest > 0;
    return {
      key: room.space,
      unit: 'caisa',
      name: room.name,
      type: room.type,
      spaces: [room.space],
      uses: room.uses,
      surfaceArea: a.m2 ?? null,
      minPersons: a.persons[0],
      maxPersons: a.persons[1],
      minReservationDurationMin: minutes(a.min),
      maxReservationDurationMin: minutes(a.max),
      reservationStartInterval: a.interval ?? 'INTERVAL_15_MINUTES',
      reservationsMinDaysBefore: a.days_before?.[0] ?? 0,
      reservationsMaxDaysBefore: a.days_before?.[1] ?? 180,
      bufferBeforeMin: minutes(a.buffer_before),
      bufferAfterMin: minutes(a.buffer_after),
      requireReservationHandling: a.require_handling ?? false,
      canApplyFreeOfCharge: a.can_apply_free_of_charge ?? false,
      maxReservationsPerUser: a.max_reservations_per_user ?? null,
      authentication: a.authentication ?? 'WEAK',
      reservationKind: a.kind,
      cancellationRuleId: a.cancellation === null ? null : CANCELLATION[a.cancellation],
      accessType: a.access_type ?? 'OPENED_BY_STAFF',
      pricings: paid
        ? pricing(a.pricing.unit ?? 'PER_HOUR', a.pricing.payment_type ?? 'ONLINE', [{ begins: PRICED_FROM, euros: a.pricing.highest, lowestEuros: a.pricing.lowest ?? a.pricing.highest, vat: a.pricing.vat ?? 25.5 }])
        : freePricing(PRICED_FROM),
    };
  });
}
