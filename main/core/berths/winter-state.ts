import type { Localized } from '../../../domain/languages.ts';
import type { Customer } from '../../../domain/berths/entities.ts';
import { isActiveLease } from '../../../domain/berths/lease-machine.ts';
import type { WinterCommandType, WinterPayload } from '../../../domain/berths/winter-commands.ts';
import type { WinterCommandState } from '../../../domain/berths/winter-deciders.ts';
import type { WinterApplication, WinterArea, WinterEvent, WinterLease, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import type { EntityTableSpec } from '../cache/entity-table.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

const winterArea: EntityTableSpec<WinterArea> = { entity: 'winter_area', table: 'winter_area', columns: [], values: () => [] };
const winterSection: EntityTableSpec<WinterSection> = { entity: 'winter_section', table: 'winter_section', columns: ['area_id', 'identifier'], values: (s) => [s.areaId, s.identifier] };
const winterPlace: EntityTableSpec<WinterPlace> = { entity: 'winter_place', table: 'winter_place', columns: ['area_id', 'section_id'], values: (p) => [p.areaId, p.sectionId] };
const winterApplication: EntityTableSpec<WinterApplication> = {
  entity: 'winter_application',
  table: 'winter_application',
  columns: ['reference', 'winter', 'area_type', 'status', 'received_ms', 'customer_id'],
  values: (a) => [a.reference, a.winter, a.areaType, a.status, Date.parse(a.receivedAt), a.customerId],
};
const winterLease: EntityTableSpec<WinterLease> = {
  entity: 'winter_lease',
  table: 'winter_lease',
  columns: ['application_id', 'place_id', 'winter', 'status', 'sticker_number'],
  values: (l) => [l.applicationId, l.placeId, l.winter, l.status, l.stickerNumber],
};
const winterEvent: EntityTableSpec<WinterEvent> = {
  entity: 'winter_event',
  table: 'winter_event',
  columns: ['application_id', 'lease_id', 'at_ms', 'sticker_number'],
  values: (e) => [e.applicationId, e.leaseId, Date.parse(e.at), e.stickerNumber],
};

export const WINTER_TABLES = [winterArea, winterSection, winterPlace, winterApplication, winterLease, winterEvent] as const;

type Row = { data: string; pending: number };

export const winterRows = preparedFor((db: SqliteDatabase) => ({
  application: db.prepare<[string], VersionedData & { pending: number }>('SELECT version, data, pending FROM winter_application WHERE id = ?'),
  applicationsOfWinter: db.prepare<[number], Row>('SELECT data, pending FROM winter_application WHERE winter = ? ORDER BY received_ms, id'),
  lease: db.prepare<[string], VersionedData & { pending: number }>('SELECT version, data, pending FROM winter_lease WHERE id = ?'),
  leasesOfApplication: db.prepare<[string], Row>('SELECT data, pending FROM winter_lease WHERE application_id = ?'),
  leasesOfWinter: db.prepare<[number], Row>('SELECT data, pending FROM winter_lease WHERE winter = ?'),
  leasesOnPlace: db.prepare<[string, number, number], { data: string }>('SELECT data FROM winter_lease WHERE place_id = ? AND winter IN (?, ?)'),
  placeLeasesOfWinters: db.prepare<[number, number], { data: string }>('SELECT data FROM winter_lease WHERE place_id IS NOT NULL AND winter IN (?, ?)'),
  withStickers: db.prepare<[number], Row>("SELECT data, pending FROM winter_lease WHERE winter = ? AND sticker_number IS NOT NULL AND status = 'paid' ORDER BY sticker_number"),
  // The whole series: numbers leases hold now, and the ones a reassignment took off (kept on the events).
  stickerNumbers: db.prepare<[number, number], { n: number }>(
    `SELECT sticker_number AS n FROM winter_lease WHERE winter = ? AND sticker_number IS NOT NULL
     UNION SELECT e.sticker_number FROM winter_event e JOIN winter_lease l ON l.id = e.lease_id WHERE l.winter = ? AND e.sticker_number IS NOT NULL`,
  ),
  // Decisions of the same instant newest first too: events are appended, in the order they were decided.
  events: db.prepare<[string], { data: string }>('SELECT data FROM winter_event WHERE application_id = ? ORDER BY at_ms DESC, rowid DESC'),
  area: db.prepare<[string], { data: string }>('SELECT data FROM winter_area WHERE id = ?'),
  areas: db.prepare<[], { data: string }>('SELECT data FROM winter_area'),
  section: db.prepare<[string], { data: string }>('SELECT data FROM winter_section WHERE id = ?'),
  // Which section an unmarked notice's lease goes on: the area's first by identifier (the central picks the same).
  firstSection: db.prepare<[string], { data: string }>('SELECT data FROM winter_section WHERE area_id = ? ORDER BY identifier, id LIMIT 1'),
  place: db.prepare<[string], { data: string }>('SELECT data FROM winter_place WHERE id = ?'),
  placesOfArea: db.prepare<[string], { data: string }>('SELECT data FROM winter_place WHERE area_id = ?'),
  customer: db.prepare<[string], { data: string }>('SELECT data FROM customer WHERE id = ?'),
}));

export const parseData = <T>(row: { data: string } | undefined): T | null => (row ? (JSON.parse(row.data) as T) : null);

/** The winter's sticker numbers as this desk holds them (optimistic ones included). */
export function stickerNumbersOf(db: SqliteDatabase, winter: number): number[] {
  return winterRows(db).stickerNumbers.all(winter, winter).map((r) => r.n);
}

/** The lease in force (the newest active one), else the newest: what a case shows. */
export function currentLease<T extends { lease: WinterLease }>(leases: readonly T[]): T | null {
  const newest = [...leases].sort((a, b) => b.lease.createdAt.localeCompare(a.lease.createdAt));
  return newest.find((l) => isActiveLease(l.lease.status)) ?? newest[0] ?? null;
}

/** "Rajasaari B-12" for a marked place, the area's name for unmarked storage. */
export function placeLabel(db: SqliteDatabase, lease: Pick<WinterLease, 'areaId' | 'placeId'>): Localized {
  const s = winterRows(db);
  const area = parseData<WinterArea>(s.area.get(lease.areaId));
  const name = area?.name ?? { fi: '', sv: '', en: '' };
  const place = lease.placeId ? parseData<WinterPlace>(s.place.get(lease.placeId)) : null;
  if (!place) return name;
  const section = parseData<WinterSection>(s.section.get(place.sectionId));
  const where = `${section?.identifier ?? '?'}-${place.number}`;
  return { fi: `${name.fi} ${where}`, sv: `${name.sv} ${where}`, en: `${name.en} ${where}` };
}

const EMPTY: WinterCommandState = {
  application: null, applicationLeases: [], lease: null, customer: null, area: null, place: null, section: null, placeLeases: [], stickerNumbers: [],
};

/** A new lease's state: the application, its leases, the place asked for (or the notice's area) and what holds it. */
function creationState(db: SqliteDatabase, p: WinterPayload<'berths.createWinterLease'>): WinterCommandState {
  const s = winterRows(db);
  const application = parseRow<WinterApplication>(s.application.get(p.applicationId));
  if (!application) return EMPTY;
  const a = application.record;
  const place = p.placeId ? parseData<WinterPlace>(s.place.get(p.placeId)) : null;
  const areaId = p.placeId ? place?.areaId : a.areaChoices[0];
  const area = areaId ? parseData<WinterArea>(s.area.get(areaId)) : null;
  const section = p.placeId ? (place ? parseData<WinterSection>(s.section.get(place.sectionId)) : null) : areaId ? parseData<WinterSection>(s.firstSection.get(areaId)) : null;
  return {
    application,
    applicationLeases: s.leasesOfApplication.all(a.id).map((r) => JSON.parse(r.data) as WinterLease),
    lease: null,
    customer: parseData<Customer>(s.customer.get(a.customerId)),
    area,
    place,
    section,
    placeLeases: place ? s.leasesOnPlace.all(place.id, a.winter - 1, a.winter).map((r) => JSON.parse(r.data) as WinterLease) : [],
    stickerNumbers: stickerNumbersOf(db, a.winter),
  };
}

/** A lease command's state: the lease, its application and customer, where it is and the winter's stickers. */
function leaseState(db: SqliteDatabase, leaseId: string): WinterCommandState {
  const s = winterRows(db);
  const lease = parseRow<WinterLease>(s.lease.get(leaseId));
  if (!lease) return EMPTY;
  const l = lease.record;
  return {
    application: l.applicationId ? parseRow<WinterApplication>(s.application.get(l.applicationId)) : null,
    applicationLeases: [l],
    lease,
    customer: parseData<Customer>(s.customer.get(l.customerId)),
    area: parseData<WinterArea>(s.area.get(l.areaId)),
    place: l.placeId ? parseData<WinterPlace>(s.place.get(l.placeId)) : null,
    section: parseData<WinterSection>(s.section.get(l.sectionId)),
    placeLeases: l.placeId ? s.leasesOnPlace.all(l.placeId, l.winter - 1, l.winter).map((r) => JSON.parse(r.data) as WinterLease) : [],
    stickerNumbers: stickerNumbersOf(db, l.winter),
  };
}

/**
 * A renewal's state: the lease it renews (the command's `lease`) with where it is, and the leases
 * on its place in its winter and the next, the one a renewal is for.
 */
function renewalState(db: SqliteDatabase, previousLeaseId: string): WinterCommandState {
  const state = leaseState(db, previousLeaseId);
  const l = state.lease?.record;
  if (!l?.placeId) return state;
  return { ...state, placeLeases: winterRows(db).leasesOnPlace.all(l.placeId, l.winter, l.winter + 1).map((r) => JSON.parse(r.data) as WinterLease) };
}

/** What a winter command is decided on, from the cache as it is now (optimistic rows included). */
export function loadWinterCommandState(db: SqliteDatabase, type: WinterCommandType, payload: unknown): WinterCommandState {
  if (type === 'berths.createWinterLease') return creationState(db, payload as WinterPayload<typeof type>);
  if (type === 'berths.renewWinterLease') return renewalState(db, (payload as WinterPayload<typeof type>).previousLeaseId);
  return leaseState(db, (payload as { leaseId: string }).leaseId);
}
