import type { Change, StaffUser } from '../../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../../domain/workspaces.ts';
import type { OpeningHoursRecord, Reservation, ReservationSeries, ReservationUnit, Space, Unit, UnitGroup } from '../../../../domain/bookings/entities.ts';
import { DENY_REASONS, reservation, reservationUnit } from '../../../../domain/bookings/handling-fixtures.test-support.ts';
import { addDays, isoWeekday } from '../../../../domain/wall-clock.ts';

/**
 * A small bookings world for the cache tests: Töölö library (a hall with part A under it, and a
 * meeting room with its own opening hours) and Kallio library (a studio), both in the group
 * "libraries". The bookings sit in December 2026; the tests run on 1 December.
 */
export const NOW = new Date('2026-12-01T10:00:00+02:00');
export const TOOLO = 'unit-toolo';
export const KALLIO = 'unit-kallio';

const t = (fi: string, sv = fi, en = fi) => ({ fi, sv, en });

export const put = <T extends { id: string }>(entity: EntityName, record: T, version = 1): Change => ({ entity, id: record.id, op: 'put', version, data: record });

export const user = (id: string, name: string, grants: StaffUser['grants']): StaffUser => ({ id, name, roles: [...new Set(grants.map((g) => g.role))], grants });
export const HANDLER_TOOLO = user('u-ville', 'Ville Heikkinen', [{ role: 'booking_handler', unitId: TOOLO }]);
export const VIEWER = user('u-tuula', 'Tuula Järvinen', [{ role: 'booking_viewer', unitGroupId: 'libraries' }]);
export const RESERVER = user('u-reijo', 'Reijo Koskinen', [{ role: 'booking_reserver', unitId: TOOLO }]);
export const ADMIN = user('u-paula', 'Paula Salo', [{ role: 'booking_admin' }]);

function unit(id: string, name: string): Unit {
  return { id, tprekId: `tprek-${id}`, name: t(name), shortDescription: t(''), streetAddress: '', zipCode: '', city: 'Helsinki', email: '', phone: '', webPage: '', haukiResourceId: `hauki-${id}` };
}
const space = (id: string, unitId: string, parentId: string | null, name: string): Space => ({ id, unitId, parentId, name: t(name), code: '', surfaceAreaM2: null, maxPersons: null });
const ru = (id: string, unitId: string, spaceIds: string[], name: string, extra: Partial<ReservationUnit> = {}) =>
  reservationUnit({ id, unitId, spaceIds, name: t(name, `${name} (sv)`, `${name} (en)`), bufferBeforeMin: 0, bufferAfterMin: 0, ...extra });

export const UNITS = [unit(TOOLO, 'Töölön kirjasto'), unit(KALLIO, 'Kallion kirjasto')];
export const GROUP: UnitGroup = { id: 'libraries', name: t('Kirjastot'), unitIds: [TOOLO, KALLIO] };
export const SPACES = [space('sp-sali', TOOLO, null, 'Sali'), space('sp-sali-a', TOOLO, 'sp-sali', 'Sali A'), space('sp-kokous', TOOLO, null, 'Kokoushuone'), space('sp-studio', KALLIO, null, 'Studio')];
export const RU = {
  sali: ru('ru-sali', TOOLO, ['sp-sali'], 'Sali'),
  saliA: ru('ru-sali-a', TOOLO, ['sp-sali-a'], 'Sali A'),
  kokous: ru('ru-kokous', TOOLO, ['sp-kokous'], 'Kokoushuone', { bufferBeforeMin: 15, bufferAfterMin: 15, haukiResourceId: 'hauki-kokous' }),
  studio: ru('ru-studio', KALLIO, ['sp-studio'], 'Studio'),
};

/** Töölö is open 8–20 on every December day but Sundays and Christmas Eve; the meeting room 10–16 on the 10th. */
function decemberHours(): Record<string, { begin: string; end: string }[]> {
  const days: Record<string, { begin: string; end: string }[]> = {};
  for (let d = '2026-12-01'; d <= '2026-12-31'; d = addDays(d, 1)) if (isoWeekday(d) !== 7 && d !== '2026-12-24') days[d] = [{ begin: '08:00', end: '20:00' }];
  return days;
}
export const HOURS: OpeningHoursRecord[] = [
  { id: 'oh-toolo', unitId: TOOLO, reservationUnitId: null, haukiResourceId: 'hauki-unit-toolo', from: '2026-12-01', to: '2026-12-31', days: decemberHours() },
  { id: 'oh-kokous', unitId: TOOLO, reservationUnitId: RU.kokous.id, haukiResourceId: 'hauki-kokous', from: '2026-12-10', to: '2026-12-10', days: { '2026-12-10': [{ begin: '10:00', end: '16:00' }] } },
];

