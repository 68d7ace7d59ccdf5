import type { Localized } from '../../../domain/languages.ts';
import { parseTprekUnit, type TprekUnit } from '../adapters/tprek.ts';
import { seedId } from './ids.ts';
import type { Unit, UnitGroup } from './reference-types.ts';

/**
 * The dozen units of the demo: Kallio library and Oodi as the unit registry recorded them (read
 * through the TPREK adapter's own normaliser), the others of the Varaamo fixture and seed file
 * (Töölö library, Caisa, Fredriksbergin talo, Ympyrätalo, Itäkeskus library) and five more of the
 * division's libraries and cultural centres, with their public street addresses. TPREK ids and
 * coordinates are filled only where a recorded source gives them; the nightly registry sync
 * (the TPREK adapter) completes the rest in a real deployment.
 */

const HELSINKI: Localized = { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' };
const same = (text: string): Localized => ({ fi: text, sv: text, en: text });

export const unitId = (key: UnitKey): string => seedId('unit', key);

export type UnitKey =
  | 'kallio'
  | 'oodi'
  | 'toolo'
  | 'itakeskus'
  | 'pasila'
  | 'caisa'
  | 'stoa'
  | 'annantalo'
  | 'malmitalo'
  | 'vuotalo'
  | 'fredriksberg'
  | 'ympyratalo';

interface TypedUnit {
  key: UnitKey;
  tprekId?: string;
  name: Localized;
  street: string;
  zip: string;
  shortDescription: Localized;
  phone?: string;
  webPage?: string;
}

/** Units no recorded registry sample covers, typed from the fixture, the seed file and the city's pages. */
const TYPED: TypedUnit[] = [
  {
    key: 'toolo',
    name: { fi: 'Töölön kirjasto', sv: 'Tölö bibliotek', en: 'Töölö Library' },
    street: 'Topeliuksenkatu 6',
    zip: '00250',
    shortDescription: { fi: 'Kirjasto ja Mika Waltarin sali Töölössä.', sv: 'Bibliotek och Mika Waltari-salen i Tölö.', en: 'Library and the Mika Waltari hall in Töölö.' },
  },
  {
    key: 'itakeskus',
    name: { fi: 'Itäkeskuksen kirjasto', sv: 'Östra centrums bibliotek', en: 'Itäkeskus Library' },
    street: 'Turunlinnantie 1',
    zip: '00900',
    shortDescription: { fi: 'Kirjasto Stoan talossa.', sv: 'Bibliotek i Stoa-huset.', en: 'Library in the Stoa building.' },
  },
  {
    key: 'pasila',
    name: { fi: 'Pasilan kirjasto', sv: 'Böle bibliotek', en: 'Pasila Library' },
    street: 'Kellosilta 9',
    zip: '00520',
    shortDescription: { fi: 'Kirjasto, pelihuone ja kokoustiloja.', sv: 'Bibliotek, spelrum och möteslokaler.', en: 'Library, games room and meeting rooms.' },
  },
  {
    key: 'caisa',
    tprekId: '7256',
    name: same('Caisa'),
    street: 'Kaikukatu 4',
    zip: '00530',
    phone: '+358 9 310 37500',
    webPage: 'http://www.caisa.fi/',
    shortDescription: { fi: 'Kansainvälinen kulttuurikeskus.', sv: 'Internationellt kulturcentrum.', en: 'International cultural centre.' },
  },
  {
    key: 'stoa',
    name: { fi: 'Kulttuurikeskus Stoa', sv: 'Kulturcentret Stoa', en: 'Stoa Cultural Centre' },
    street: 'Turunlinnantie 1',
    zip: '00900',
    shortDescription: { fi: 'Itä-Helsingin kulttuurikeskus.', sv: 'Kulturcentrum i östra Helsingfors.', en: 'Cultural centre of East Helsinki.' },
  },
  {
    key: 'annantalo',
    name: { fi: 'Annantalo', sv: 'Annegården', en: 'Annantalo Arts Centre' },
    street: 'Annankatu 30',
    zip: '00100',
    shortDescription: { fi: 'Lasten ja nuorten taidekeskus.', sv: 'Konstcentrum för barn och unga.', en: 'Arts centre for children and young people.' },
  },
  {
    key: 'malmitalo',
    name: { fi: 'Malmitalo', sv: 'Malms kulturhus', en: 'Malmitalo Cultural Centre' },
    street: 'Ala-Malmin tori 1',
    zip: '00700',
    shortDescription: { fi: 'Koillis-Helsingin kulttuurikeskus.', sv: 'Kulturcentrum i nordöstra Helsingfors.', en: 'Cultural centre of North-East Helsinki.' },
  },
  {
    key: 'vuotalo',
    name: { fi: 'Vuotalo', sv: 'Nordhuset', en: 'Vuotalo Cultural Centre' },
    street: 'Mosaiikkitori 2',
    zip: '00980',
    shortDescription: { fi: 'Vuosaaren kulttuurikeskus.', sv: 'Kulturcentrum i Nordsjö.', en: 'Cultural centre of Vuosaari.' },
  },
  {
    key: 'fredriksberg',
    name: { fi: 'Fredriksbergin talo', sv: 'Fredriksbergs hus', en: 'Fredriksberg House' },
    street: 'Konepajankuja 1',
    zip: '00510',
    shortDescription: { fi: 'Nuorisotalo ja juhlatila.', sv: 'Ungdomsgård och festlokal.', en: 'Youth centre and party venue.' },
  },
  {
    key: 'ympyratalo',
    name: { fi: 'Ympyrätalo', sv: 'Cirkelhuset', en: 'Ympyrätalo' },
    street: 'Siltasaarenkatu 18–20',
    zip: '00530',
    shortDescription: { fi: 'Toimisto- ja kokoustiloja Hakaniemessä.', sv: 'Kontors- och möteslokaler i Hagnäs.', en: 'Office and meeting rooms in Hakaniemi.' },
  },
];

function fromRegistry(key: UnitKey, rank: number, unit: TprekUnit, shortDescription: Localized): Unit {
  return {
    id: unitId(key),
    tprekId: unit.tprekId,
    tprekDepartmentId: unit.tprekDepartmentId,
    rank,
    name: unit.name,
    shortDescription,
    webPage: unit.www?.fi ?? null,
    email: unit.email,
    phone: unit.phone,
    addressStreet: unit.streetAddress,
    addressZip: unit.postalCode,
    addressCity: unit.city,
    coordinates: unit.coordinates,
    originHaukiResource: unit.haukiResourceId,
  };
}

/** `tprekRecords` is the recorded registry answer (an array of unit records). */
export function seedUnits(tprekRecords: unknown): Unit[] {
  const record = (id: number): TprekUnit => {
    const raw = Array.isArray(tprekRecords) ? (tprekRecords as { id?: unknown }[]).find((r) => r.id === id) : undefined;
    const unit = parseTprekUnit(raw, 'recorded samples');
    if (!unit.ok) throw new Error(`The bookings seed cannot read TPREK unit ${id}: ${unit.error.message}`);
    return unit.value;
  };
  const registered = [
    fromRegistry('kallio', 1, record(8215), { fi: 'Kaupunginosakirjasto Kalliossa vuodesta 1912.', sv: 'Stadsdelsbibliotek i Berghäll sedan 1912.', en: 'Neighbourhood library in Kallio since 1912.' }),
    fromRegistry('oodi', 2, record(51342), { fi: 'Keskustakirjasto Kansalaistorilla.', sv: 'Centrumbiblioteket vid Medborgarplatsen.', en: 'The central library at Kansalaistori square.' }),
  ];
  const typed = TYPED.map(
    (u, i): Unit => ({
      id: unitId(u.key),
      tprekId: u.tprekId ?? null,
      tprekDepartmentId: null,
      rank: registered.length + i + 1,
      name: u.name,
      shortDescription: u.shortDescription,
      webPage: u.webPage ?? null,
      email: null,
      phone: u.phone ?? null,
      addressStreet: same(u.street),
      addressZip: u.zip,
      addressCity: HELSINKI,
      coordinates: null,
      originHaukiResource: null,
    }),
  );
  return [...registered, ...typed];
}

export type UnitGroupKey = 'libraries' | 'cultural-centres' | 'youth-services';
export const unitGroupId = (key: UnitGroupKey): string => seedId('unit-group', key);

export function seedUnitGroups(): UnitGroup[] {
  const group = (key: UnitGroupKey, name: Localized, units: UnitKey[]): UnitGroup => ({ id: unitGroupId(key), name, unitIds: units.map(unitId) });
  return [
    group('libraries', { fi: 'Kirjastot', sv: 'Bibliotek', en: 'Libraries' }, ['kallio', 'oodi', 'toolo', 'itakeskus', 'pasila']),
    group('cultural-centres', { fi: 'Kulttuurikeskukset', sv: 'Kulturcentren', en: 'Cultural centres' }, ['caisa', 'stoa', 'annantalo', 'malmitalo', 'vuotalo']),
    group('youth-services', { fi: 'Nuorisopalvelut', sv: 'Ungdomstjänster', en: 'Youth services' }, ['fredriksberg', 'ympyratalo']),
  ];
}
