import type { WinterMasterCommandType, WinterPayload } from '../../../domain/berths/winter-commands.ts';
import type { WinterAreasView, WinterPlaceCounts, WinterPlaceView, WinterSectionView } from '../../../domain/berths/winter-contract.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import type { WinterMasterState } from '../../../domain/berths/winter-master-deciders.ts';
import { leaseHoldsPlace } from '../../../domain/berths/winter-places.ts';
import { offerWinter } from '../../../domain/berths/winter-seasons.ts';
import type { Versioned } from '../../../domain/sync/command-context.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

type Row = VersionedData & { pending: number };

const statements = preparedFor((db: SqliteDatabase) => ({
  areas: db.prepare<[], Row>('SELECT version, data, pending FROM winter_area'),
  sections: db.prepare<[], Row>('SELECT version, data, pending FROM winter_section'),
  places: db.prepare<[], Row>('SELECT version, data, pending FROM winter_place'),
  area: db.prepare<[string], VersionedData>('SELECT version, data FROM winter_area WHERE id = ?'),
  section: db.prepare<[string], VersionedData>('SELECT version, data FROM winter_section WHERE id = ?'),
  place: db.prepare<[string], VersionedData>('SELECT version, data FROM winter_place WHERE id = ?'),
  sectionsOfArea: db.prepare<[string], { data: string }>('SELECT data FROM winter_section WHERE area_id = ?'),
  placesOfSection: db.prepare<[string], { data: string }>('SELECT data FROM winter_place WHERE section_id = ?'),
  placeLeases: db.prepare<[number, number], { data: string }>('SELECT data FROM winter_lease WHERE place_id IS NOT NULL AND winter BETWEEN ? AND ?'),
  leasesOnPlace: db.prepare<[string, number, number], { data: string }>('SELECT data FROM winter_lease WHERE place_id = ? AND winter BETWEEN ? AND ?'),
  application: db.prepare<[string], { data: string }>('SELECT data FROM winter_application WHERE id = ?'),
}));

const parse = <T>(r: { data: string }) => JSON.parse(r.data) as T;
const versioned = <T>(r: Row) => ({ record: parse<T>(r), version: r.version });
const natural = new Intl.Collator('fi', { numeric: true, sensitivity: 'base' });

function counted(places: readonly WinterPlaceView[]): WinterPlaceCounts {
  const c: WinterPlaceCounts = { places: places.length, free: 0, occupied: 0, inactive: 0 };
  for (const p of places) {
    if (p.held) c.occupied++;
    else if (p.place.record.isActive) c.free++;
    else c.inactive++;
  }
  return c;
}

const sum = (all: readonly WinterPlaceCounts[]): WinterPlaceCounts =>
  all.reduce((a, c) => ({ places: a.places + c.places, free: a.free + c.free, occupied: a.occupied + c.occupied, inactive: a.inactive + c.inactive }), { places: 0, free: 0, occupied: 0, inactive: 0 });

/**
 * Every winter storage area with its sections and marked places and what holds them in the winter
 * offers are made for, by the marked places' rule (winter-places.ts): free counts only places in
 * use that no lease holds. A role without the cases (no leases in its cache) sees every place in use as free.
 */
