import type { KioskSpace } from '../../../../domain/kiosk/contract.ts';
import type { Language } from '../../../../domain/languages.ts';
import { localized } from '../../format/format.ts';

/**
 * The kiosk's spaces as a customer reads them: those of the unit in the kiosk's own building first,
 * the other places' in a group of their own (one group when the point has no unit, or its unit no
 * spaces here), each group by name in the customer's language, as that language sorts (å, ä and ö
 * after z in Swedish). The core hands them over by Finnish name.
 */
export function spacesByPlace(spaces: readonly KioskSpace[], ownUnit: string | null, language: Language): { here: KioskSpace[]; elsewhere: KioskSpace[] } {
  const collator = new Intl.Collator(language);
  const byName = (a: KioskSpace, b: KioskSpace) =>
    collator.compare(localized(a.name, language), localized(b.name, language)) ||
    collator.compare(localized(a.unitName, language), localized(b.unitName, language)) ||
    a.reservationUnitId.localeCompare(b.reservationUnitId);
  const split = spaces.some((s) => s.unitId === ownUnit);
  return {
    here: spaces.filter((s) => !split || s.unitId === ownUnit).sort(byName),
    elsewhere: spaces.filter((s) => split && s.unitId !== ownUnit).sort(byName),
  };
}
