import { describe, expect, it } from 'vitest';
import type { KioskCoreWipe, KioskHome, KioskRequestState, KioskTicketState } from '../../../domain/kiosk/contract.ts';
import { findNonPublicData } from '../../../domain/kiosk/public-data.ts';
import type { Change } from '../../../domain/sync/protocol.ts';
import { at, kioskCacheEachTest, kioskFeed, NOW, ticket, TODAY, TOMORROW } from './testing/kiosk-world.ts';

const t = kioskCacheEachTest();
const home = (days = 2) => t.value<KioskHome>('kiosk.home', { days });
const REQUEST = {
  reservationUnitId: 'ru-studio',
  beginsAt: at('15:00'),
  endsAt: at('16:00'),
  numPersons: 2,
  purpose: 'Podcast',
  reservee: { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: '040 123 4567' },
};
const commandIdOf = (r: ReturnType<typeof t.call>) => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return (r.value as { commandId: string }).commandId;
};

describe("a kiosk's cache", () => {
  it('holds only what the kiosk feed sends, and every field of it is public', () => {
    expect(findNonPublicData(kioskFeed().map((c) => ({ entity: c.entity, data: c.data })))).toEqual([]);
    expect(t.value<KioskCoreWipe>('kiosk.wipeCustomer', {}).nonPublicRows).toBe(0);
  });

  it('counts a row with a personal field as not public: a feed that leaked would show', () => {
    t.cache.applyChanges([{ entity: 'reservation', id: 'r-leak', op: 'put', version: 1, data: { id: 'r-leak', reservationUnitId: 'ru-studio', beginsAt: at('08:00'), endsAt: at('09:00'), state: 'CONFIRMED', reserveeEmail: 'x@example.fi' } }], 'c2');
    expect(t.value<KioskCoreWipe>('kiosk.wipeCustomer', {}).nonPublicRows).toBe(1);
  });

  it("shows the kiosk's service point, today's events there, free spaces by day and free help slots", () => {
    const h = home();
    expect(h.servicePoint).toEqual({ id: 'sp-oodi', name: { fi: 'Oodi', sv: 'Oodi (sv)', en: 'Oodi (en)' }, ticketPrefix: 'D', unitIds: ['unit-oodi'] });
    expect(h.today).toBe(TODAY);
    expect(h.scheduledOpen).toBe(true);
    expect(h.events.map((e) => e.id)).toEqual(['ev-story']);
    expect(h.spaces).toHaveLength(1);
    expect(h.spaces[0]!.unitName?.fi).toBe('Oodi');
    expect(h.spaces[0]!.days).toEqual([
      { date: TODAY, free: [{ beginsAt: at('10:00'), endsAt: at('12:00') }, { beginsAt: at('14:00'), endsAt: at('20:00') }] },
      { date: TOMORROW, free: [{ beginsAt: at('10:00', TOMORROW), endsAt: at('18:00', TOMORROW) }] },
    ]);
    // 09:00 has passed and 10:00 is booked: 11:00 is the one left today; tomorrow has no help time.
    expect(h.helpSlots).toEqual([{ date: TODAY, slots: [{ calendarId: 'cal-1', startsAt: at('11:00'), endsAt: at('12:00') }] }]);
    expect(h.queue).toEqual({ waiting: 1, estimatedWaitMin: 10 });
  });

  it('offers the next days that have help time, however far into the next two weeks: a Friday afternoon still finds Monday', () => {
    const day = (n: number) => new Date(Date.parse(`${TODAY}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const calendar = (id: string, date: string) => ({ entity: 'as_helper_calendar' as const, id, op: 'put' as const, version: 1, data: { id, servicePointId: 'sp-oodi', date, startTime: '10:00', endTime: '11:00', slotLengthMin: 60 } });
    t.cache.applyChanges([calendar('cal-4', day(4)), calendar('cal-6', day(6)), calendar('cal-13', day(13)), calendar('cal-20', day(20))], 'c2');
    expect(home(3).helpSlots.map((d) => d.date)).toEqual([TODAY, day(4), day(6)]);
    expect(home(5).helpSlots.map((d) => d.date)).toEqual([TODAY, day(4), day(6), day(13)]);
    // Hours their helper has closed offer nothing: the next day with help is then the 13th.
    t.cache.applyChanges([{ ...calendar('cal-6', day(6)), version: 2, data: { ...calendar('cal-6', day(6)).data, closedAt: '2027-01-01T08:00:00.000Z' } }], 'c3');
    expect(home(3).helpSlots.map((d) => d.date)).toEqual([TODAY, day(4), day(13)]);
  });

  it('shows a space busy while a related one is booked: its parent or child space, or a unit sharing a resource', () => {
    const tri = (fi: string) => ({ fi, sv: fi, en: fi });
    const studio = kioskFeed().find((c) => c.id === 'ru-studio')!.data as Record<string, unknown>;
    const put = (entity: Change['entity'], data: { id: string } & Record<string, unknown>, version = 1): Change => ({ entity, id: data.id, op: 'put', version, data });
    const space = (id: string, parentId: string | null) => put('booking_space', { id, unitId: 'unit-oodi', parentId, name: tri(id), surfaceAreaM2: 40, maxPersons: 10 });
    const unit = (id: string, spaceIds: string[], resourceIds: string[] = []) => put('reservation_unit', { ...studio, id, name: tri(id), spaceIds, resourceIds });
    const booking = (id: string, reservationUnitId: string, from: string, to: string, state = 'CONFIRMED') =>
      put('reservation', { id, reservationUnitId, unitId: 'unit-oodi', beginsAt: at(from), endsAt: at(to), state, type: 'NORMAL', bufferBeforeMin: null, bufferAfterMin: null });
    t.cache.applyChanges(
      [
        space('hall', null),
        space('hall-part', 'hall'),
        space('side-room', null),
        unit('ru-hall', ['hall']),
        unit('ru-hall-part', ['hall-part']),
        unit('ru-side', ['side-room'], ['mixer']),
        put('reservation_unit', { ...studio, id: 'ru-studio', resourceIds: ['mixer'] }, 2),
        booking('r-hall', 'ru-hall', '15:00', '16:00'),
        booking('r-part', 'ru-hall-part', '18:00', '19:00'),
        booking('r-side', 'ru-side', '16:00', '17:00'),
        booking('r-part-cancelled', 'ru-hall-part', '10:00', '12:00', 'CANCELLED'),
      ],
      'c2',
    );
    const today = (id: string) => home().spaces.find((s) => s.reservationUnitId === id)!.days[0]!.free;
    const span = (from: string, to: string) => ({ beginsAt: at(from), endsAt: at(to) });
    expect(today('ru-hall')).toEqual([span('10:00', '15:00'), span('16:00', '18:00'), span('19:00', '20:00')]);
    expect(today('ru-hall-part')).toEqual([span('10:00', '15:00'), span('16:00', '18:00'), span('19:00', '20:00')]);
    expect(today('ru-side')).toEqual([span('10:00', '12:00'), span('14:00', '16:00'), span('17:00', '20:00')]);
    expect(today('ru-studio')).toEqual([span('10:00', '12:00'), span('14:00', '16:00'), span('17:00', '20:00')]);
    // The spaces' tree and the resource ids the rule needs are public: the cache holds nothing else.
    expect(t.value<KioskCoreWipe>('kiosk.wipeCustomer', {}).nonPublicRows).toBe(0);
  });

  it("queues a ticket as the kiosk's own, writes no row, and follows it to its number and place", () => {
    const commandId = commandIdOf(t.call('assist.issueTicket', { servicePointId: 'sp-malmi', source: 'desk', topicHint: null, language: 'fi' }));
    const [queued] = t.cache.pendingCommands(10);
    expect(queued).toMatchObject({ id: commandId, type: 'assist.issueTicket', payload: { servicePointId: 'sp-oodi', source: 'kiosk' } });
    const ticketId = (queued!.payload as { ticketId: string }).ticketId;
    expect(t.value<KioskTicketState>('kiosk.ticket', { commandId })).toMatchObject({ phase: 'queued', ticketId, label: null });

    t.cache.settle([{ id: commandId, status: 'applied' }]);
    t.cache.applyChanges([{ entity: 'as_queue_ticket', id: ticketId, op: 'put', version: 1, data: ticket(ticketId, 2, at('09:59'), { source: 'kiosk' }) }], 'c2');
    expect(t.value<KioskTicketState>('kiosk.ticket', { commandId })).toMatchObject({ phase: 'waiting', label: 'D002', position: 2, estimatedWaitMin: 10 });

    t.cache.applyChanges([{ entity: 'as_queue_ticket', id: ticketId, op: 'put', version: 2, data: ticket(ticketId, 2, at('09:59'), { status: 'called', calledAt: at('10:05') }) }], 'c3');
    expect(t.value<KioskTicketState>('kiosk.ticket', { commandId })).toMatchObject({ phase: 'called', calledAt: at('10:05'), position: null });
  });

  it("estimates the wait by the service point's median help time the central stamps on the terminal row, else 10 minutes each", () => {
    const terminal = kioskFeed().find((c) => c.entity === 'kiosk_terminal')!;
    const stamp = (helpMinMedian: number | null, version: number) => t.cache.applyChanges([{ ...terminal, version, data: { ...(terminal.data as object), helpMinMedian } }], `c${version}`);
    const commandId = commandIdOf(t.call('assist.issueTicket', { topicHint: null, language: null }));
    const ticketId = (t.cache.pendingCommands(10)[0]!.payload as { ticketId: string }).ticketId;
    t.cache.settle([{ id: commandId, status: 'applied' }]);
    t.cache.applyChanges([{ entity: 'as_queue_ticket', id: ticketId, op: 'put', version: 1, data: ticket(ticketId, 2, at('09:59'), { source: 'kiosk' }) }], 'c2');

    stamp(14.5, 3);
    expect(home().queue).toEqual({ waiting: 2, estimatedWaitMin: 29 });
    expect(t.value<KioskTicketState>('kiosk.ticket', { commandId })).toMatchObject({ position: 2, estimatedWaitMin: 15 });
    // Nobody helped yet today: the flat figure.
    stamp(null, 4);
    expect(home().queue).toEqual({ waiting: 2, estimatedWaitMin: 20 });
    expect(t.value<KioskTicketState>('kiosk.ticket', { commandId }).estimatedWaitMin).toBe(10);
  });

  it('sends a help request as this terminal at its service point, whatever the page says', () => {
    const commandId = commandIdOf(t.call('assist.requestHelp', { servicePointId: 'sp-malmi', kioskId: 'kiosk-malmi-1', language: 'sv' }));
    expect(t.cache.pendingCommands(10)[0]!.payload).toMatchObject({ servicePointId: 'sp-oodi', kioskId: 'kiosk-oodi-1', language: 'sv' });
    expect(t.value<KioskRequestState>('kiosk.request', { commandId })).toMatchObject({ phase: 'queued', commandType: 'assist.requestHelp' });
    t.cache.settle([{ id: commandId, status: 'applied' }]);
    expect(t.value<KioskRequestState>('kiosk.request', { commandId }).phase).toBe('applied');
  });

  it('keeps a booking request in the outbox only, and a refusal until the wipe, which forgets the customer', () => {
    const commandId = commandIdOf(t.call('bookings.requestReservation', REQUEST));
    expect(t.cache.pendingCommands(10)[0]).toMatchObject({ type: 'bookings.requestReservation', payload: { reservee: REQUEST.reservee, language: 'fi' } });
    t.cache.settle([{ id: commandId, status: 'rejected', code: 'bad_request', message: 'The space is taken.' }]);
    expect(t.value<KioskRequestState>('kiosk.request', { commandId })).toMatchObject({ phase: 'refused', refusal: { code: 'bad_request' } });

    const wipe = t.value<KioskCoreWipe>('kiosk.wipeCustomer', {}, new Date(NOW.getTime() + 60_000));
    expect(wipe).toMatchObject({ forgotten: 1, pendingCommands: 0, nonPublicRows: 0 });
    expect(t.value<KioskRequestState>('kiosk.request', { commandId }).phase).toBe('unknown');
    const leftovers = t.cache.handle('conflicts.list', {}, { id: 'kiosk-oodi-1', name: 'x', roles: ['kiosk'], grants: [] }, NOW);
    expect(leftovers).toEqual({ ok: true, value: [] });
  });

  it('does not hand the next customer a ticket still waiting to be sent', () => {
    const commandId = commandIdOf(t.call('assist.issueTicket', { topicHint: null, language: null }));
    t.value('kiosk.wipeCustomer', {}, new Date(NOW.getTime() + 60_000));
    // A pull re-decides the waiting command on top of the new rows: it must stay forgotten.
    t.cache.applyChanges([{ entity: 'as_queue_ticket', id: 't-2', op: 'put', version: 1, data: ticket('t-2', 2, at('10:01')) }], 'c2');
    expect(t.value<KioskTicketState>('kiosk.ticket', { commandId }).phase).toBe('unknown');
    expect(t.cache.pendingCommands(10)).toHaveLength(1);
  });

  it('refuses what a kiosk may not do, queueing nothing', () => {
    const r = t.call('bookings.approveReservation', { reservationId: 'r-1', note: '' });
    expect(r.ok).toBe(false);
    expect(t.cache.pendingCommands(10)).toHaveLength(0);
  });
});
