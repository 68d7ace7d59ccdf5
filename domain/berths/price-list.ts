import { z } from 'zod';
import { BerthProduct, IsoDate } from './entities.ts';

/**
 * The berth services price list as data (brief 4.5): each list holds from one day to another, so
 * next season's prices can be entered before they apply and last season's orders keep theirs.
 * Money in euro cents incl. VAT; VAT in percent. resources/data/berths/price-lists.json seeds it.
 */
const Validity = { validFrom: IsoDate, validUntil: IsoDate.nullable() };

export const WinterStorageProduct = z.object({
  areaId: z.string(),
  areaName: z.string(),
  centsPerM2: z.number().int().nonnegative(),
  vatPercent: z.number().nonnegative(),
});
export type WinterStorageProduct = z.infer<typeof WinterStorageProduct>;

export const ADDITIONAL_SERVICES = [
  // Fixed harbour services: always for the season, at the default VAT.
  'electricity', 'water', 'gate', 'mooring', 'waste_collection', 'lighting',
  // Optional services, one product per service and period.
  'summer_storage_for_docking_equipment', 'summer_storage_for_trailers', 'storage_on_ice', 'parking_permit', 'dinghy_place',
] as const;
export const FIXED_SERVICES: readonly (typeof ADDITIONAL_SERVICES)[number][] = ['electricity', 'water', 'gate', 'mooring', 'waste_collection', 'lighting'];
/** VAT rates an additional service may carry besides the default one. */
export const ADDITIONAL_VAT_PERCENTS = [25.5, 24, 14, 10] as const;

export const AdditionalProduct = z
  .object({
    id: z.string(),
    service: z.enum(ADDITIONAL_SERVICES),
    period: z.enum(['season', 'month', 'year']),
    unit: z.enum(['amount', 'percentage']),
    /** Cents for an amount; percent of the lease order's price for a percentage. */
    value: z.number().nonnegative(),
    vatPercent: z.number().refine((v) => (ADDITIONAL_VAT_PERCENTS as readonly number[]).includes(v), 'not an accepted VAT rate'),
  })
  .refine((p) => !FIXED_SERVICES.includes(p.service) || p.period === 'season', { message: 'fixed harbour services are priced for the season' });
export type AdditionalProduct = z.infer<typeof AdditionalProduct>;

export const PriceList = z.object({
  id: z.string(),
  ...Validity,
  berthProducts: z.array(BerthProduct.omit({ id: true, validFrom: true, validUntil: true })),
  winterStorageProducts: z.array(WinterStorageProduct),
  additionalProducts: z.array(AdditionalProduct),
});
export type PriceList = z.infer<typeof PriceList>;

export const VatRate = z.object({ ...Validity, percent: z.number().nonnegative() });
export const PriceLists = z.object({ vatRates: z.array(VatRate).min(1), priceLists: z.array(PriceList).min(1) });
export type PriceLists = z.infer<typeof PriceLists>;

type Dated = { validFrom?: string | null; validUntil?: string | null };

export function validOn(item: Dated, day: string): boolean {
  return (!item.validFrom || item.validFrom <= day) && (!item.validUntil || day <= item.validUntil);
}

/** The list in force on a day; where two overlap, the one that began later. */
export function priceListOn<T extends Dated>(lists: readonly T[], day: string): T | null {
  return lists.filter((l) => validOn(l, day)).sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0] ?? null;
}

/** The general VAT rate on a day (25.5 % from 1.9.2024, 24 % before). */
export function vatPercentOn(rates: PriceLists['vatRates'], day: string): number | null {
  return priceListOn(rates, day)?.percent ?? null;
}
