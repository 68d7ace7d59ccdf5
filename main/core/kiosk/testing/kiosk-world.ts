import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { Method, ParsedInput } from '../../../../domain/contract.ts';
import { parseCall } from '../../../../domain/contract.ts';
import type { Change, StaffUser } from '../../../../domain/sync/protocol.ts';
import { fromWallClock, toIsoInstant } from '../../../../domain/wall-clock.ts';
import type { Cache } from '../../cache/cache-port.ts';
import { openCache } from '../../cache/open-cache.ts';
import { kioskCacheWorkspace, kioskServicePointOf } from '../kiosk-workspace.ts';

/** 10:00 in Helsinki on a Thursday. */
export const TODAY = '2026-12-03';
export const TOMORROW = '2026-12-04';
export const NOW = new Date(fromWallClock(TODAY, 10 * 60));
export const at = (hhmm: string, date = TODAY) => toIsoInstant(fromWallClock(date, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))));

export const KIOSK: StaffUser = { id: 'kiosk-oodi-1', name: 'Oodi kiosk 1', roles: ['kiosk'], grants: [{ role: 'kiosk', servicePointId: 'sp-oodi' }] };
const T = { fi: 'x', sv: 'x', en: 'x' };
const tri = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

/** What the central's kiosk feed sends: public fields only (domain/kiosk/public-data.ts). */
export function kioskFeed(): Change[] {
  const put = (entity: Change['entity'], data: { id: string } & Record<string, unknown>): Change => ({ entity, id: data.id, op: 'put', version: 1, data });
  return [
    put('as_service_point', { id: 'sp-oodi', name: tri('Oodi'), ticketPrefix: 'D', active: true, unitIds: ['unit-oodi'] }),
    put('as_service_point', { id: 'sp-malmi', name: tri('Malmi'), ticketPrefix: 'M', active: true, unitIds: [] }),
    put('kiosk_terminal', { id: 'kiosk-oodi-1', servicePointId: 'sp-oodi', name: 'Oodi kiosk 1', schedule: { weekly: { '4': { opens: '08:00', closes: '20:00' } }, exceptions: {} }, restartRequestedAt: null }),
    put('kiosk_event', { id: 'ev-story', servicePointId: 'sp-oodi', title: tri('Satutunti'), startsAt: at('11:00'), endsAt: at('12:00'), place: 'Lasten maailma', description: tri('Satuja') }),
    put('kiosk_event', { id: 'ev-tomorrow', servicePointId: 'sp-oodi', title: tri('Kielikahvila'), startsAt: at('11:00', TOMORROW), endsAt: at('12:00', TOMORROW), place: 'Kahvila', description: T }),
    put('kiosk_event', { id: 'ev-malmi', servicePointId: 'sp-malmi', title: tri('Malmin ilta'), startsAt: at('12:00'), endsAt: at('13:00'), place: '', description: T }),
    put('booking_unit', { id: 'unit-oodi', name: tri('Oodi'), shortDescription: T, streetAddress: 'Töölönlahdenkatu 4', zipCode: '00100', city: 'Helsinki', webPage: '' }),
    put('reservation_unit', {
      id: 'ru-studio',
      unitId: 'unit-oodi',
      name: tri('Studio'),
      description: tri('Äänitysstudio'),
      spaceIds: [],
      reservationKind: 'DIRECT',
      minPersons: 1,
      maxPersons: 4,
      minDurationMin: 60,
      maxDurationMin: 180,
      startIntervalMin: 30,
      reservationBeginsAt: null,
      reservationEndsAt: null,
      publishBeginsAt: null,
      publishEndsAt: null,
      minDaysBefore: 0,
      maxDaysBefore: 30,
      bufferBeforeMin: 0,
      bufferAfterMin: 0,
      blockWholeDay: false,
      requiresHandling: true,
      cancellationRule: null,
      pricings: [],
    }),
    put('booking_opening_hours', { id: 'oh-oodi', unitId: 'unit-oodi', reservationUnitId: null, from: TODAY, to: TOMORROW, days: { [TODAY]: [{ begin: '08:00', end: '20:00' }], [TOMORROW]: [{ begin: '10:00', end: '18:00' }] } }),
    put('reservation', { id: 'r-1', reservationUnitId: 'ru-studio', unitId: 'unit-oodi', beginsAt: at('12:00'), endsAt: at('14:00'), state: 'CONFIRMED', bufferBeforeMin: null, bufferAfterMin: null }),
    put('as_helper_calendar', { id: 'cal-1', servicePointId: 'sp-oodi', date: TODAY, startTime: '09:00', endTime: '12:00', slotLengthMin: 60 }),
    put('as_appointment', { id: 'ap-1', servicePointId: 'sp-oodi', calendarId: 'cal-1', startsAt: at('10:00'), endsAt: at('11:00'), status: 'booked' }),
    put('as_queue_ticket', ticket('t-1', 1, at('09:30'))),
  ];
}

export function ticket(id: string, number: number, queuedAt: string, extra: Record<string, unknown> = {}) {
  return { id, servicePointId: 'sp-oodi', serviceDate: TODAY, number, label: `D${String(number).padStart(3, '0')}`, status: 'waiting', queuedAt, calledAt: null, recallCount: 0, source: 'desk', ...extra };
}

/** A kiosk's cache in a fresh temp folder holding the kiosk feed, for each test. */
export function kioskCacheEachTest() {
  let dir: string;
  let cache: Cache;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kuva-kiosk-'));
    cache = openCache({ file: join(dir, 'cache.sqlite'), userId: KIOSK.id, workspaces: [kioskCacheWorkspace({ terminalId: KIOSK.id, servicePointId: () => kioskServicePointOf(KIOSK) })] });
    cache.applyChanges(kioskFeed(), 'c1');
  });
  afterEach(() => {
    cache.close();
    rmSync(dir, { recursive: true, force: true });
  });
  function call(method: string, input: unknown, now = NOW) {
    // Assist's methods may not be in this build's contract yet: checked by the wire schema then.
    const parsed = parseCall(method, input);
    const value = parsed.ok ? parsed.value.input : input;
    return cache.handle(method as Method, value as ParsedInput<Method>, KIOSK, now);
  }
  function value<T = unknown>(method: string, input: unknown, now = NOW): T {
    const r = call(method, input, now);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  }
  return {
    get cache() {
      return cache;
    },
    call,
    value,
  };
}
