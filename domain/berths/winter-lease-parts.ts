import type { CommandContext, Versioned } from '../sync/command-context.ts';
import { reject, type Decision, type Put } from './decision.ts';
import type { Customer } from './entities.ts';
import type { OrderLine } from './order-entity.ts';
import type { WinterApplication, WinterArea, WinterEvent, WinterLease, WinterPlace, WinterSection } from './winter-entities.ts';
import { stickerSeason } from './winter-seasons.ts';

/**
 * What every winter lease decider shares (the state, an event, the invoice's line, the lease a
 * command names), apart from winter-deciders.ts so the termination and the renewal use it without
 * an import cycle.
 */

/**
 * Everything a winter storage command may need, loaded by the caller (the central under row
 * locks and, for sticker numbers, a lock on the winter's series).
 */
export interface WinterCommandState {
  application: Versioned<WinterApplication> | null;
  /** The application's leases (creating), or the lease the command is about. */
  applicationLeases: WinterLease[];
  lease: Versioned<WinterLease> | null;
  customer: Customer | null;
  area: WinterArea | null;
  /** The marked place asked for, or for an unmarked notice the section its lease goes on. */
  place: WinterPlace | null;
  section: WinterSection | null;
  /** Leases on the place in the winter and the one before. */
  placeLeases: WinterLease[];
  /** Sticker numbers the lease's winter has given (the whole series, reassigned ones too). */
  stickerNumbers: number[];
}

export function winterEvent(ctx: CommandContext, lease: WinterLease, kind: WinterEvent['kind'], extra: Partial<Pick<WinterEvent, 'fromStatus' | 'toStatus' | 'stickerNumber' | 'note'>>): Put {
  return {
    entity: 'winter_event',
    version: 1,
    record: {
      id: ctx.commandId,
      applicationId: lease.applicationId,
      leaseId: lease.id,
      at: ctx.now,
      recordedAt: ctx.recordedAt,
      kind,
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      fromStatus: extra.fromStatus ?? null,
      toStatus: extra.toStatus ?? null,
      stickerNumber: extra.stickerNumber ?? null,
      note: extra.note ?? null,
      commandId: ctx.commandId,
    },
  };
}

/** The invoice's one line: the place (or the area, unmarked) for the winter, at the customer's group's price. */
export function storageLine(area: WinterArea, place: WinterPlace | null, section: WinterSection, winter: number, price: { cents: number; pretaxCents: number; vatPercent: number }): OrderLine {
  const where = (lang: 'fi' | 'sv' | 'en') => (place ? `${area.name[lang]} ${section.identifier}-${place.number}` : area.name[lang]);
  const season = stickerSeason(winter).replace('_', '–');
  return {
    product: place ? 'winter_storage_marked' : 'winter_storage_unmarked',
    title: { fi: `Talvisäilytys ${where('fi')} ${season}`, sv: `Vinterförvaring ${where('sv')} ${season}`, en: `Winter storage ${where('en')} ${season}` },
    pretaxCents: price.pretaxCents,
    vatPercent: price.vatPercent,
    totalCents: price.cents,
  };
}

/** The lease the command names, or its refusal. */
export function leaseOf(s: WinterCommandState, leaseId: string): Versioned<WinterLease> | Decision {
  return s.lease && s.lease.record.id === leaseId ? s.lease : reject('not_found', 'The winter storage lease does not exist.');
}

export const isDecision = (x: unknown): x is Decision => typeof x === 'object' && x !== null && 'ok' in x;
