import type { EntityName } from '../../../domain/workspaces.ts';
import type { Db, Queryable } from '../../db/db.ts';
import { numberChanges, writePuts } from '../../sync/feed.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import { offerWinter } from '../../../domain/berths/winter-seasons.ts';
import { generateCases, type CaseOptions } from './generate-cases.ts';
import { generateWinterCases } from './generate-winter-cases.ts';
import { generateCertificates } from './generate-certificates.ts';
import { loadReferenceData } from './reference-data.ts';
import { loadWinterStorage } from './winter-storage.ts';

const CHUNK = 2000;

/** Bulk insert of version-1 records with their feed lines, numbered in insertion order. */
async function insertAll(tx: Queryable, entity: EntityName, records: readonly { id: string }[]): Promise<void> {
  for (let i = 0; i < records.length; i += CHUNK) {
    const chunk = records.slice(i, i + CHUNK);
    const refused = await writePuts(tx, chunk.map((r) => ({ entity, id: r.id, version: 1, data: r })));
    if (refused) throw new Error(`Seeding ${entity}: ${refused.message}`);
  }
  await numberChanges(tx);
}

export interface BerthSeedCounts {
  harbours: number;
  piers: number;
  berths: number;
  products: number;
  switchReasons: number;
  customers: number;
  boats: number;
  applications: number;
  leases: number;
  events: number;
  winterAreas: number;
  winterSections: number;
  winterPlaces: number;
  winterApplications: number;
  winterLeases: number;
  boatCertificates: number;
}

/**
 * The real Helsinki berth and winter storage resources plus generated cases, in one transaction:
 * the berth season's, and the winter's that offers are made for on `now` (its cases' customers
 * and boats are the berth cases' own).
 */
export async function seedBerths(db: Db, cases: CaseOptions | null, now = new Date()): Promise<BerthSeedCounts> {
  const ref = loadReferenceData();
  const today = helsinkiDate(now);
  const winterStorage = loadWinterStorage(ref.priceLists, today);
  const generated = cases ? generateCases(ref, cases) : { customers: [], boats: [], applications: [], leases: [], events: [] };
  const winterCases = cases
    ? generateWinterCases(winterStorage, generated, { winter: offerWinter(today), today, ...(cases.seed === undefined ? {} : { seed: cases.seed }) })
    : { applications: [], leases: [], events: [] };
  const certificates = cases ? generateCertificates(generated.boats, { today, ...(cases.seed === undefined ? {} : { seed: cases.seed }) }) : [];
  await db.transaction(async (tx) => {
    await insertAll(tx, 'harbour', ref.harbours);
    await insertAll(tx, 'pier', ref.piers);
    await insertAll(tx, 'berth', ref.berths);
    await insertAll(tx, 'berth_product', ref.products);
    await insertAll(tx, 'switch_reason', ref.switchReasons);
    await insertAll(tx, 'winter_area', winterStorage.areas);
    await insertAll(tx, 'winter_section', winterStorage.sections);
    await insertAll(tx, 'winter_place', winterStorage.places);
    if (!cases) return;
    await insertAll(tx, 'customer', generated.customers);
    await insertAll(tx, 'boat', generated.boats);
    await insertAll(tx, 'application', generated.applications);
    await insertAll(tx, 'lease', generated.leases);
    await insertAll(tx, 'application_event', generated.events);
    await insertAll(tx, 'winter_application', winterCases.applications);
    await insertAll(tx, 'winter_lease', winterCases.leases);
    await insertAll(tx, 'winter_event', winterCases.events);
    await insertAll(tx, 'boat_certificate', certificates);
  });
  return {
    harbours: ref.harbours.length,
    piers: ref.piers.length,
    berths: ref.berths.length,
    products: ref.products.length,
    switchReasons: ref.switchReasons.length,
    customers: generated.customers.length,
    boats: generated.boats.length,
    applications: generated.applications.length,
    leases: generated.leases.length,
    events: generated.events.length,
    winterAreas: winterStorage.areas.length,
    winterSections: winterStorage.sections.length,
    winterPlaces: winterStorage.places.length,
    winterApplications: winterCases.applications.length,
    winterLeases: winterCases.leases.length,
    boatCertificates: certificates.length,
  };
}
