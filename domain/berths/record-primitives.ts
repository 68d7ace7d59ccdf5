import { z } from 'zod';

/**
 * The id and day types every berth record is built on. They live apart from entities.ts so the
 * order's own file (order-entity.ts), which entities.ts registers, can use them without a cycle.
 */
/**
 * One spelling per id: PostgreSQL compares uuids without regard to case, but the change feed, the
 * cache and the command store compare text, so an id in capitals would be a second id there.
 */
export const Uuid = z.uuid().lowercase();
export const IsoDate = z.iso.date(); // YYYY-MM-DD, a calendar day in Helsinki
export const IsoDateTime = z.iso.datetime({ offset: true });

/** Customer groups (brief 4.5): each has its own price rule. */
export const CUSTOMER_KINDS = ['private', 'company', 'internal', 'non_billable', 'association'] as const;
