import { describe, expect, it } from 'vitest';
import { buildRelationIndex } from './related-units.ts';
import { SPACES, UNITS, unit } from './structure.test-support.ts';

const index = buildRelationIndex(SPACES, UNITS);
const relatedIds = (id: string) => [...index.related(id).keys()].sort();

describe('which reservation units relate', () => {
  it('relates a unit to itself', () => {
    expect(index.relation('u-hall', 'u-hall')).toBe('same_unit');
    expect(index.related('u-hall').get('u-hall')).toBe('same_unit');
  });

  it('relates a parent space’s unit and its child’s, both ways', () => {
    expect(index.relation('u-hall', 'u-part1')).toBe('space');
    expect(index.relation('u-part1', 'u-hall')).toBe('space');
  });

  it('relates ancestors and descendants at any depth', () => {
    expect(index.relation('u-hall', 'u-corner1')).toBe('space');
    expect(index.relation('u-corner1', 'u-hall')).toBe('space');
    expect(index.relation('u-corner1', 'u-part1')).toBe('space');
  });

  it('does not relate siblings, nor the children of siblings', () => {
    expect(index.relation('u-part1', 'u-part2')).toBeNull();
    expect(index.relation('u-corner1', 'u-part2')).toBeNull();
    expect(index.relation('u-part2', 'u-corner1')).toBeNull();
    expect(index.relation('u-studioA', 'u-studioB')).toBeNull();
    expect(index.relation('u-hall', 'u-studioB')).toBeNull();
  });

  it('relates a unit over several spaces to the units of each of them', () => {
    expect(relatedIds('u-parts12')).toEqual(['u-corner1', 'u-hall', 'u-part1', 'u-part2', 'u-parts12']);
    expect(index.relation('u-part2', 'u-parts12')).toBe('space');
    expect(index.relation('u-corner1', 'u-parts12')).toBe('space');
    expect(index.relation('u-part3', 'u-parts12')).toBeNull();
  });

  it('relates two units that share a resource, in unrelated spaces', () => {
    expect(index.relation('u-part3', 'u-studioA')).toBe('resource');
    expect(index.relation('u-studioA', 'u-part3')).toBe('resource');
  });

  it('is not transitive: A–B by space and B–C by resource leave A and C unrelated', () => {
    expect(index.relation('u-hall', 'u-part3')).toBe('space');
    expect(index.relation('u-part3', 'u-studioA')).toBe('resource');
    expect(index.relation('u-hall', 'u-studioA')).toBeNull();
    expect(relatedIds('u-studioA')).toEqual(['u-part3', 'u-studioA']);
  });

  it('lists the whole family of the hall and nothing of the studios', () => {
    expect(relatedIds('u-hall')).toEqual(['u-corner1', 'u-hall', 'u-part1', 'u-part2', 'u-part3', 'u-parts12']);
  });

  it('relates two units on the same space', () => {
    const i = buildRelationIndex(SPACES, [...UNITS, unit('u-hall-evening', ['hall'])]);
    expect(i.relation('u-hall', 'u-hall-evening')).toBe('space');
  });

  it('tells a unit related both by space and by resource as related by space', () => {
    const i = buildRelationIndex(SPACES, [unit('a', ['hall'], { resourceIds: ['piano'] }), unit('b', ['part1'], { resourceIds: ['piano'] })]);
    expect(i.relation('a', 'b')).toBe('space');
  });

  it('relates an unknown unit to itself only, and survives a cycle in bad space data', () => {
    expect(relatedIds('nope')).toEqual(['nope']);
    expect(index.unit('nope')).toBeUndefined();
    const cyclic = buildRelationIndex(
      [
        { id: 'x', parentId: 'y' },
        { id: 'y', parentId: 'x' },
      ],
      [unit('ux', ['x']), unit('uy', ['y'])],
    );
    expect(cyclic.relation('ux', 'uy')).toBe('space');
  });
});
