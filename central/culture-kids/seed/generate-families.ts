import type { Child, ChildNotes, Cohort, Guardian, GuardianContact, Guardianship } from '../../../domain/culture-kids/entities.ts';
import { guardianRowId } from '../../../domain/culture-kids/entities.ts';
import type { Language } from '../../../domain/languages.ts';
import { ascii } from '../../demo-data/identity.ts';
import { EMAIL_DOMAINS, FINNISH_FEMALE, FINNISH_MALE, SWEDISH_FEMALE, SWEDISH_MALE, type Weighted } from '../../demo-data/names.ts';
import { Random } from '../../demo-data/random.ts';
import { nameSetFor } from './child-names.ts';
import { contactLanguageShares, HOME_LANGUAGE_MIX } from './home-language-mix.ts';
import type { CultureKidsReferenceData } from './reference-data.ts';
import { weightedPicker } from './weighted-picker.ts';

/**
 * A generated registry of families for the demo and the benchmarks: about 6,000 children per
 * cohort (Helsinki has some 5,000–6,500 births a year), home languages and names in Helsinki's
 * mix, home postal codes from the residential list weighted towards the districts where families
 * with small children live, one guardian for most families (as kukkuu's forms make it) and two
 * for some, communication consent mostly given, a few deactivated accounts. Siblings in other
 * cohorts share their family's guardians, and a few twins share a cohort. Same seed, same registry.
 */
export interface RegistryOptions {
  seed: number;
  childrenPerCohort: number;
  /** The moment the registry is "as of": no registration after it. ISO 8601 UTC. */
  now: string;
}

export interface GeneratedRegistry {
  children: Child[];
  notes: ChildNotes[];
  guardians: Guardian[];
  contacts: GuardianContact[];
  guardianships: Guardianship[];
}

interface Parent {
  guardianId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  acceptsCommunication: boolean;
  deactivatedAt: string | null;
  relationship: Guardianship['relationship'];
}

interface Family {
  familyId: string;
  homeLanguage: string;
  homeLanguages: string[];
  language: Language;
  postalCode: string;
  surname: string;
  parents: Parent[];
  cohortIds: Set<string>;
}

/** Families with small children, by major district (shares, written by hand from the city's district statistics). */
const DISTRICT_WEIGHT: Record<string, number> = { Eastern: 20, Northeastern: 17, Western: 17, Southeastern: 12, Central: 12, Southern: 11, Northern: 10, Östersundom: 1 };
const SIBLING_SHARE = 0.16;
const TWIN_SHARE = 0.015;
const TWO_GUARDIANS_SHARE = 0.12;
const CONSENT_SHARE = 0.9;
const DEACTIVATED_SHARE = 0.02;
const NOTES: readonly string[] = [
  'Tulee isovanhemman kanssa.',
  'Kaksikielinen perhe, puhumme myös englantia.',
  'Ujostelee aluksi uusissa paikoissa.',
  'Tarvitsemme tilaa lastenrattaille.',
  'Kommer med mormor.',
  'We prefer events in the morning.',
];
const DAY_MS = 86_400_000;

type Pick = (rng: Random) => string;

function postalPicker(ref: CultureKidsReferenceData): Pick {
  const perDistrict = new Map<string, number>();
  for (const p of ref.postalCodes) perDistrict.set(p.district, (perDistrict.get(p.district) ?? 0) + 1);
  return weightedPicker(ref.postalCodes.map((p) => [p.code, (DISTRICT_WEIGHT[p.district] ?? 1) / perDistrict.get(p.district)!] as const));
}

const pickHomeLanguage = weightedPicker(HOME_LANGUAGE_MIX);
const pickers = new Map<Weighted, Pick>();
/** A prepared picker per name list (the lists are module constants). */
const weighted = (rng: Random, list: Weighted): string => {
  let pick = pickers.get(list);
  if (!pick) pickers.set(list, (pick = weightedPicker(list)));
  return pick(rng);
};

const surnameFrom = (rng: Random, list: Weighted | readonly string[]): string =>
  typeof list[0] === 'string' ? rng.pick(list as readonly string[]) : weighted(rng, list as Weighted);

function adultFirstName(rng: Random, homeLanguage: string, female: boolean): string {
  if (homeLanguage === 'fin') return weighted(rng, female ? FINNISH_FEMALE : FINNISH_MALE);
  if (homeLanguage === 'swe') return weighted(rng, female ? SWEDISH_FEMALE : SWEDISH_MALE);
  const set = nameSetFor(homeLanguage);
  return rng.pick(female ? set.girls : set.boys);
}

