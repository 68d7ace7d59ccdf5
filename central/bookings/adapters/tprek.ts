import { z } from 'zod';
import type { Localized } from '../../../domain/languages.ts';
import { adapterFail, adapterOk, type AdapterResult, type JsonSource } from './json-source.ts';

/**
 * The city's unit registry (TPREK, Toimipisterekisteri; the service map's REST API v4,
 * https://www.hel.fi/palvelukarttaws/rest/v4): `GET /unit/<id>` answers one unit record, as in
 * the recorded sample `hauki_test_import_tprek_units.json`. Varaamo syncs its units from here.
 *
 * Languages: Finnish is the registry's main language and the fallback of the others, as on the
 * city's own pages: a missing or empty Swedish or English text is the Finnish one. A unit without
 * a Finnish name takes the Swedish, then the English one; a unit with no name at all is refused.
 */

export interface TprekUnit {
  tprekId: string;
  tprekDepartmentId: string | null;
  name: Localized;
  streetAddress: Localized;
  postalCode: string;
  city: Localized;
  phone: string | null;
  email: string | null;
  /** The unit's web page per language (fallback as above), null when it has none. */
  www: Localized | null;
  coordinates: { lat: number; lon: number } | null;
  /** The unit's id in the opening-hours API (Hauki), when the registry links one. */
  haukiResourceId: number | null;
}

const text = z.string().nullish();

const tprekRecord = z.object({
  id: z.number().int().positive(),
  dept_id: text,
  name_fi: text,
  name_sv: text,
  name_en: text,
  street_address_fi: text,
  street_address_sv: text,
  street_address_en: text,
  address_zip: text,
  address_city_fi: text,
  address_city_sv: text,
  address_city_en: text,
  phone: text,
  email: text,
  www_fi: text,
  www_sv: text,
  www_en: text,
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  sources: z.array(z.object({ source: z.string(), id: z.string() })).nullish(),
});
type TprekRecord = z.infer<typeof tprekRecord>;

const present = (value: string | null | undefined): string => value?.trim() ?? '';

function trilingual(fi: string | null | undefined, sv: string | null | undefined, en: string | null | undefined): Localized {
  const base = present(fi) || present(sv) || present(en);
  return { fi: base, sv: present(sv) || base, en: present(en) || base };
}

function haukiId(sources: TprekRecord['sources']): number | null {
  const id = Number(sources?.find((s) => s.source === 'hauki')?.id);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** One TPREK record as the bookings model reads it; null when the record has no name at all. */
export function normaliseTprekUnit(record: TprekRecord): TprekUnit | null {
  const name = trilingual(record.name_fi, record.name_sv, record.name_en);
  if (name.fi === '') return null;
  const www = trilingual(record.www_fi, record.www_sv, record.www_en);
  return {
    tprekId: String(record.id),
    tprekDepartmentId: present(record.dept_id) || null,
    name,
    streetAddress: trilingual(record.street_address_fi, record.street_address_sv, record.street_address_en),
    postalCode: present(record.address_zip),
    city: trilingual(record.address_city_fi, record.address_city_sv, record.address_city_en),
    phone: present(record.phone) || null,
    email: present(record.email) || null,
    www: www.fi === '' ? null : www,
    coordinates: typeof record.latitude === 'number' && typeof record.longitude === 'number' ? { lat: record.latitude, lon: record.longitude } : null,
    haukiResourceId: haukiId(record.sources),
  };
}

/** Reads raw JSON (the registry's answer or a recorded record) into a unit, or says what is wrong. */
export function parseTprekUnit(raw: unknown, label: string): AdapterResult<TprekUnit> {
  const parsed = tprekRecord.safeParse(raw);
  if (!parsed.success) {
    return adapterFail('bad_payload', `TPREK (${label}) answered a unit in a shape the adapter does not read: ${z.prettifyError(parsed.error)}`, {
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const unit = normaliseTprekUnit(parsed.data);
  if (!unit) return adapterFail('bad_payload', `TPREK (${label}) unit ${parsed.data.id} has no name in any language.`);
  return adapterOk(unit);
}

export class TprekAdapter {
  readonly #source: JsonSource;

  constructor(source: JsonSource) {
    this.#source = source;
  }

  async unit(tprekId: string): Promise<AdapterResult<TprekUnit>> {
    if (!/^[1-9]\d{0,9}$/.test(tprekId)) return adapterFail('bad_request', `A TPREK id is a whole number, not "${tprekId.slice(0, 40)}".`);
    const answer = await this.#source.get(`/unit/${tprekId}`);
    if (!answer.ok) return answer;
    const unit = parseTprekUnit(answer.value, this.#source.label);
    if (unit.ok && unit.value.tprekId !== tprekId) return adapterFail('bad_payload', `TPREK (${this.#source.label}) answered unit ${unit.value.tprekId} when asked for ${tprekId}.`);
    return unit;
  }

  /** The units in the order asked; the first that cannot be read is the answer. */
  async units(tprekIds: readonly string[]): Promise<AdapterResult<TprekUnit[]>> {
    const units: TprekUnit[] = [];
    for (const id of tprekIds) {
      const unit = await this.unit(id);
      if (!unit.ok) return unit;
      units.push(unit.value);
    }
    return adapterOk(units);
  }
}
