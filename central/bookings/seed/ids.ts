import { nameUuid } from '../../stable-ids.ts';

/** A stable id for a seeded bookings record: the same key gives the same UUID in every database. */
export const seedId = (kind: string, key: string): string => nameUuid(`bookings:${kind}:${key}`);