export function winterAreas(db: SqliteDatabase, today: string): WinterAreasView {
  const s = statements(db);
  const winter = offerWinter(today);
  const leasesByPlace = new Map<string, WinterLease[]>();
  for (const r of s.placeLeases.all(winter - 1, winter)) {
    const l = parse<WinterLease>(r);
    leasesByPlace.set(l.placeId!, [...(leasesByPlace.get(l.placeId!) ?? []), l]);
  }
  const placesBySection = new Map<string, WinterPlaceView[]>();
  for (const r of s.places.all()) {
    const place = versioned<WinterPlace>(r);
    const leases = leasesByPlace.get(place.record.id) ?? [];
    const view = { place, held: leases.some((l) => leaseHoldsPlace(l, winter, leases, today)), pending: r.pending === 1 };
    placesBySection.set(place.record.sectionId, [...(placesBySection.get(place.record.sectionId) ?? []), view]);
  }
  const sectionsByArea = new Map<string, WinterSectionView[]>();
  for (const r of s.sections.all()) {
    const section = versioned<WinterSection>(r);
    const places = (placesBySection.get(section.record.id) ?? []).sort((a, b) => a.place.record.number - b.place.record.number);
    const view = { section, counts: counted(places), places, pending: r.pending === 1 };
    sectionsByArea.set(section.record.areaId, [...(sectionsByArea.get(section.record.areaId) ?? []), view]);
  }
  const areas = s.areas.all().map((r) => {
    const area = versioned<WinterArea>(r);
    const sections = (sectionsByArea.get(area.record.id) ?? []).sort((a, b) => natural.compare(a.section.record.identifier, b.section.record.identifier));
    return { area, counts: sum(sections.map((x) => x.counts)), sections, pending: r.pending === 1 };
  });
  return { winter, areas: areas.sort((a, b) => natural.compare(a.area.record.name.fi, b.area.record.name.fi)) };
}

const records = <T>(rows: { data: string }[]) => rows.map((r) => parse<T>(r));

/** What a winter master data decider needs, from the cache as it is now (optimistic rows included). */
export function loadLocalWinterMasterState(db: SqliteDatabase, type: WinterMasterCommandType, payload: unknown, today: string): WinterMasterState {
  const s = statements(db);
  switch (type) {
    case 'berths.editWinterArea': {
      const area = parseRow<WinterArea>(s.area.get((payload as WinterPayload<typeof type>).areaId));
      return { area, areaSections: area ? records<WinterSection>(s.sectionsOfArea.all(area.record.id)) : [] };
    }
    case 'berths.editWinterSection': {
      const section = parseRow<WinterSection>(s.section.get((payload as WinterPayload<typeof type>).sectionId));
      if (!section) return { section };
      return { section, siblingSections: records<WinterSection>(s.sectionsOfArea.all(section.record.areaId)), sectionPlaces: records<WinterPlace>(s.placesOfSection.all(section.record.id)) };
    }
    case 'berths.addWinterPlace': {
      const p = payload as WinterPayload<typeof type>;
      const placeSection = parseRow<WinterSection>(s.section.get(p.sectionId))?.record ?? null;
      if (!placeSection) return { placeSection };
      return { placeSection, place: parseRow<WinterPlace>(s.place.get(p.placeId)), sectionPlaces: records<WinterPlace>(s.placesOfSection.all(placeSection.id)) };
    }
    case 'berths.addWinterSection': {
      const p = payload as WinterPayload<typeof type>;
      const area = parseRow<WinterArea>(s.area.get(p.areaId));
      if (!area) return { area };
      return { area, section: parseRow<WinterSection>(s.section.get(p.sectionId)), areaSections: records<WinterSection>(s.sectionsOfArea.all(area.record.id)) };
    }
    case 'berths.editWinterPlace': {
      const place: Versioned<WinterPlace> | null = parseRow<WinterPlace>(s.place.get((payload as WinterPayload<typeof type>).placeId));
      if (!place) return { place };
      const winter = offerWinter(today);
      const placeLeases = records<WinterLease>(s.leasesOnPlace.all(place.record.id, winter - 1, winter + 1));
      const placeApplications = placeLeases.flatMap((l) => {
        const row = l.applicationId ? s.application.get(l.applicationId) : undefined;
        return row ? [parse<WinterApplication>(row)] : [];
      });
      return {
        place,
        placeSection: parseRow<WinterSection>(s.section.get(place.record.sectionId))?.record ?? null,
        sectionPlaces: records<WinterPlace>(s.placesOfSection.all(place.record.sectionId)),
        placeLeases,
        placeApplications,
      };
    }
  }
}
