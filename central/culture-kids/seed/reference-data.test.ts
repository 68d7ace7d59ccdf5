import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cohort, Venue } from '../../../domain/culture-kids/entities.ts';
import { HELSINKI_POSTAL_AREAS } from '../../../domain/culture-kids/postal-codes.ts';
import { PARTICIPANTS_PER_INVITE, RELATIONSHIP_TYPES } from '../../../domain/culture-kids/vocabulary.ts';
import { cultureKidsDir, loadCultureKidsReferenceData } from './reference-data.ts';
import { HOME_LANGUAGE_MIX } from './home-language-mix.ts';

const ref = loadCultureKidsReferenceData();

describe('Culture Kids reference data', () => {
  it('holds the six real cohorts 2020–2025 with their sponsors in three languages', () => {
    expect(ref.cohorts.map((c) => c.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    for (const c of ref.cohorts) expect(Cohort.parse(c)).toEqual(c);
    expect(ref.cohorts[0]!.name.en).toBe('Helsinki Philharmonic Orchestra');
    expect(new Set(ref.cohorts.map((c) => c.id)).size).toBe(6);
  });

  it('gives every partner venue a valid record in its cohort', () => {
    expect(ref.venues).toHaveLength(17);
    for (const v of ref.venues) expect(Venue.safeParse(v).error).toBeUndefined();
    const cohortIds = new Set(ref.cohorts.map((c) => c.id));
    expect(ref.venues.every((v) => cohortIds.has(v.cohortId))).toBe(true);
    expect(ref.venues.find((v) => v.name.fi === 'Amos Rex')?.address.fi).toBe('Mannerheimintie 22-24, 00100 Helsinki');
  });

  it('lists the 29 default home languages and "other", and the generator\'s mix covers exactly them', () => {
    expect(ref.homeLanguages).toHaveLength(30);
    expect(HOME_LANGUAGE_MIX.map(([c]) => c).sort()).toEqual(ref.homeLanguages.map((l) => l.code).sort());
  });

  it('keeps the domain\'s postal-code module equal to the shipped CSV', () => {
    expect(HELSINKI_POSTAL_AREAS.map((a) => ({ ...a }))).toEqual(ref.postalCodes);
    expect(ref.postalCodes).toHaveLength(84);
  });

  it('uses only enum values kukkuu has', () => {
    const enums = JSON.parse(readFileSync(join(cultureKidsDir(), 'kukkuu_enums.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(Object.keys(enums.participants_per_invite!).sort()).toEqual([...PARTICIPANTS_PER_INVITE].sort());
    expect(Object.keys(enums.relationship_type!).sort()).toEqual([...RELATIONSHIP_TYPES].sort());
  });
});
