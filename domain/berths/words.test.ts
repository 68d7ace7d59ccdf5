import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, MOORING_TYPES } from './entities.ts';
import { BERTH_WORDS } from './words.ts';

describe('the shared berth words', () => {
  it('name every status and mooring type of the domain', () => {
    for (const words of Object.values(BERTH_WORDS)) {
      expect(Object.keys(words.statuses).sort()).toEqual([...APPLICATION_STATUSES].sort());
      expect(Object.keys(words.mooring).sort()).toEqual([...MOORING_TYPES].sort());
    }
  });

  it('have the same keys and a non-empty text in Finnish, Swedish and English', () => {
    const keys = (lang: keyof typeof BERTH_WORDS) =>
      Object.entries(BERTH_WORDS[lang]).flatMap(([group, table]) => Object.keys(table).map((k) => `${group}.${k}`)).sort();
    expect(keys('sv')).toEqual(keys('fi'));
    expect(keys('en')).toEqual(keys('fi'));
    for (const words of Object.values(BERTH_WORDS)) {
      const empty = Object.entries(words).flatMap(([group, table]) => Object.entries(table as Record<string, string>).filter(([, v]) => v.trim() === '').map(([k]) => `${group}.${k}`));
      expect(empty).toEqual([]);
    }
  });
});
