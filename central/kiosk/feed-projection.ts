import { KIOSK_PUBLIC_FIELDS } from '../../domain/kiosk/public-data.ts';

/**
 * The kiosk feed's projection (issue 9 item 7), in SQL: a feed row of an entity that is not on
 * KIOSK_PUBLIC_FIELDS is never selected, and a selected row's data is cut to that entity's public
 * fields by PostgreSQL, so nothing else of it ever reaches Node, let alone the wire. The field
 * list travels as one jsonb parameter (`{ entity: [field, …] }`).
 */
export const KIOSK_FIELDS_PARAM = JSON.stringify(KIOSK_PUBLIC_FIELDS);

/** The condition on a feed row: its entity is public. `param` is the placeholder of KIOSK_FIELDS_PARAM. */
export const kioskEntityFilter = (param: string) => `(${param}::jsonb ? entity)`;

/** The feed row's data with only its entity's public fields (null for a delete, which has none). */
export const kioskProjectedData = (param: string) =>
  `(SELECT jsonb_object_agg(f.key, f.value) FROM jsonb_each(data) AS f(key, value) WHERE (${param}::jsonb -> entity) ? f.key)`;
