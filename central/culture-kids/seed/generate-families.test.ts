import { describe, expect, it } from 'vitest';
import { Child, ChildNotes, Guardian, GuardianContact, Guardianship } from '../../../domain/culture-kids/entities.ts';
import { generateRegistry, type RegistryOptions } from './generate-families.ts';
import { HOME_LANGUAGE_MIX } from './home-language-mix.ts';
import { loadCultureKidsReferenceData } from './reference-data.ts';

const ref = loadCultureKidsReferenceData();
const options: RegistryOptions = { seed: 11, childrenPerCohort: 6000, now: '2026-08-15T09:00:00.000Z' };
const started = performance.now();
const reg = generateRegistry(ref, options);
const took = performance.now() - started;

const share = <T>(list: readonly T[], test: (x: T) => boolean) => list.filter(test).length / list.length;

describe('the generated Culture Kids registry', () => {
  it('has exactly the asked number of children in every cohort', () => {
    console.info(`generated ${reg.children.length} children, ${reg.guardians.length} guardian rows for ${ref.cohorts.length} cohorts in ${Math.round(took)} ms`);
    for (const c of ref.cohorts) expect(reg.children.filter((k) => k.cohortId === c.id && k.birthYear === c.year)).toHaveLength(6000);
  });

  it('is the same for the same seed, and another for another seed', () => {
    const small = { ...options, childrenPerCohort: 300 };
    expect(JSON.stringify(generateRegistry(ref, small))).toBe(JSON.stringify(generateRegistry(ref, small)));
    expect(generateRegistry(ref, { ...small, seed: 12 }).children.map((c) => c.id)).not.toEqual(generateRegistry(ref, small).children.map((c) => c.id));
  });

  it('makes records the sync schemas accept, with unique ids', () => {
    for (const c of reg.children) expect(Child.safeParse(c).error).toBeUndefined();
    for (const g of reg.guardians) expect(Guardian.safeParse(g).error).toBeUndefined();
    for (const x of reg.contacts) expect(GuardianContact.safeParse(x).error).toBeUndefined();
    for (const x of reg.guardianships) expect(Guardianship.safeParse(x).error).toBeUndefined();
    for (const x of reg.notes) expect(ChildNotes.safeParse(x).error).toBeUndefined();
    for (const list of [reg.children, reg.guardians, reg.guardianships]) expect(new Set(list.map((r) => r.id)).size).toBe(list.length);
  });

  it('links every child to one or two guardians who have a row and a contact in the child\'s cohort', () => {
    const rows = new Set(reg.guardians.map((g) => `${g.guardianId}@${g.cohortId}`));
    const contacts = new Set(reg.contacts.map((g) => g.id));
    const perChild = new Map<string, number>();
    for (const l of reg.guardianships) {
      perChild.set(l.childId, (perChild.get(l.childId) ?? 0) + 1);
      expect(rows.has(`${l.guardianId}@${l.cohortId}`)).toBe(true);
      expect(contacts.has(`${l.guardianId}@${l.cohortId}`)).toBe(true);
    }
    expect(reg.children.every((c) => [1, 2].includes(perChild.get(c.id) ?? 0))).toBe(true);
    expect(share(reg.children, (c) => perChild.get(c.id) === 2)).toBeGreaterThan(0.08);
  });

  it('has Helsinki\'s home-language mix within a percentage point or two', () => {
    const languageOf = new Map(reg.guardians.map((g) => [g.guardianId, g.homeLanguages[0]!]));
    const firstGuardian = new Map<string, string>();
    for (const l of reg.guardianships) if (!firstGuardian.has(l.childId)) firstGuardian.set(l.childId, l.guardianId);
    const langs = reg.children.map((c) => languageOf.get(firstGuardian.get(c.id)!)!);
    const total = HOME_LANGUAGE_MIX.reduce((s, [, w]) => s + w, 0);
    for (const [code, w] of HOME_LANGUAGE_MIX.filter(([, w]) => w >= 20)) {
      expect(Math.abs(share(langs, (l) => l === code) - w / total), code).toBeLessThan(0.015);
    }
    expect(new Set(langs).size).toBeGreaterThanOrEqual(28);
  });

  it('gives names that match the home language, Helsinki postal codes, mostly consent, a few deactivated accounts', () => {
    expect(share(reg.children, (c) => ['Aino', 'Eino', 'Leo', 'Väinö', 'Olivia', 'Helmi'].includes(c.firstName))).toBeGreaterThan(0.05);
    expect(new Set(reg.children.map((c) => c.postalCode)).size).toBeGreaterThan(70);
    const consent = share(reg.guardians, (g) => g.acceptsCommunication);
    expect(consent).toBeGreaterThan(0.87);
    expect(consent).toBeLessThan(0.93);
    const inactive = share(reg.guardians, (g) => !g.active);
    expect(inactive).toBeGreaterThan(0.01);
    expect(inactive).toBeLessThan(0.03);
    expect(reg.guardians.filter((g) => g.language === 'sv').length).toBeGreaterThan(reg.guardians.length * 0.04);
  });

  it('has siblings across cohorts sharing their guardians, and a few twins', () => {
    const cohortsOf = new Map<string, Set<string>>();
    for (const c of reg.children) cohortsOf.set(c.familyId, (cohortsOf.get(c.familyId) ?? new Set()).add(c.cohortId));
    const multi = [...cohortsOf.values()].filter((s) => s.size > 1).length;
    expect(multi / cohortsOf.size).toBeGreaterThan(0.05);
    const perFamilyCohort = new Map<string, number>();
    for (const c of reg.children) perFamilyCohort.set(`${c.familyId}/${c.cohortId}`, (perFamilyCohort.get(`${c.familyId}/${c.cohortId}`) ?? 0) + 1);
    const twins = [...perFamilyCohort.values()].filter((n) => n === 2).length;
    expect(twins / reg.children.length).toBeGreaterThan(0.008);
    expect(twins / reg.children.length).toBeLessThan(0.025);
  });

  it('registers nobody after "now" or before the spring of the birth year', () => {
    for (const c of reg.children) {
      expect(c.createdAt <= options.now).toBe(true);
      expect(c.createdAt >= `${c.birthYear}-03-01`).toBe(true);
    }
  });
});
