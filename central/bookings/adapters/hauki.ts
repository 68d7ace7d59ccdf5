import { z } from 'zod';
import { daysBetween, isCalendarDate } from '../../../domain/wall-clock.ts';
import { openingHoursFromPeriods, type OpeningHours } from './hauki-opening-hours.ts';
import { UnsupportedRuleError } from './hauki-rules.ts';
import { haukiDatePeriodPage, type HaukiDatePeriod } from './hauki-schema.ts';
import { adapterFail, adapterOk, type AdapterResult, type JsonSource } from './json-source.ts';

export type { OpeningDay, OpeningHours, OpeningInterval } from './hauki-opening-hours.ts';

/** Varaamo keeps 730 days of reservable hours; a little more is allowed, a runaway range is not. */
export const MAX_RANGE_DAYS = 800;
/** A paginated answer that never ends is cut here rather than followed for ever. */
const MAX_PAGES = 50;

/**
 * The city's opening-hours API (Hauki, https://hauki.api.hel.fi): a resource's date periods, read
 * from `GET /v1/date_period/?resource=<id>`, normalised to each local date's open intervals. The
 * Hauki id of a unit is in its TPREK record (`sources`, source "hauki").
 */
export class HaukiAdapter {
  readonly #source: JsonSource;

  constructor(source: JsonSource) {
    this.#source = source;
  }

  async datePeriods(haukiResourceId: number): Promise<AdapterResult<HaukiDatePeriod[]>> {
    if (!Number.isSafeInteger(haukiResourceId) || haukiResourceId < 1) return adapterFail('bad_request', `A Hauki resource id is a whole number above zero, not ${haukiResourceId}.`);
    const periods: HaukiDatePeriod[] = [];
    let path: string | null = `/v1/date_period/?resource=${haukiResourceId}&format=json`;
    for (let page = 0; path !== null; page++) {
      if (page === MAX_PAGES) return adapterFail('bad_payload', `Hauki (${this.#source.label}) kept paging past ${MAX_PAGES} pages of date periods for resource ${haukiResourceId}.`);
      const answer = await this.#source.get(path);
      if (!answer.ok) return answer;
      const parsed = haukiDatePeriodPage.safeParse(answer.value);
      if (!parsed.success) {
        return adapterFail('bad_payload', `Hauki (${this.#source.label}) answered date periods for resource ${haukiResourceId} in a shape the adapter does not read: ${z.prettifyError(parsed.error)}`, {
          issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
      }
      const body = parsed.data;
      if (Array.isArray(body)) {
        periods.push(...body);
        path = null;
      } else {
        periods.push(...body.results);
        path = body.next ?? null;
      }
    }
    return adapterOk(periods);
  }

  /** Open intervals and closed days of a resource from `from` to `to` (local dates, both included). */
  async openingHours(haukiResourceId: number, from: string, to: string): Promise<AdapterResult<OpeningHours>> {
    if (!isCalendarDate(from) || !isCalendarDate(to)) return adapterFail('bad_request', `Opening hours are asked for dates YYYY-MM-DD, not "${from}" to "${to}".`);
    const days = daysBetween(from, to);
    if (days < 0) return adapterFail('bad_request', `The range ends (${to}) before it starts (${from}).`);
    if (days >= MAX_RANGE_DAYS) return adapterFail('bad_request', `Opening hours are read at most ${MAX_RANGE_DAYS} days at a time, not ${days + 1}.`);
    const periods = await this.datePeriods(haukiResourceId);
    if (!periods.ok) return periods;
    try {
      return adapterOk(openingHoursFromPeriods(periods.value, haukiResourceId, from, to));
    } catch (error) {
      if (error instanceof UnsupportedRuleError) return adapterFail('bad_payload', `Hauki (${this.#source.label}) resource ${haukiResourceId}: ${error.message}`);
      throw error;
    }
  }
}