/** A Helsinki wall-clock time (winter, +02:00) as the instant records hold. */
export const at = (local: string) => new Date(`${local}+02:00`).toISOString();

export const SERIES: ReservationSeries = {
  id: 'series-1',
  reservationUnitId: RU.kokous.id,
  unitId: TOOLO,
  name: 'Henkilökunnan kokous',
  description: '',
  type: 'STAFF',
  beginDate: '2026-12-03',
  endDate: '2026-12-17',
  beginTime: '12:00',
  endTime: '13:00',
  recurrenceInDays: 7,
  weekdays: ['THURSDAY'],
  userId: RESERVER.id,
  ageGroupId: null,
};

const staff = (id: string, date: string): Reservation =>
  reservation({
    id,
    reservationUnitId: RU.kokous.id,
    seriesId: SERIES.id,
    state: 'CONFIRMED',
    type: 'STAFF',
    name: 'Henkilökunnan kokous',
    beginsAt: at(`${date}T12:00`),
    endsAt: at(`${date}T13:00`),
    userId: RESERVER.id,
    reserveeKind: 'individual',
    reserveeFirstName: 'Reijo Koskinen',
    reserveeLastName: '',
    reserveeOrganisation: null,
    reserveeEmail: '',
    reserveePhone: '',
    priceCents: 0,
    undiscountedPriceCents: 0,
    paymentType: null,
    paymentStatus: null,
    applyingForFreeOfCharge: false,
    createdAt: '2026-11-25T09:00:00.000Z',
  });

export const R = {
  /** The request in the queue: Töölö meeting room, 10.12. 17–19, association, unpaid. */
  lukupiiri: reservation({ id: 'res-lukupiiri', reservationUnitId: RU.kokous.id, beginsAt: at('2026-12-10T17:00'), endsAt: at('2026-12-10T19:00') }),
  konsertti: reservation({
    id: 'res-konsertti',
    reservationUnitId: RU.sali.id,
    state: 'CONFIRMED',
    name: 'Kuorokonsertti',
    beginsAt: at('2026-12-11T10:00'),
    endsAt: at('2026-12-11T12:00'),
    reserveeKind: 'individual',
    reserveeFirstName: 'Åsa',
    reserveeLastName: 'Jönsson',
    reserveeOrganisation: null,
    reserveePhone: '+358 50 765 4321',
    priceCents: 20000,
    undiscountedPriceCents: 20000,
    paymentStatus: 'PAID',
    createdAt: '2026-11-15T08:00:00.000Z',
    userId: 'customer-2',
  }),
  /** A request that began before today: not in the queue's count. */
  past: reservation({ id: 'res-past', reservationUnitId: RU.saliA.id, beginsAt: at('2026-11-20T10:00'), endsAt: at('2026-11-20T11:00'), name: 'Vanha pyyntö' }),
  /** Kallio's request: a Töölö handler never sees it. */
  kallio: reservation({ id: 'res-kallio', reservationUnitId: RU.studio.id, unitId: KALLIO, beginsAt: at('2026-12-12T10:00'), endsAt: at('2026-12-12T12:00'), name: 'Bändiharjoitus' }),
  cancelled: reservation({ id: 'res-cancelled', reservationUnitId: RU.sali.id, state: 'CANCELLED', beginsAt: at('2026-12-10T09:00'), endsAt: at('2026-12-10T10:00'), name: 'Peruttu' }),
  staff1: staff('res-staff-1', '2026-12-03'),
  staff2: staff('res-staff-2', '2026-12-10'),
  staff3: staff('res-staff-3', '2026-12-17'),
};

export function bookingWorld(): Change[] {
  return [
    ...UNITS.map((u) => put('booking_unit', u)),
    put('booking_unit_group', GROUP),
    ...SPACES.map((s) => put('booking_space', s)),
    ...Object.values(RU).map((u) => put('reservation_unit', u)),
    ...DENY_REASONS.map((d) => put('deny_reason', d)),
    ...HOURS.map((h) => put('booking_opening_hours', h)),
    put('reservation_series', SERIES),
    ...Object.values(R).map((r) => put('reservation', r)),
  ];
}
