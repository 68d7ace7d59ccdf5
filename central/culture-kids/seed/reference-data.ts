import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Cohort, Venue } from '../../../domain/culture-kids/entities.ts';
import { parseCsv } from '../../csv.ts';
import { resourcesDir } from '../../resources-dir.ts';
import { nameUuid } from '../../stable-ids.ts';

/**
 * The Culture Kids reference data the central is seeded with, from the copies in
 * resources/culture-kids (see its README) and the residential postal codes in resources/data/common.
 * Same files, same ids, every time.
 */
export interface HomeLanguageRef {
  /** ISO 639 alpha-3, or `__OTHER__` for "Other language". */
  code: string;
  name: { fi: string; sv: string; en: string };
}

export interface PostalCodeRef {
  code: string;
  area: string;
  district: string;
}

export interface CultureKidsReferenceData {
  cohorts: Cohort[];
  venues: Venue[];
  homeLanguages: HomeLanguageRef[];
  postalCodes: PostalCodeRef[];
}

export const cultureKidsDir = (): string => join(resourcesDir(), 'culture-kids');

const read = (path: string) => readFileSync(path, 'utf8');
const blank = { fi: '', sv: '', en: '' };

export const cohortId = (year: number): string => nameUuid(`culture-kids:cohort:${year}`);

interface ProjectsFile {
  projects: { year: number; name: { fi: string; sv: string; en: string }; single_events_allowed: boolean; enrolment_limit: number }[];
}

export function loadCultureKidsReferenceData(dir = cultureKidsDir(), commonDir = join(resourcesDir(), 'data', 'common')): CultureKidsReferenceData {
  const projects = (JSON.parse(read(join(dir, 'projects.json'))) as ProjectsFile).projects;
  const cohorts: Cohort[] = projects.map((p) => ({ id: cohortId(p.year), year: p.year, name: p.name, enrolmentLimit: p.enrolment_limit, singleEventsAllowed: p.single_events_allowed }));
  const venues: Venue[] = parseCsv(read(join(dir, 'seed_venues_partner_institutions.csv'))).map((r) => ({
    id: nameUuid(`culture-kids:venue:${r.project_year}:${r.name_fi}`),
    cohortId: cohortId(Number(r.project_year)),
    // The file has no Swedish names: the Finnish one stands in, as kukkuu's admin UI does.
    name: { fi: r.name_fi!, sv: r.name_fi!, en: r.name_en! },
    address: { fi: `${r.street_address}, ${r.postal_code} ${r.city}`, sv: `${r.street_address}, ${r.postal_code} Helsingfors`, en: `${r.street_address}, ${r.postal_code} ${r.city}` },
    description: blank,
    accessibilityInfo: blank,
    arrivalInstructions: blank,
    additionalInfo: blank,
    wcAndFacilities: blank,
    wwwUrl: null,
    copiedFromVenueId: null,
  }));
  const homeLanguages = parseCsv(read(join(dir, 'languages_spoken_at_home.csv'))).map((r) => ({
    code: r.report_api_value!,
    name: { fi: r.name_fi!, sv: r.name_sv!, en: r.name_en! },
  }));
  const postalCodes = parseCsv(read(join(commonDir, 'helsinki_residential_postal_codes.csv'))).map((r) => ({ code: r.postal_code!, area: r.area_name!, district: r.major_district_en! }));
  return { cohorts, venues, homeLanguages, postalCodes };
}
