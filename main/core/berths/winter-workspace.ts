import type { Method, ParsedInput } from '../../../domain/contract.ts';
import type { Decision } from '../../../domain/berths/decision.ts';
import { helsinkiDate } from '../../../domain/berths/seasons.ts';
import { isWinterMasterCommand, type WinterCommandType, type WinterMasterCommandType, type WinterPayload } from '../../../domain/berths/winter-commands.ts';
import { WINTER_DECIDERS, type WinterCommandState } from '../../../domain/berths/winter-deciders.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import { WINTER_MASTER_DECIDERS, winterMasterAggregate, type WinterMasterDecision, type WinterMasterState } from '../../../domain/berths/winter-master-deciders.ts';
import { offerWinter } from '../../../domain/berths/winter-seasons.ts';
import { fail, ok } from '../../../domain/result.ts';
import type { CacheWorkspace, CommandSpec, DecisionContext } from '../cache/workspace.ts';
import { STICKER_LETTER_PRINT_READ, stickerLetterRows, winterApplicationDetail, winterApplications } from './winter-reads.ts';
import { loadLocalWinterMasterState, winterAreas } from './winter-master-reads.ts';
import { winterRenewalOverview } from './winter-renewal-overview.ts';
import { loadWinterCommandState, parseData, WINTER_TABLES, winterRows } from './winter-state.ts';

type AnyDecider = (state: WinterCommandState, payload: unknown, ctx: DecisionContext) => Decision;
type AnyMasterDecider = (state: { winterMaster: WinterMasterState }, payload: unknown, ctx: DecisionContext) => WinterMasterDecision;

const same = (type: WinterCommandType | WinterMasterCommandType): CommandSpec => ({ type, payload: (input) => input });

/**
 * Winter storage in the cache: the inbox of marked applications and unmarked notices, one case
 * with its place suggestions, the sticker letters still to post, and the five case commands
 * decided on local rows by the same deciders the central runs; and the areas, sections and places
 * with their edits (decision 43), which version the record they change as the berth master data's do.
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
    'berths.winterAreas': { permission: 'berths.cases.read', run: ({ db, now }) => ok(winterAreas(db, helsinkiDate(now))) },
    'berths.winterRenewalOverview': { permission: 'berths.cases.read', run: ({ db, now }) => ok(winterRenewalOverview(db, helsinkiDate(now))) },
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
    'berths.terminateWinterLease': same('berths.terminateWinterLease'),
    'berths.renewWinterLease': {
      type: 'berths.renewWinterLease',
      payload: (input, _today, newId): WinterPayload<'berths.renewWinterLease'> => ({ ...(input as ParsedInput<'berths.renewWinterLease'>), leaseId: newId() }),
    },
    'berths.editWinterArea': same('berths.editWinterArea'),
    'berths.editWinterSection': same('berths.editWinterSection'),
    'berths.editWinterPlace': same('berths.editWinterPlace'),
    'berths.addWinterPlace': {
      type: 'berths.addWinterPlace',
      payload: (input, _today, newId): WinterPayload<'berths.addWinterPlace'> => ({ ...(input as ParsedInput<'berths.addWinterPlace'>), placeId: newId() }),
    },
    'berths.addWinterSection': {
      type: 'berths.addWinterSection',
      payload: (input, _today, newId): WinterPayload<'berths.addWinterSection'> => ({ ...(input as ParsedInput<'berths.addWinterSection'>), sectionId: newId() }),
    },
  } satisfies Partial<Record<Method, CommandSpec>>,
  // No case command is versioned: the aggregate only ties the queued command to its case and the
  // conflicts inbox. A master data edit versions the record it changes.
  aggregateOf: (type, payload) =>
    isWinterMasterCommand(type)
      ? winterMasterAggregate(type, payload)
      : type === 'berths.createWinterLease'
      ? { entity: 'winter_application', id: (payload as WinterPayload<typeof type>).applicationId }
      : type === 'berths.renewWinterLease'
      ? { entity: 'winter_lease', id: (payload as WinterPayload<typeof type>).previousLeaseId }
      : { entity: 'winter_lease', id: (payload as { leaseId: string }).leaseId },
  decide: ({ db }, type, payload, ctx) => {
    if (isWinterMasterCommand(type)) return (WINTER_MASTER_DECIDERS[type] as AnyMasterDecider)({ winterMaster: loadLocalWinterMasterState(db, type, payload, ctx.today) }, payload, ctx);
    const t = type as WinterCommandType;
    return (WINTER_DECIDERS[t] as AnyDecider)(loadWinterCommandState(db, t, payload), payload, ctx);
  },
  describeAggregate: ({ db }, id) => {
    const s = winterRows(db);
    const application = parseData<WinterApplication>(s.application.get(id));
    if (application) return application.reference;
    const lease = parseData<WinterLease>(s.lease.get(id));
    if (lease) return lease.invoice.number;
    // A master data edit's record: the area by name, a section and a place as on the area's map.
    const place = parseData<WinterPlace>(s.place.get(id));
    const section = parseData<WinterSection>(s.section.get(place?.sectionId ?? id));
    const area = parseData<WinterArea>(s.area.get(section?.areaId ?? id));
    if (!area) return null;
    return [area.name.fi, section?.identifier, place?.number].filter((x) => x !== undefined).join(' ');
  },
};
