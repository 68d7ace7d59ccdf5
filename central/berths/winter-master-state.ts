import type { WinterMasterCommandType, WinterPayload } from '../../domain/berths/winter-commands.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace, WinterSection } from '../../domain/berths/winter-entities.ts';
import type { WinterMasterState } from '../../domain/berths/winter-master-deciders.ts';
import { offerWinter } from '../../domain/berths/winter-seasons.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import { lockForAdd, lockRow } from './master-add-state.ts';

type Table = 'winter_area' | 'winter_section' | 'winter_place';

const lockOne = <T>(tx: Queryable, table: Table, id: string): Promise<Versioned<T> | null> => lockRow<T>(tx, table, id, 'winter_master');

async function dataOf<T>(tx: Queryable, sql: string, params: unknown[], name: string): Promise<T[]> {
  return (await tx.query<{ data: T }>(sql, params, name)).rows.map((r) => r.data);
}

async function keyOf(tx: Queryable, sql: string, id: string, name: string): Promise<string | undefined> {
  return (await tx.query<{ key: string }>(sql, [id], name)).rows[0]?.key;
}

/**
 * A winter master data command's state under row locks, taken downwards in one order for every
 * command: area, then section, then place. Taking a section out of use locks its area and itself,
 * so a place put back in use in it (which locks the section) runs before or after, never beside;
 * the same holds one level up. A place added locks its section, so of two adds of one number the
 * second sees the first's place (the unique index stands behind it); a section added locks its
 * area, so of two adds of one identifier the second sees the first's section. A winter lease is made under the place's row lock
 * (winter-state.ts), so a place edit reads every lease on it after its own lock.
 */
export async function loadWinterMasterState(tx: Queryable, type: WinterMasterCommandType, payload: unknown, today: string): Promise<WinterMasterState> {
  switch (type) {
    case 'berths.editWinterArea': {
      const area = await lockOne<WinterArea>(tx, 'winter_area', (payload as WinterPayload<typeof type>).areaId);
      if (!area) return { area };
      return { area, areaSections: await dataOf<WinterSection>(tx, 'SELECT data FROM winter_section WHERE area_id = $1', [area.record.id], 'winter_master_area_sections') };
    }
    case 'berths.editWinterSection': {
      const sectionId = (payload as WinterPayload<typeof type>).sectionId;
      const areaId = await keyOf(tx, 'SELECT area_id::text AS key FROM winter_section WHERE id = $1', sectionId, 'winter_master_section_area');
      if (areaId === undefined) return { section: null };
      await tx.query('SELECT 1 FROM winter_area WHERE id = $1 FOR UPDATE', [areaId], 'winter_master_lock_area_of_section');
      const section = await lockOne<WinterSection>(tx, 'winter_section', sectionId);
      return {
        section,
        siblingSections: await dataOf<WinterSection>(tx, 'SELECT data FROM winter_section WHERE area_id = $1', [areaId], 'winter_master_area_sections'),
        sectionPlaces: await dataOf<WinterPlace>(tx, 'SELECT data FROM winter_place WHERE section_id = $1', [sectionId], 'winter_master_section_places'),
      };
    }
    case 'berths.addWinterSection': {
      // The area's lock makes two adds in one area (or an add and an edit wanting one identifier) run one after the other.
      const p = payload as WinterPayload<typeof type>;
      const s = await lockForAdd<WinterArea, WinterSection>(tx, 'winter_master', { table: 'winter_area', id: p.areaId }, { table: 'winter_section', id: p.sectionId, parentColumn: 'area_id' });
      return s ? { area: s.parent, section: s.existing, areaSections: s.children } : { area: null };
    }
    case 'berths.addWinterPlace': {
      // The section's lock makes two adds in one section (or an add and an edit wanting one number) run one after the other.
      const p = payload as WinterPayload<typeof type>;
      const s = await lockForAdd<WinterSection, WinterPlace>(tx, 'winter_master', { table: 'winter_section', id: p.sectionId }, { table: 'winter_place', id: p.placeId, parentColumn: 'section_id' });
      return s ? { placeSection: s.parent.record, place: s.existing, sectionPlaces: s.children } : { placeSection: null };
    }
    case 'berths.editWinterPlace': {
      const placeId = (payload as WinterPayload<typeof type>).placeId;
      const sectionId = await keyOf(tx, 'SELECT section_id::text AS key FROM winter_place WHERE id = $1', placeId, 'winter_master_place_section');
      if (sectionId === undefined) return { place: null };
      const placeSection = (await lockOne<WinterSection>(tx, 'winter_section', sectionId))?.record ?? null;
      const place = await lockOne<WinterPlace>(tx, 'winter_place', placeId);
      const winter = offerWinter(today);
      const placeLeases = await dataOf<WinterLease>(tx, 'SELECT data FROM winter_lease WHERE place_id = $1 AND winter BETWEEN $2::int - 1 AND $2::int + 1', [placeId, winter], 'winter_master_place_leases');
      const ids = [...new Set(placeLeases.flatMap((l) => (l.applicationId ? [l.applicationId] : [])))];
      return {
        place,
        placeSection,
        sectionPlaces: await dataOf<WinterPlace>(tx, 'SELECT data FROM winter_place WHERE section_id = $1', [sectionId], 'winter_master_section_places'),
        placeLeases,
        placeApplications: ids.length === 0 ? [] : await dataOf<WinterApplication>(tx, 'SELECT data FROM winter_application WHERE id = ANY($1::uuid[])', [ids], 'winter_master_place_applications'),
      };
    }
  }
}
