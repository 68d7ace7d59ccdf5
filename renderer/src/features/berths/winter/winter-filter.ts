import type { ApplicationStatus } from '../../../../../domain/berths/entities.ts';
import type { WinterApplicationRow } from '../../../../../domain/berths/winter-contract.ts';
import type { Input } from '../../../../../domain/contract.ts';
import type { Language } from '../../../../../domain/languages.ts';
import { localized } from '../../../format/format.ts';
import { INTL_LOCALE } from '../../../format/locale.ts';

export type WinterType = 'all' | 'marked' | 'unmarked';

/** The inbox's filters as the bar holds them: '' means "any". */
export interface WinterFilter {
  type: WinterType;
  /** '', 'open', or one application status. */
  status: string;
  /** The first chosen area, by its Finnish name (the rows name areas, they carry no id). */
  area: string;
  search: string;
}

export const NO_WINTER_FILTER: WinterFilter = { type: 'all', status: '', area: '', search: '' };

/** The statuses a winter case passes through (no berth offer's interim ones): the status filter's choices. */
export const WINTER_STATUSES: readonly ApplicationStatus[] = ['pending', 'offer_generated', 'offer_sent', 'handled', 'expired', 'rejected'];

/** The handler's working set: waiting for a place or an invoice, or for the customer to pay. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['pending', 'offer_generated', 'offer_sent'];

export function hasWinterFilter(f: WinterFilter): boolean {
  return f.type !== 'all' || f.status !== '' || f.area !== '' || f.search.trim() !== '';
}

function statuses(status: string): ApplicationStatus[] {
  if (status === '') return [];
  return status === 'open' ? [...OPEN_STATUSES] : [status as ApplicationStatus];
}

/**
 * The core's input: `narrowed` false asks for every row of the type (what "of N" counts and the
 * area choices come from), true also for the status and search.
 */
export function winterInput(f: WinterFilter, narrowed: boolean): Input<'berths.winterApplications'> {
  return {
    winter: null,
    areaType: f.type === 'all' ? null : f.type,
    statuses: narrowed ? statuses(f.status) : [],
    areaId: null,
    search: narrowed ? f.search.trim().slice(0, 100) : '',
  };
}

export function areaKey(row: Pick<WinterApplicationRow, 'areaName'>): string {
  return row.areaName.fi;
}

/** The areas the rows name first, in the language's order. */
export function areaOptions(rows: readonly Pick<WinterApplicationRow, 'areaName'>[], lang: Language): { value: string; label: string }[] {
  const byKey = new Map<string, string>();
  for (const r of rows) if (!byKey.has(areaKey(r))) byKey.set(areaKey(r), localized(r.areaName, lang));
  const collator = new Intl.Collator(INTL_LOCALE[lang]);
  return [...byKey].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
}

export function inArea<R extends Pick<WinterApplicationRow, 'areaName'>>(rows: readonly R[], area: string): R[] {
  return area === '' ? [...rows] : rows.filter((r) => areaKey(r) === area);
}
