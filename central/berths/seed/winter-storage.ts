import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { priceListOn, type PriceLists } from '../../../domain/berths/price-list.ts';
import { WinterArea, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import { resourcesDataDir } from './reference-data.ts';

/** The shipped file (resources/data/berths/winter-storage.json): everything of a record but its price and office fields. */
const WinterStorageFile = z.object({
  areas: z.array(WinterArea.omit({ price: true })),
  sections: z.array(WinterSection),
  places: z.array(WinterPlace.omit({ isInvoiceable: true, comment: true })),
});

export interface WinterStorageResources {
  areas: WinterArea[];
  sections: WinterSection[];
  places: WinterPlace[];
}

/**
 * Helsinki's 14 winter storage areas with their sections and 526 marked places, each area priced
 * from the price list in force on `today` (null where the list has no price for it: flagged,
 * never priced from another area). A place is invoiced unless someone says otherwise.
 */
export function loadWinterStorage(priceLists: PriceLists, today: string, dir = resourcesDataDir()): WinterStorageResources {
  const file = WinterStorageFile.parse(JSON.parse(readFileSync(`${dir}/berths/winter-storage.json`, 'utf8')));
  const products = priceListOn(priceLists.priceLists, today)?.winterStorageProducts ?? [];
  const priceOf = new Map(products.map((p) => [p.areaId, { centsPerM2: p.centsPerM2, vatPercent: p.vatPercent }]));
  return {
    areas: file.areas.map((a) => ({ ...a, price: priceOf.get(a.id) ?? null })),
    sections: file.sections,
    places: file.places.map((p) => ({ ...p, isInvoiceable: true, comment: '' })),
  };
}