function parent(rng: Random, f: Omit<Family, 'parents' | 'cohortIds'>, female: boolean, now: number): Parent {
  const firstName = adultFirstName(rng, f.homeLanguage, female);
  const lastName = rng.chance(0.85) ? f.surname : surnameFrom(rng, nameSetFor(f.homeLanguage).surnames);
  const deactivated = rng.chance(DEACTIVATED_SHARE);
  return {
    guardianId: rng.uuid(),
    firstName,
    lastName,
    email: `${ascii(firstName)}.${ascii(lastName)}${rng.chance(0.4) ? rng.int(1, 99) : ''}@${rng.pick(EMAIL_DOMAINS)}`,
    phone: `+358${rng.pick(['40', '44', '45', '50'])}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`,
    acceptsCommunication: rng.chance(CONSENT_SHARE),
    deactivatedAt: deactivated ? new Date(now - rng.int(1, 700) * DAY_MS).toISOString() : null,
    relationship: rng.chance(0.97) ? 'parent' : 'other_guardian',
  };
}

function newFamily(rng: Random, postal: Pick, now: number): Family {
  const homeLanguage = pickHomeLanguage(rng);
  const base = {
    familyId: rng.uuid(),
    homeLanguage,
    homeLanguages: homeLanguage !== 'fin' && rng.chance(0.15) ? [homeLanguage, 'fin'] : [homeLanguage],
    language: weighted(rng, contactLanguageShares(homeLanguage)) as Language,
    postalCode: postal(rng),
    surname: surnameFrom(rng, nameSetFor(homeLanguage).surnames),
  };
  const female = rng.chance(0.7);
  const first = parent(rng, base, female, now);
  const parents = rng.chance(TWO_GUARDIANS_SHARE) ? [first, parent(rng, base, !female, now)] : [first];
  return { ...base, parents, cohortIds: new Set() };
}

/** Registered between the spring of the birth year and four years later, most within the first year. */
function registeredAt(rng: Random, birthYear: number, now: number): string {
  const from = Date.UTC(birthYear, 2, 1);
  const to = Math.min(now, Date.UTC(birthYear + 4, 11, 31));
  if (to <= from) return new Date(Math.min(now, from)).toISOString();
  return new Date(from + Math.floor(rng.next() ** 2 * (to - from))).toISOString();
}

export function generateRegistry(ref: CultureKidsReferenceData, options: RegistryOptions): GeneratedRegistry {
  const rng = new Random(options.seed);
  const now = Date.parse(options.now);
  const postal = postalPicker(ref);
  const families: Family[] = [];
  const out: GeneratedRegistry = { children: [], notes: [], guardians: [], contacts: [], guardianships: [] };

  const addChild = (f: Family, cohort: Cohort) => {
    const set = nameSetFor(f.homeLanguage);
    const child: Child = {
      id: rng.uuid(),
      cohortId: cohort.id,
      familyId: f.familyId,
      firstName: rng.pick(rng.chance(0.49) ? set.girls : set.boys),
      lastName: f.surname,
      birthYear: cohort.year,
      // Siblings mostly live at the same address; a few moved in between.
      postalCode: f.cohortIds.size > 0 && rng.chance(0.15) ? postal(rng) : f.postalCode,
      createdAt: registeredAt(rng, cohort.year, now),
      erasedAt: null,
    };
    out.children.push(child);
    if (rng.chance(0.08)) out.notes.push({ id: child.id, childId: child.id, cohortId: cohort.id, notes: rng.pick(NOTES) });
    for (const p of f.parents) out.guardianships.push({ id: `${child.id}:${p.guardianId}`, childId: child.id, guardianId: p.guardianId, cohortId: cohort.id, relationship: p.relationship });
    f.cohortIds.add(cohort.id);
  };

  for (const cohort of [...ref.cohorts].sort((a, b) => a.year - b.year)) {
    const earlier = families.slice();
    const inCohort: Family[] = [];
    let count = 0;
    while (count < options.childrenPerCohort) {
      let f = earlier.length > 0 && rng.chance(SIBLING_SHARE) ? rng.pick(earlier) : null;
      if (!f || f.cohortIds.has(cohort.id)) {
        f = newFamily(rng, postal, now);
        families.push(f);
      }
      inCohort.push(f);
      addChild(f, cohort);
      count++;
      if (count < options.childrenPerCohort && rng.chance(TWIN_SHARE)) {
        addChild(f, cohort);
        count++;
      }
    }
    // One guardian row (and contact row) per guardian in each cohort where the family has a child.
    for (const f of new Set(inCohort)) {
      for (const p of f.parents) {
        const id = guardianRowId(p.guardianId, cohort.id);
        out.guardians.push({
          id,
          guardianId: p.guardianId,
          cohortId: cohort.id,
          firstName: p.firstName,
          lastName: p.lastName,
          language: f.language,
          homeLanguages: f.homeLanguages,
          acceptsCommunication: p.acceptsCommunication,
          active: p.deactivatedAt === null,
          deactivatedAt: p.deactivatedAt,
          erasedAt: null,
        });
        out.contacts.push({ id, guardianId: p.guardianId, cohortId: cohort.id, email: p.email, phone: p.phone });
      }
    }
  }
  return out;
}
