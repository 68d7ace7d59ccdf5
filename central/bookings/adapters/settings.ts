import { HaukiAdapter } from './hauki.ts';
import { httpJsonSource, recordedJsonSource } from './json-source.ts';
import { recordedHaukiAnswer, recordedTprekAnswer, spaceBookingsDir } from './recorded.ts';
import { TprekAdapter } from './tprek.ts';

/**
 * Where the central reads the city's opening hours and unit data (README, Configuration):
 * `KUVA_HAUKI_URL` (e.g. https://hauki.api.hel.fi) and `KUVA_TPREK_URL` (e.g.
 * https://www.hel.fi/palvelukarttaws/rest/v4). Unset, the recorded samples answer instead.
 */
export interface CityApiSettings {
  haukiUrl?: string;
  tprekUrl?: string;
}

function apiBase(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  if (!value) return undefined;
  const protocol = URL.canParse(value) ? new URL(value).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`${name} must be an http:// or https:// address, not "${value}".`);
  return value.replace(/\/+$/, '');
}

/** Throws one sentence naming the variable when a value is unusable. */
export function cityApiSettings(env: Readonly<Record<string, string | undefined>> = process.env): CityApiSettings {
  const haukiUrl = apiBase(env, 'KUVA_HAUKI_URL');
  const tprekUrl = apiBase(env, 'KUVA_TPREK_URL');
  return { ...(haukiUrl ? { haukiUrl } : {}), ...(tprekUrl ? { tprekUrl } : {}) };
}

export interface CityAdapters {
  hauki: HaukiAdapter;
  tprek: TprekAdapter;
}

/** The adapters for the configured APIs, each falling back to the recorded samples on its own. */
export function cityAdapters(settings: CityApiSettings = cityApiSettings(), recordedDir = spaceBookingsDir()): CityAdapters {
  return {
    hauki: new HaukiAdapter(
      settings.haukiUrl ? httpJsonSource(settings.haukiUrl, { apiName: 'Hauki' }) : recordedJsonSource('Hauki', recordedHaukiAnswer(recordedDir)),
    ),
    tprek: new TprekAdapter(
      settings.tprekUrl ? httpJsonSource(settings.tprekUrl, { apiName: 'TPREK' }) : recordedJsonSource('TPREK', recordedTprekAnswer(recordedDir)),
    ),
  };
}
