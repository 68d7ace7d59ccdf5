import type { ReserveeKind } from '../../../domain/bookings/entities.ts';
import type { Language } from '../../../domain/languages.ts';
import { ascii, businessId } from '../../demo-data/identity.ts';
import { COMPANY_SUFFIXES, EMAIL_DOMAINS, FINNISH_FEMALE, FINNISH_MALE, FINNISH_SURNAMES, SWEDISH_FEMALE, SWEDISH_MALE, SWEDISH_SURNAMES } from '../../demo-data/names.ts';
import type { Random } from '../../demo-data/random.ts';

/**
 * The customers of a generated bookings season: people, associations and companies, drawn once
 * into a pool so that the same reservee books again and again, as real ones do.
 */
export interface Reservee {
  userId: string;
  kind: ReserveeKind;
  firstName: string;
  lastName: string;
  organisation: string | null;
  businessId: string | null;
  email: string;
  phone: string;
  language: Language;
}

/** Written by hand for the demo; the kinds of groups that book library and culture-centre rooms. */
const ASSOCIATIONS: readonly string[] = [
  'Kallion Kamarikuoro ry', 'Töölön Shakkikerho ry', 'Helsingin Kansantanssijat ry', 'Malmin Nuorisoteatteri ry',
  'Itäkeskuksen Asukasyhdistys ry', 'Pasilan Pelikerho ry', 'Stoan Bändiyhdistys ry', 'Helsingin Lukupiiriseura ry',
  'Vuosaaren Eläkeläiset ry', 'Kumpulan Kirjoittajat ry', 'Helsingfors Sångarförening rf', 'Kulturföreningen Ankaret rf',
  'Arabian Taiteilijaseura ry', 'Herttoniemen Partiolaiset ry', 'Helsingin Näytelmäseura ry', 'Malmin Mieslaulajat ry',
  'Oulunkylän Kotiseutuyhdistys ry', 'Helsingin Tietokoneharrastajat ry', 'Kontulan Nuoret ry', 'Maunulan Kuvataideseura ry',
];
const COMPANY_WORDS: readonly string[] = ['Tieto', 'Kuva', 'Ääni', 'Valo', 'Luova', 'Koodi', 'Idea', 'Rytmi', 'Sointu', 'Kehä', 'Ljud', 'Ljus'];
const COMPANY_ENDINGS: readonly string[] = ['media', 'studio', 'konsultointi', 'tuotanto', 'koulutus', 'design'];

function person(rng: Random): Pick<Reservee, 'firstName' | 'lastName' | 'language'> {
  const female = rng.chance(0.55);
  if (rng.chance(0.1)) {
    return {
      firstName: rng.weighted(female ? SWEDISH_FEMALE : SWEDISH_MALE),
      lastName: rng.weighted(rng.chance(0.85) ? SWEDISH_SURNAMES : FINNISH_SURNAMES),
      language: rng.chance(0.85) ? 'sv' : 'fi',
    };
  }
  return {
    firstName: rng.weighted(female ? FINNISH_FEMALE : FINNISH_MALE),
    lastName: rng.weighted(rng.chance(0.95) ? FINNISH_SURNAMES : SWEDISH_SURNAMES),
    language: rng.chance(0.06) ? 'en' : 'fi',
  };
}

function reservee(rng: Random, kind: ReserveeKind, organisation: string | null): Reservee {
  const p = person(rng);
  const domain = organisation ? `${ascii(organisation.replace(/ (ry|rf|Oy Ab|Oy|Ky|Ab)$/, ''))}.fi` : rng.pick(EMAIL_DOMAINS);
  return {
    userId: rng.uuid(),
    kind,
    ...p,
    organisation,
    // Every company has a business id; most registered associations have one too.
    businessId: kind === 'company' || (kind === 'association' && rng.chance(0.7)) ? businessId(rng) : null,
    email: `${ascii(p.firstName)}.${ascii(p.lastName)}${!organisation && rng.chance(0.3) ? rng.int(1, 99) : ''}@${domain}`,
    phone: `+358 ${rng.pick(['40', '41', '44', '45', '50', '46'])} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
    language: p.language,
  };
}

export interface ReserveePool {
  individuals: Reservee[];
  associations: Reservee[];
  companies: Reservee[];
}

/** A pool sized for a season of `bookings`: a person books a few times, an association often. */
export function reserveePool(rng: Random, bookings: number): ReserveePool {
  const individuals = Array.from({ length: Math.max(20, Math.round(bookings / 4)) }, () => reservee(rng, 'individual', null));
  const associations = ASSOCIATIONS.map((name) => reservee(rng, 'association', name));
  const companyNames = new Set<string>();
  while (companyNames.size < 15) companyNames.add(`${rng.pick(COMPANY_WORDS)}${rng.pick(COMPANY_ENDINGS)} ${rng.pick(COMPANY_SUFFIXES)}`);
  const companies = [...companyNames].map((name) => reservee(rng, 'company', name));
  return { individuals, associations, companies };
}

/** The staff who book on behalf of customers, for themselves and to close rooms. */
export function staffPool(rng: Random): Reservee[] {
  return Array.from({ length: 6 }, () => reservee(rng, 'individual', null));
}
