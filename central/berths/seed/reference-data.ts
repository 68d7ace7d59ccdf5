import { readFileSync } from 'node:fs';
import { parseCsv } from '../../csv.ts';
import { resourcesDir } from '../../resources-dir.ts';
import { nameUuid } from '../../stable-ids.ts';
import type { Berth, BerthProduct, Harbour, MooringType, Pier, SwitchReason } from '../../../domain/berths/entities.ts';
import { PIER_SERVICES } from '../../../domain/berths/entities.ts';
import { PriceLists } from '../../../domain/berths/price-list.ts';

/** The real Helsinki reference data the project ships in resources/data (see its README). */
export interface ReferenceData {
  harbours: Harbour[];
  piers: Pier[];
  berths: Berth[];
  products: BerthProduct[];
  /** The whole price list with its dates (winter storage and additional services too). */
  priceLists: PriceLists;
  switchReasons: SwitchReason[];
  /** Residential postal codes of Helsinki. */
  postalCodes: { code: string; area: string }[];
}

export function resourcesDataDir(): string {
  return `${resourcesDir()}/data`;
}



const MOORING: Record<string, MooringType> = {
  no_stern_to: 'no_stern_to',
  single_slip: 'single_slip',
  side_slip: 'side_slip',
  stern_buoy: 'stern_buoy',
  stern_pole: 'stern_pole',
  quayside: 'quayside',
  dinghy: 'dinghy',
  sea_buoy: 'sea_buoy',
  'trawler/trailer': 'trailer',
  trailer: 'trailer',
};

const SERVICE_COLUMNS: Record<(typeof PIER_SERVICES)[number], string> = {
  electricity: 'electricity',
  water: 'water',
  gate: 'gate',
  mooring: 'mooring',
  wasteCollection: 'waste_collection',
  lighting: 'lighting',
};

const num = (s: string | undefined): number => Number(s ?? '');
const bool = (s: string | undefined): boolean => s === 'True' || s === 'true';

let cached: ReferenceData | null = null;

export function loadReferenceData(dir = resourcesDataDir()): ReferenceData {
  if (cached && dir === resourcesDataDir()) return cached;
  const read = (file: string) => readFileSync(`${dir}/${file}`, 'utf8');

  const harbourRows = parseCsv(read('berths/helsinki_harbors.csv'));
  const harbours: Harbour[] = harbourRows.map((r) => ({
    id: r.harbor_id!,
    servicemapId: r.servicemap_id ?? '',
    name: { fi: r.name_fi ?? '', sv: r.name_sv || r.name_fi || '', en: r.name_en || r.name_fi || '' },
    streetAddress: r.street_address_fi ?? '',
    zipCode: r.zip_code ?? '',
    region: r.region === 'west' ? 'west' : 'east',
    location: r.lon && r.lat ? { lon: num(r.lon), lat: num(r.lat) } : null,
    wwwUrl: r.www_url ?? '',
  }));
  const harbourByName = new Map(harbours.map((h) => [h.name.fi, h.id]));

  const piers: Pier[] = parseCsv(read('berths/helsinki_piers.csv')).map((r) => {
    const tier = num(r.price_tier);
    return {
      id: r.pier_id!,
      harbourId: r.harbor_id!,
      identifier: r.identifier ?? '',
      priceTier: tier === 2 ? 2 : tier === 3 ? 3 : 1,
      services: PIER_SERVICES.filter((s) => bool(r[SERVICE_COLUMNS[s]])),
      personalElectricity: bool(r.personal_electricity),
      suitableBoatTypes: (r.suitable_boat_types ?? '').split('|').map((s) => s.trim()).filter(Boolean),
    };
  });
  const pierByKey = new Map(piers.map((p) => [`${p.harbourId}|${p.identifier}`, p.id]));

  const berths: Berth[] = parseCsv(read('berths/helsinki_berths.csv')).map((r) => {
    const harbourId = harbourByName.get(r.harbor_name_fi ?? '');
    const pierId = harbourId ? pierByKey.get(`${harbourId}|${r.pier_identifier}`) : undefined;
    const mooringType = MOORING[r.mooring_type ?? ''];
    if (!harbourId || !pierId || !mooringType) throw new Error(`Berth ${r.berth_id} does not match a harbour, pier or mooring type.`);
    return {
      id: r.berth_id!,
      harbourId,
      pierId,
      number: r.number ?? '',
      width: num(r.width_m),
      length: num(r.length_m),
      depth: r.depth_m ? num(r.depth_m) : null,
      mooringType,
      isActive: bool(r.is_active),
      isAccessible: r.is_accessible ? bool(r.is_accessible) : null,
      comment: r.comment ?? '',
    };
  });

  // The price list in force is the seed's: its dates travel with every product.
  const priceLists = PriceLists.parse(JSON.parse(read('berths/price-lists.json')));
  const products: BerthProduct[] = priceLists.priceLists.flatMap((list) =>
    list.berthProducts.map((p) => ({
      ...p,
      id: nameUuid(`berth_product:${p.pricingCategory}:${p.minWidthExclusive.toFixed(2)}:${p.maxWidthInclusive.toFixed(2)}`),
      validFrom: list.validFrom,
      validUntil: list.validUntil,
    })),
  );

  type Fixture = { model: string; pk: number; fields: { language_code?: string; title?: string; master?: number } };
  const fixture = JSON.parse(read('berths/raw/switch-reasons.json')) as Fixture[];
  const switchReasons: SwitchReason[] = fixture
    .filter((f) => f.model === 'applications.berthswitchreason')
    .map((f) => {
      const title = (lang: string) =>
        fixture.find((t) => t.model === 'applications.berthswitchreasontranslation' && t.fields.master === f.pk && t.fields.language_code === lang)
          ?.fields.title ?? '';
      return { id: String(f.pk), title: { fi: title('fi'), sv: title('sv') || title('fi'), en: title('en') || title('fi') } };
    });

  const postalCodes = parseCsv(read('common/helsinki_residential_postal_codes.csv')).map((r) => ({
    code: r.postal_code ?? '',
    area: r.area_name ?? '',
  }));

  const data = { harbours, piers, berths, products, priceLists, switchReasons, postalCodes };
  if (dir === resourcesDataDir()) cached = data;
  return data;
}
