import { describe, expect, it } from 'vitest';
import type { KioskSpace } from '../../../../domain/kiosk/contract.ts';
import { spacesByPlace } from './space-order.ts';

const space = (id: string, unitId: string, fi: string, sv: string, en: string): KioskSpace => ({
  reservationUnitId: id,
  unitId,
  unitName: { fi: unitId, sv: unitId, en: unitId },
  name: { fi, sv, en },
  description: null,
  minPersons: null,
  maxPersons: null,
  minDurationMin: 30,
  maxDurationMin: 120,
  startIntervalMin: 30,
  requiresHandling: true,
  days: [],
});

// As the core hands them over: Oodi's first, each part by Finnish name.
const SPACES = [
  space('ru-booth', 'oodi', 'Laulukoppi', 'Sånghytt', 'Vocal booth'),
  space('ru-maija', 'oodi', 'Maijansali', 'Maijasalen', 'Maija hall'),
  space('ru-complex', 'oodi', 'Studiokompleksi', 'Studiokomplexet', 'Studio complex'),
  space('ru-aitio', 'caisa', 'Aitio', 'Logen', 'Box'),
  space('ru-dome', 'kallio', 'Kupolisali', 'Kupolsalen', 'Dome hall'),
  space('ru-group', 'kallio', 'Ryhmätyöhuone', 'Grupparbetsrum', 'Group work room'),
];
const ids = (list: readonly KioskSpace[]) => list.map((s) => s.reservationUnitId);

describe('the kiosk’s spaces as a customer reads them', () => {
  it('list the own building’s first and the other places’ apart, each by name in Finnish', () => {
    const { here, elsewhere } = spacesByPlace(SPACES, ['oodi'], 'fi');
    expect(ids(here)).toEqual(['ru-booth', 'ru-maija', 'ru-complex']);
    expect(ids(elsewhere)).toEqual(['ru-aitio', 'ru-dome', 'ru-group']);
  });

  it('sort by the Swedish and the English names in Swedish and English', () => {
    expect(spacesByPlace(SPACES, ['oodi'], 'sv')).toMatchObject({ here: [{ reservationUnitId: 'ru-maija' }, { reservationUnitId: 'ru-complex' }, { reservationUnitId: 'ru-booth' }] });
    expect(ids(spacesByPlace(SPACES, ['oodi'], 'sv').elsewhere)).toEqual(['ru-group', 'ru-dome', 'ru-aitio']);
    expect(ids(spacesByPlace(SPACES, ['oodi'], 'en').here)).toEqual(['ru-maija', 'ru-complex', 'ru-booth']);
    expect(ids(spacesByPlace(SPACES, ['oodi'], 'en').elsewhere)).toEqual(['ru-aitio', 'ru-dome', 'ru-group']);
  });

  it('sort å, ä and ö after z in Swedish', () => {
    const nordic = [space('a', 'u', 'Öljy', 'Övre salen', 'Upper hall'), space('b', 'u', 'Zeta', 'Zetarummet', 'Zeta room'), space('c', 'u', 'Aula', 'Aulan', 'Lobby')];
    expect(ids(spacesByPlace(nordic, ['u'], 'sv').here)).toEqual(['c', 'b', 'a']);
  });

  it('list the spaces of every unit in the own building as here: a library and a cultural centre under one roof', () => {
    const { here, elsewhere } = spacesByPlace(SPACES, ['oodi', 'caisa'], 'fi');
    expect(ids(here)).toEqual(['ru-aitio', 'ru-booth', 'ru-maija', 'ru-complex']);
    expect(ids(elsewhere)).toEqual(['ru-dome', 'ru-group']);
  });

  it('keep one list at a point with no unit of its own, or whose units have no spaces here', () => {
    for (const units of [[], ['itakeskus'], ['itakeskus', 'stoa']]) {
      const { here, elsewhere } = spacesByPlace(SPACES, units, 'sv');
      expect(ids(here)).toEqual(['ru-group', 'ru-dome', 'ru-aitio', 'ru-maija', 'ru-complex', 'ru-booth']);
      expect(elsewhere).toEqual([]);
    }
  });
});
