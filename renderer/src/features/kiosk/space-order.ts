import type { KioskSpace } from '../../../../domain/kiosk/contract.ts';
import type { Language } from '../../../../domain/languages.ts';
import { localized } from '../../format/format.ts';

/**
 * The kiosk's spaces as a customer reads them: those of the units in the kiosk's own building
 * first (a building can hold more than one: Itäkeskus library and Stoa), the other places' in a
 * group of their own (one group when the point has no unit, or its units no spaces here), each
 * group by name in the customer's language, as that language sorts (å, ä and ö after z in
 * Swedish). The core hands them over by Finnish name.
 */
export function spacesByPlace(spaces: readonly KioskSpace[], ownUnits: readonly string[], language: Language): { here: KioskSpace[]; elsewhere: KioskSpace[] } {
  const collator = new Intl.Collator(language);
  const byName = (a: KioskSpace, b: KioskSpace) =>
    collator.compare(localized(a.name, language), localized(b.name, language)) ||
    collator.compare(localized(a.unitName, language), localized(b.unitName, language)) ||
    a.reservationUnitId.localeCompare(b.reservationUnitId);
  const own = (s: KioskSpace) => ownUnits.includes(s.unitId);
  const split = spaces.some(own);
  return {
    here: spaces.filter((s) => !split || own(s)).sort(byName),
    elsewhere: spaces.filter((s) => split && !own(s)).sort(byName),
  };
}
