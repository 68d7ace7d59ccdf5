import type { EntityName } from '../workspaces.ts';

/**
 * What a kiosk may hold (issue 9 item 7, brief assistance-kiosk 2.6): public data only, field by
 * field. Anything not listed here is not public, so a new field stays off the kiosk until someone
 * decides it is public. The central's kiosk feed and the kiosk's cache both check against this.
 */
export const KIOSK_PUBLIC_FIELDS = {
  booking_unit: ['id', 'name', 'shortDescription', 'streetAddress', 'zipCode', 'city', 'webPage'],
  booking_space: ['id', 'unitId', 'parentId', 'name', 'surfaceAreaM2', 'maxPersons'],
  reservation_unit: [
    'id',
    'unitId',
    'name',
    'description',
    'spaceIds',
    /** With the spaces' tree, which units take time from each other (domain/space-holds): opaque ids only. */
    'resourceIds',
    'reservationKind',
    'minPersons',
    'maxPersons',
    'minDurationMin',
    'maxDurationMin',
    'startIntervalMin',
    'reservationBeginsAt',
    'reservationEndsAt',
    'publishBeginsAt',
    'publishEndsAt',
    'minDaysBefore',
    'maxDaysBefore',
    'bufferBeforeMin',
    'bufferAfterMin',
    'blockWholeDay',
    'requiresHandling',
    'cancellationRule',
    'pricings',
  ],
  booking_opening_hours: ['id', 'unitId', 'reservationUnitId', 'from', 'to', 'days'],
  /** What the free-space view needs to tell taken time (the conflict rule's fields), never who booked it. */
  reservation: ['id', 'reservationUnitId', 'unitId', 'beginsAt', 'endsAt', 'state', 'type', 'bufferBeforeMin', 'bufferAfterMin'],
  /** With the booking units in its building (`unitIds`), whose spaces the kiosk lists first. */
  as_service_point: ['id', 'name', 'ticketPrefix', 'active', 'unitIds'],
  /** A helper's bookable hours, without the helper; closed hours offer no slot. */
  as_helper_calendar: ['id', 'servicePointId', 'date', 'startTime', 'endTime', 'slotLengthMin', 'closedAt'],
  /** The queue as the public display shows it: numbers and states. */
  as_queue_ticket: ['id', 'servicePointId', 'serviceDate', 'number', 'label', 'status', 'queuedAt', 'calledAt', 'recallCount', 'source'],
  /** Taken help times, without the intake or the contact. */
  as_appointment: ['id', 'servicePointId', 'calendarId', 'startsAt', 'endsAt', 'status'],
  kiosk_event: ['id', 'servicePointId', 'title', 'startsAt', 'endsAt', 'place', 'description'],
  /** Its own schedule, whether a restart waits and its service point's median help time (one figure, no ticket of it); not the heartbeat history or who asked. */
  kiosk_terminal: ['id', 'servicePointId', 'name', 'schedule', 'restartRequestedAt', 'helpMinMedian'],
} as const satisfies Partial<Record<EntityName, readonly string[]>>;

export type KioskPublicEntity = keyof typeof KIOSK_PUBLIC_FIELDS;

/**
 * Field names that point at a person. None may ever be on the list above (a test holds it), so
 * widening the list by mistake fails loudly.
 */
export const PERSONAL_FIELD_NAME =
  /e-?mail|phone|ssn|identity|birth|first_?name|last_?name|full_?name|^address$|applicant|actor|reserve[er]|guardian|child|family|customer|user|business_?id|registration|contact|note|password|token|pin$|By$/i;

export interface NonPublicData {
  entity: string;
  id: string | null;
  /** Null when the entity as a whole is not public. */
  field: string | null;
}

export interface KioskRecord {
  entity: string;
  data: unknown;
}

/** Every entity and field in a record set a kiosk may not hold; empty when it holds public data only. */
export function findNonPublicData(records: Iterable<KioskRecord>): NonPublicData[] {
  const found: NonPublicData[] = [];
  for (const { entity, data } of records) {
    const id = isObject(data) && typeof data.id === 'string' ? data.id : null;
    if (!Object.hasOwn(KIOSK_PUBLIC_FIELDS, entity)) {
      found.push({ entity, id, field: null });
      continue;
    }
    const allowed: readonly string[] = KIOSK_PUBLIC_FIELDS[entity as KioskPublicEntity];
    if (!isObject(data)) continue;
    for (const field of Object.keys(data)) if (!allowed.includes(field)) found.push({ entity, id, field });
  }
  return found;
}

/** A record with only its public fields, for the central's kiosk feed; null for a non-public entity. */
export function publicPart(entity: string, data: Record<string, unknown>): Record<string, unknown> | null {
  if (!Object.hasOwn(KIOSK_PUBLIC_FIELDS, entity)) return null;
  const allowed: readonly string[] = KIOSK_PUBLIC_FIELDS[entity as KioskPublicEntity];
  return Object.fromEntries(Object.entries(data).filter(([field]) => allowed.includes(field)));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
