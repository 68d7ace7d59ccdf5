import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourcesDir } from '../../resources-dir.ts';

/**
 * The recorded samples of the city's APIs that the project ships in resources/space-bookings (see
 * its README), answering the paths the adapters ask, as the APIs would. Without a configured API
 * URL the central reads these through the very same adapters.
 */

export const spaceBookingsDir = (): string => join(resourcesDir(), 'space-bookings');

export const RECORDED_FILES = {
  haukiDatePeriods: 'hauki_test_import_hauki_periods.json',
  tprekUnits: 'hauki_test_import_tprek_units.json',
} as const;

export function readRecorded(file: string, dir = spaceBookingsDir()): unknown {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
}

const records = (body: unknown): Record<string, unknown>[] => (Array.isArray(body) ? (body as Record<string, unknown>[]) : []);

/** Hauki: `/v1/date_period/?resource=<id>` answers that resource's recorded periods. */
export function recordedHaukiAnswer(dir = spaceBookingsDir()): (path: string) => unknown {
  const periods = records(readRecorded(RECORDED_FILES.haukiDatePeriods, dir));
  return (path) => {
    const url = new URL(path, 'http://recorded.invalid');
    if (url.pathname !== '/v1/date_period/') return undefined;
    const resource = Number(url.searchParams.get('resource'));
    return periods.filter((p) => p.resource === resource);
  };
}

/** TPREK: `/unit/<id>` answers that recorded unit record; other ids are unknown. */
export function recordedTprekAnswer(dir = spaceBookingsDir()): (path: string) => unknown {
  const units = records(readRecorded(RECORDED_FILES.tprekUnits, dir));
  return (path) => {
    const id = /^\/unit\/(\d+)\/?$/.exec(new URL(path, 'http://recorded.invalid').pathname)?.[1];
    return id === undefined ? undefined : units.find((u) => String(u.id) === id);
  };
}
