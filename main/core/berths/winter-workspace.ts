import type { Method, ParsedInput } from '../../../domain/contract.ts';
import type { Decision } from '../../../domain/berths/decision.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import type { WinterCommandType, WinterPayload } from '../../../domain/berths/winter-commands.ts';
import { WINTER_DECIDERS, type WinterCommandState } from '../../../domain/berths/winter-deciders.ts';
import type { WinterApplication, WinterLease } from '../../../domain/berths/winter-entities.ts';
import { offerWinter } from '../../../domain/berths/winter-seasons.ts';
import { fail, ok } from '../../../domain/result.ts';
import type { CacheWorkspace, CommandSpec, DecisionContext } from '../cache/workspace.ts';
import { STICKER_LETTER_PRINT_READ, stickerLetterRows, winterApplicationDetail, winterApplications } from './winter-reads.ts';
import { loadWinterCommandState, parseData, WINTER_TABLES, winterRows } from './winter-state.ts';

type AnyDecider = (state: WinterCommandState, payload: unknown, ctx: DecisionContext) => Decision;

const same = (type: WinterCommandType): CommandSpec => ({ type, payload: (input) => input });

/**
 * Winter storage in the cache: the inbox of marked applications and unmarked notices, one case
 * with its place suggestions, the sticker letters still to post, and the five commands decided
 * on local rows by the same deciders the central runs.
 */
export const WINTER_CACHE: CacheWorkspace = {
  tables: WINTER_TABLES,
  queries: {
    'berths.winterApplications': { permission: 'berths.cases.read', run: ({ db, now }, input) => ok(winterApplications(db, input as ParsedInput<'berths.winterApplications'>, now)) },
    'berths.winterApplication': {
      permission: 'berths.cases.read',
      // Not audited, as berths.getApplication and berths.getCustomer: decision 28 audits children's and guardians' data.
      run: ({ db, now }, input) => {
        const detail = winterApplicationDetail(db, (input as ParsedInput<'berths.winterApplication'>).id, now);
        return detail ? ok(detail) : fail('not_found', 'The winter storage application does not exist.');
      },
    },
    'berths.stickerLetters': {
      permission: 'berths.cases.read',
      run: ({ db, now }, input) => {
        const winter = (input as ParsedInput<'berths.stickerLetters'>).winter ?? offerWinter(helsinkiDate(now));
        return ok(stickerLetterRows(db, winter).map((r) => r.letter));
      },
    },
  },
  coreReads: {
    [STICKER_LETTER_PRINT_READ]: {
      permission: 'berths.cases.read',
      run: ({ db }, input) => ok(stickerLetterRows(db, (input as { winter: number }).winter)),
    },
  },
  commands: {
    'berths.createWinterLease': {
      type: 'berths.createWinterLease',
      payload: (input, _today, newId): WinterPayload<'berths.createWinterLease'> => ({ ...(input as ParsedInput<'berths.createWinterLease'>), leaseId: newId() }),
    },
    'berths.sendWinterInvoice': same('berths.sendWinterInvoice'),
    'berths.markWinterInvoicePaid': same('berths.markWinterInvoicePaid'),
    'berths.reassignWinterSticker': same('berths.reassignWinterSticker'),
    'berths.setWinterStickerPosted': same('berths.setWinterStickerPosted'),
  } satisfies Partial<Record<Method, CommandSpec>>,
  // No winter command is versioned: the aggregate only ties the queued command to its case and the conflicts inbox.
  aggregateOf: (type, payload) =>
    type === 'berths.createWinterLease'
      ? { entity: 'winter_application', id: (payload as WinterPayload<typeof type>).applicationId }
      : { entity: 'winter_lease', id: (payload as { leaseId: string }).leaseId },
  decide: ({ db }, type, payload, ctx) => {
    const t = type as WinterCommandType;
    return (WINTER_DECIDERS[t] as AnyDecider)(loadWinterCommandState(db, t, payload), payload, ctx);
  },
  describeAggregate: ({ db }, id) => {
    const s = winterRows(db);
    const application = parseData<WinterApplication>(s.application.get(id));
    if (application) return application.reference;
    return parseData<WinterLease>(s.lease.get(id))?.invoice.number ?? null;
  },
};
