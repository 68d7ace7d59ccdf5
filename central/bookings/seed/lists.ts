import type { Localized } from '../../../domain/languages.ts';
import { seedId } from './ids.ts';
import { isoDurationSeconds } from './iso-duration.ts';
import type { AgeGroup, CancellationRule, NamedItem, ReservationDenyReason, ReservationUnitType } from './reference-types.ts';

/**
 * The managed lists of the bookings workspace, read from `seed_reference_data.json`: Finnish names
 * come from the file, Swedish and English ones from here (the sources are Finnish only, except the
 * intended uses). A name the file gains without a translation here stops the seed with its name.
 */

/** The part of seed_reference_data.json the lists read. */
export interface SeedFile {
  reservation_unit_types: string[];
  intended_uses: { fi: string; sv: string; en: string }[];
  reservation_purposes: string[];
  age_groups_test_data: [number, number | null][];
  tax_percentages: number[];
  cancellation_rules: { name: string; can_be_cancelled_time_before: string | null }[];
  illustrative_deny_reasons_NOT_FROM_REPO: string[];
}

const UNIT_TYPES: Record<string, [sv: string, en: string]> = {
  Monitoimitila: ['Allaktivitetslokal', 'Multipurpose space'],
  Sisäliikuntatila: ['Inomhusidrottslokal', 'Indoor sports space'],
  Opetustila: ['Undervisningslokal', 'Teaching space'],
  Työpiste: ['Arbetsplats', 'Workstation'],
  'Laitteet ja välineet': ['Apparater och utrustning', 'Devices and equipment'],
  Kokoustila: ['Möteslokal', 'Meeting room'],
  Äänitysstudio: ['Inspelningsstudio', 'Recording studio'],
};

const PURPOSES: Record<string, [sv: string, en: string]> = {
  'Liikkua tai pelata': ['Motionera eller spela', 'Exercise or play'],
  Lukupiiri: ['Läsecirkel', 'Reading circle'],
  Opastus: ['Handledning', 'Guidance'],
  'Pitää kokous': ['Hålla möte', 'Hold a meeting'],
  'Harrastustoiminta, muu': ['Hobbyverksamhet, annan', 'Hobby activity, other'],
};

/** Illustrative reasons (the repositories ship none); admins manage the real list. */
const DENY_REASONS: Record<string, [sv: string, en: string]> = {
  'Tila ei ole käytettävissä toivottuna aikana': ['Lokalen är inte tillgänglig vid önskad tid', 'The space is not available at the requested time'],
  'Käyttötarkoitus ei sovellu tilaan': ['Användningsändamålet passar inte lokalen', 'The purpose does not suit the space'],
  'Puutteelliset tiedot varauksessa': ['Bristfälliga uppgifter i bokningen', 'The reservation lacks information'],
  'Päällekkäinen varaus / tuplavaraus': ['Överlappande bokning / dubbelbokning', 'Overlapping or double booking'],
  'Ei täytä alennuksen/maksuttomuuden perusteita': ['Uppfyller inte villkoren för rabatt eller avgiftsfrihet', 'Does not meet the grounds for a discount or free use'],
  'Muu syy': ['Annat skäl', 'Other reason'],
};

const CANCELLATION_NAMES: Record<string, Localized> = {
  'Varauksen alkuun asti': { fi: 'Varauksen alkuun asti', sv: 'Fram till bokningens början', en: 'Until the reservation starts' },
  '14 vrk ennen alkamista': { fi: '14 vrk ennen alkamista', sv: '14 dygn före början', en: '14 days before the start' },
  'Oletussääntö / Default rule': { fi: 'Vuorokautta ennen alkamista', sv: 'Ett dygn före början', en: 'One day before the start' },
};

function translated(fi: string, table: Record<string, [string, string]>, list: string): Localized {
  const pair = table[fi];
  if (!pair) throw new Error(`The bookings seed has no Swedish and English for the ${list} "${fi}".`);
  return { fi, sv: pair[0], en: pair[1] };
}

export const reservationUnitTypes = (file: SeedFile): ReservationUnitType[] =>
  file.reservation_unit_types.map((fi, i) => ({ id: seedId('reservation-unit-type', fi), rank: i + 1, name: translated(fi, UNIT_TYPES, 'reservation unit type') }));

export const purposes = (file: SeedFile): NamedItem[] =>
  file.reservation_purposes.map((fi, i) => ({ id: seedId('purpose', fi), rank: i + 1, name: translated(fi, PURPOSES, 'purpose') }));

export const denyReasons = (file: SeedFile): ReservationDenyReason[] =>
  file.illustrative_deny_reasons_NOT_FROM_REPO.map((fi, i) => ({ id: seedId('deny-reason', fi), rank: i + 1, reason: translated(fi, DENY_REASONS, 'deny reason') }));

export const intendedUses = (file: SeedFile): NamedItem[] =>
  file.intended_uses.map(({ fi, sv, en }, i) => ({ id: seedId('intended-use', fi), rank: i + 1, name: { fi, sv, en } }));

export const ageGroups = (file: SeedFile): AgeGroup[] =>
  file.age_groups_test_data.map(([minimum, maximum]) => ({ id: seedId('age-group', `${minimum}-${maximum ?? ''}`), minimum, maximum }));

/** The rules with a time; "none set" is no rule at all (the customer cannot cancel). */
export const cancellationRules = (file: SeedFile): CancellationRule[] =>
  file.cancellation_rules.flatMap(({ name, can_be_cancelled_time_before: before }) => {
    if (before === null) return [];
    const localized = CANCELLATION_NAMES[name];
    if (!localized) throw new Error(`The bookings seed has no Swedish and English for the cancellation rule "${name}".`);
    return [{ id: seedId('cancellation-rule', name), name: localized, canBeCancelledTimeBeforeSec: isoDurationSeconds(before) }];
  });

export const cancellationRuleId = (fileName: 'Varauksen alkuun asti' | '14 vrk ennen alkamista' | 'Oletussääntö / Default rule'): string => seedId('cancellation-rule', fileName);
export const reservationUnitTypeId = (fi: keyof typeof UNIT_TYPES): string => seedId('reservation-unit-type', fi);
export const intendedUseId = (fi: string): string => seedId('intended-use', fi);
