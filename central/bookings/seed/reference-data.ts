import { RECORDED_FILES, readRecorded, spaceBookingsDir } from '../adapters/recorded.ts';
import type { CaisaArchetype } from './caisa.ts';
import { ageGroups, cancellationRules, denyReasons, intendedUses, purposes, reservationUnitTypes, type SeedFile } from './lists.ts';
import type { BookingsReferenceData } from './reference-types.ts';
import { seedReservationUnits } from './reservation-units.ts';
import { seedResources, seedSpaces } from './spaces.ts';
import { seedUnitGroups, seedUnits } from './units.ts';

export type { BookingsReferenceData } from './reference-types.ts';

/**
 * The bookings reference data the central is seeded with: units, their space trees, resources,
 * reservation units and the managed lists, built from the copies in resources/space-bookings
 * (see its README) and the typed completions beside this file. Same files, same ids, every time.
 */
export function loadBookingsReferenceData(dir = spaceBookingsDir()): BookingsReferenceData {
  const file = readRecorded('seed_reference_data.json', dir) as SeedFile & { reservation_unit_examples_caisa: CaisaArchetype[] };
  return {
    unitGroups: seedUnitGroups(),
    units: seedUnits(readRecorded(RECORDED_FILES.tprekUnits, dir)),
    spaces: seedSpaces(),
    resources: seedResources(),
    reservationUnitTypes: reservationUnitTypes(file),
    reservationUnits: seedReservationUnits(file.reservation_unit_examples_caisa),
    cancellationRules: cancellationRules(file),
    intendedUses: intendedUses(file),
    purposes: purposes(file),
    ageGroups: ageGroups(file),
    denyReasons: denyReasons(file),
    taxPercentages: file.tax_percentages,
  };
}
