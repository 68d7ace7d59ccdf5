import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WinterArea, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import { openDb, type Db } from '../../db/db.ts';
import { MIGRATED_TEMPLATE } from '../../db/migrate.ts';
import { loadReferenceData } from './reference-data.ts';
import { seedBerths } from './seed-berths.ts';
import { loadWinterStorage } from './winter-storage.ts';

const ref = loadReferenceData();
const winter = loadWinterStorage(ref.priceLists, '2026-12-03');
const RAJASAARI = 'ed291ec2-1cb3-4049-a642-e290280bd8bf';
const LAHTEELA = '72335b05-1913-44e2-8f5d-a4219498b47a';

describe('the shipped winter storage resources (resources/data/berths/winter-storage.json)', () => {
  it('holds the 14 real areas, 25 sections and 526 marked places, each a valid record', () => {
    expect(winter.areas).toHaveLength(14);
    expect(winter.sections).toHaveLength(25);
    expect(winter.places).toHaveLength(526);
    for (const a of winter.areas) expect(WinterArea.parse(a)).toEqual(a);
    for (const s of winter.sections) expect(WinterSection.parse(s)).toEqual(s);
    for (const p of winter.places) expect(WinterPlace.parse(p)).toEqual(p);
    expect(winter.areas.every((a) => a.name.fi && a.name.sv && a.name.en && a.location)).toBe(true);
    expect(winter.areas.find((a) => a.id === RAJASAARI)).toMatchObject({ name: { fi: 'Rajasaari', sv: 'Råholmen', en: 'Rajasaari' }, region: 'west', zipCode: '00250' });
  });

  it('keeps the structure: marked places in four areas, unmarked space in ten, a place in its section\'s area', () => {
    const sectionOf = new Map(winter.sections.map((s) => [s.id, s]));
    for (const p of winter.places) expect(sectionOf.get(p.sectionId)?.areaId, p.id).toBe(p.areaId);
    const placesBy = (areaId: string) => winter.places.filter((p) => p.areaId === areaId).length;
    const byName = new Map(winter.areas.map((a) => [a.name.fi, a]));
    expect(['Iso-Sarvasto', 'Laivalahti', 'Porslahti', 'Rajasaari'].map((n) => placesBy(byName.get(n)!.id))).toEqual([89, 100, 57, 280]);
    const unmarked = winter.areas.filter((a) => a.estimatedUnmarkedSpaces !== null);
    expect(unmarked).toHaveLength(10);
    expect(unmarked.every((a) => placesBy(a.id) === 0 && winter.sections.filter((s) => s.areaId === a.id).length === 1)).toBe(true);
    expect(byName.get('Puotila')?.estimatedUnmarkedSpaces).toBe(500);
    // Sizes come from the place types: 2.4 x 6 up to 4.5 x 12.
    expect(new Set(winter.places.map((p) => `${p.width}x${p.length}`))).toEqual(new Set(['2.4x6', '2.5x6', '3x8', '3x10', '3.5x10', '3.5x12', '4x12', '4.5x12']));
    expect(winter.sections.find((s) => s.areaId === byName.get('Ruusuniemi II')!.id)?.services).toEqual(['summerStorageForDockingEquipment', 'summerStorageForTrailers', 'summerStorageForBoats']);
  });

  it('prices each area from the price list in force, Lähteelä not at all', () => {
    expect(winter.areas.find((a) => a.id === RAJASAARI)?.price).toEqual({ centsPerM2: 1140, vatPercent: 25.5 });
    expect(winter.areas.find((a) => a.id === LAHTEELA)?.price).toBeNull();
    expect(winter.areas.filter((a) => a.price !== null)).toHaveLength(13);
    // Before the list began there is no price at all.
    expect(loadWinterStorage(ref.priceLists, '2024-08-31').areas.every((a) => a.price === null)).toBe(true);
  });
});

describe('seeding the winter storage resources', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb({ memoryStage: MIGRATED_TEMPLATE });
    await seedBerths(db, null, new Date('2026-12-03T10:00:00Z'));
  });
  afterAll(() => db.close());

  it('writes them as synced rows, each with its feed line in the resources scope', async () => {
    const counts = await db.query<{ e: string; rows: number; lines: number; scopes: string[] }>(
      `SELECT e, (SELECT count(*)::int FROM sync_feed f WHERE f.entity = e AND f.seq IS NOT NULL) AS lines,
         (SELECT array_agg(DISTINCT scope) FROM sync_feed f WHERE f.entity = e) AS scopes,
         CASE e WHEN 'winter_area' THEN (SELECT count(*)::int FROM winter_area) WHEN 'winter_section' THEN (SELECT count(*)::int FROM winter_section)
           ELSE (SELECT count(*)::int FROM winter_place) END AS rows
       FROM unnest(ARRAY['winter_area', 'winter_section', 'winter_place']) AS e ORDER BY e`,
    );
    expect(counts.rows).toEqual([
      { e: 'winter_area', rows: 14, lines: 14, scopes: ['berths.resources'] },
      { e: 'winter_place', rows: 526, lines: 526, scopes: ['berths.resources'] },
      { e: 'winter_section', rows: 25, lines: 25, scopes: ['berths.resources'] },
    ]);
    const rajasaari = await db.query<{ data: WinterArea; version: number; region: string }>('SELECT data, version, region FROM winter_area WHERE id = $1', [RAJASAARI]);
    expect(rajasaari.rows[0]).toEqual({ data: winter.areas.find((a) => a.id === RAJASAARI), version: 1, region: 'west' });
    // No cases were asked for: none are made.
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM winter_application')).rows[0]?.n).toBe(0);
  });

  it('lets the schema hold the places to their sections: a place number twice in a section is refused', async () => {
    const p = winter.places[0]!;
    const copy = { ...p, id: '00000000-0000-4000-8000-000000000001' };
    await expect(db.query('INSERT INTO winter_place (id, version, data) VALUES ($1, 1, $2)', [copy.id, JSON.stringify(copy)])).rejects.toThrow(/winter_place_number/);
  });
});
