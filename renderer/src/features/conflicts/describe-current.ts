import type { Language } from '../../../../domain/languages.ts';
import type { HarbourOption } from '../../../../domain/contract.ts';
import { localized } from '../../format/format.ts';

export interface Description {
  key: string;
  params: Record<string, string | number>;
  /** Params that are message keys themselves (a status name). */
  nestedKeys?: Record<string, string>;
}

const OCCUPANCY_KEY: Record<string, string> = {
  offered: 'conflicts.berthOffered',
  leased: 'conflicts.berthLeased',
  renewal: 'conflicts.berthRenewal',
  inactive: 'conflicts.berthInactive',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The server's state at a refusal, in words: the central sends the berth with its occupancy
 * (berth taken) or the application with its version (changed by someone else).
 */
export function describeCurrent(current: unknown, harbours: readonly HarbourOption[], lang: Language): Description {
  // A series refused as a whole: the central lists the dates it could not book.
  if (Array.isArray(current)) return { key: 'conflicts.seriesDatesTaken', params: { count: current.length } };
  if (isObject(current)) {
    // A booking's time taken: the central names the bookings in the way.
    if (Array.isArray(current.blockers)) return { key: 'conflicts.bookingTimeTaken', params: { count: current.blockers.length } };
    const berth = current.berth;
    const occupancy = current.occupancy;
    if (isObject(berth) && isObject(occupancy) && typeof occupancy.reason === 'string' && OCCUPANCY_KEY[occupancy.reason]) {
      const harbour = harbours.find((h) => h.id === berth.harbourId);
      return {
        key: OCCUPANCY_KEY[occupancy.reason] as string,
        params: { number: String(berth.number ?? '?'), harbour: harbour ? localized(harbour.name, lang) : '?' },
      };
    }
    const application = current.application;
    if (isObject(application) && typeof application.status === 'string') {
      return {
        key: 'conflicts.applicationNow',
        params: { reference: String(application.reference ?? ''), version: typeof current.version === 'number' ? current.version : '?' },
        nestedKeys: { status: `statuses.${application.status}` },
      };
    }
  }
  return { key: 'conflicts.noCurrent', params: {} };
}
