import type { EntityName } from '../../../domain/workspaces.ts';
import type { Db, Queryable } from '../../db/db.ts';
import { numberChanges } from '../../sync/feed.ts';
import { loadRecords } from '../../sync/seed-load.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import { offerWinter } from '../../../domain/berths/winter-seasons.ts';
import { generateCases, type CaseOptions } from './generate-cases.ts';
import { generateWinterCases } from './generate-winter-cases.ts';
import { generateCertificates } from './generate-certificates.ts';
import { loadReferenceData, type ReferenceData } from './reference-data.ts';
import { loadWinterStorage, type WinterStorageResources } from './winter-storage.ts';

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

/** The real Helsinki berth and winter-storage resources as they are seeded on `now`, in feed order. */
export function berthReferenceRecords(now = new Date()): ReferenceRecords {
  const ref = loadReferenceData();
  return referenceRecords(ref, loadWinterStorage(ref.priceLists, helsinkiDate(now)));
}

type ReferenceRecords = [EntityName, readonly { id: string }[]][];

function referenceRecords(ref: ReferenceData, winterStorage: WinterStorageResources): ReferenceRecords {
  return [
    ['harbour', ref.harbours],
    ['pier', ref.piers],
    ['berth', ref.berths],
    ['berth_product', ref.products],
    ['switch_reason', ref.switchReasons],
    ['winter_area', winterStorage.areas],
    ['winter_section', winterStorage.sections],
    ['winter_place', winterStorage.places],
  ];
}

/**
 * The real Helsinki berth and winter storage resources plus generated cases, in one transaction:
 * the berth season's, and the winter's that offers are made for on `now` (its cases' customers
 * and boats are the berth cases' own). `referencePresent`: the resources are in the database
 * already (a test central's template holds them), and only the cases are added.
 */
export async function seedBerths(db: Db, cases: CaseOptions | null, now = new Date(), options: { referencePresent?: boolean } = {}): Promise<BerthSeedCounts> {
  const ref = loadReferenceData();
  const today = helsinkiDate(now);
  const winterStorage = loadWinterStorage(ref.priceLists, today);
  const generated = cases ? generateCases(ref, cases) : { customers: [], boats: [], applications: [], leases: [], events: [] };
  const winterCases = cases
    ? generateWinterCases(winterStorage, generated, { winter: offerWinter(today), today, ...(cases.seed === undefined ? {} : { seed: cases.seed }) })
    : { applications: [], leases: [], events: [] };
  const certificates = cases ? generateCertificates(generated.boats, { today, ...(cases.seed === undefined ? {} : { seed: cases.seed }) }) : [];
  await db.transaction(async (tx) => {
    if (!options.referencePresent) await loadAll(tx, referenceRecords(ref, winterStorage));
    if (!cases) return numberChanges(tx);
    await loadRecords(tx, 'customer', generated.customers);
    await loadRecords(tx, 'boat', generated.boats);
    await loadRecords(tx, 'application', generated.applications);
    await loadRecords(tx, 'lease', generated.leases);
    await loadRecords(tx, 'application_event', generated.events);
    await loadRecords(tx, 'winter_application', winterCases.applications);
    await loadRecords(tx, 'winter_lease', winterCases.leases);
    await loadRecords(tx, 'winter_event', winterCases.events);
    await loadRecords(tx, 'boat_certificate', certificates);
    await numberChanges(tx);
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

/** The berth reference records into the caller's transaction (which ends with `numberChanges`). */
export async function loadBerthReference(tx: Queryable, now = new Date()): Promise<void> {
  await loadAll(tx, berthReferenceRecords(now));
}

async function loadAll(tx: Queryable, sets: ReferenceRecords): Promise<void> {
  for (const [entity, records] of sets) await loadRecords(tx, entity, records);
}
