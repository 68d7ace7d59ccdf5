import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTRACT, parseCall, type Input, type Method, type Output } from '../../../domain/contract.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { Result } from '../../../domain/result.ts';
import { tempCache } from '../cache/testing/temp-cache.ts';
import { HILKKA, KIOSK_OODI, MAIJA, NOW, VEERA, assistWorld } from './testing/world.ts';

let t: ReturnType<typeof tempCache>;
beforeEach(() => {
  t = tempCache(HILKKA.id);
  t.cache.applyChanges(assistWorld(), 'c1');
});
afterEach(() => t.dispose());

/** A call as a bridge makes it: the contract's schema first, then the cache. */
function call<M extends Method>(method: M, input: Input<M>, user: StaffUser = HILKKA, now = NOW): Result<Output<M>> {
  const parsed = parseCall(method, input);
  if (!parsed.ok) return parsed;
  return t.cache.handle(method, CONTRACT[method].input.parse(input) as never, user, now) as Result<Output<M>>;
}
function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('assist.listServicePoints', () => {
  it('lists the points the user holds a right at, with the rights there', () => {
    const hilkka = value(call('assist.listServicePoints', {}));
    expect(hilkka.map((p) => p.id)).toEqual(['sp-kallio', 'sp-oodi']);
    expect(hilkka[1]!.rights).toEqual({ staff: true, ticket: true, book: true, reports: true, supervisor: false });
    const veera = value(call('assist.listServicePoints', {}, VEERA));
    expect(veera.map((p) => [p.id, p.rights.reports])).toEqual([['sp-oodi', false]]);
    expect(value(call('assist.listServicePoints', {}, MAIJA)).map((p) => p.id)).toEqual(['sp-kallio', 'sp-malmi', 'sp-oodi']);
  });
});

describe('assist.queue', () => {
  it('shows the queue in calling order with the rolling-median estimate, the soft cap and the open help requests', () => {
    const q = value(call('assist.queue', { servicePointId: 'sp-oodi' }));
    expect(q.serviceDate).toBe('2027-03-01');
    expect(q.waiting.map((r) => r.ticket.label)).toEqual(['D005', 'D006', 'D007']);
    // Median of 12 and 20 minutes of help, shared by the two helpers busy now.
    expect(q.estimate).toEqual({ waiting: 3, helpMin: 16, estimateMin: 24 });
    expect(q.waiting.map((r) => r.estimateMin)).toEqual([0, 8, 16]);
    expect(q.called.map((r) => [r.ticket.label, r.mine])).toEqual([['D004', false]]);
    expect(q.inService.map((r) => [r.ticket.label, r.mine, r.softCap])).toEqual([['D003', true, 'approaching']]);
    expect(q.mine?.ticket.label).toBe('D003');
    expect(q.closed).toEqual({ done: 2, noShow: 0, transferred: 0 });
    expect(q.helpRequests.map((r) => r.request.id)).toEqual(['hr-1']);
    // Past 30 minutes with others waiting the cap is over; the same helper sees it from her own screen.
    expect(value(call('assist.queue', { servicePointId: 'sp-oodi' }, HILKKA, new Date('2027-03-01T10:05:00.000Z'))).inService[0]!.softCap).toBe('over');
  });

  it('refuses a point the user has no role at, and names one that does not exist', () => {
    const malmi = call('assist.queue', { servicePointId: 'sp-malmi' });
    expect(!malmi.ok && malmi.error.code).toBe('forbidden');
    const none = call('assist.queue', { servicePointId: 'sp-nowhere' });
    expect(!none.ok && [none.error.code, none.error.message]).toEqual(['not_found', 'The service point sp-nowhere does not exist.']);
  });
});

describe('assist.queueDisplay', () => {
  it('shows labels and statuses only, the newest call first', () => {
    const d = value(call('assist.queueDisplay', { servicePointId: 'sp-oodi' }, KIOSK_OODI));
    expect(d.calling).toEqual([
      { label: 'D004', status: 'called', recallCount: 0 },
      { label: 'D003', status: 'in_service', recallCount: 0 },
    ]);
    expect(d.waiting).toEqual(['D005', 'D006', 'D007']);
    expect(JSON.stringify(d)).not.toMatch(/u-hilkka|u-veera|helperId|topicHint/);
  });
});

describe('assist commands on the cache (offline)', () => {
  it('issues, finishes and calls with the central deciders, shows the rows at once as pending and queues the commands', () => {
    expect(value(call('assist.issueTicket', { servicePointId: 'sp-oodi', source: 'desk', topicHint: 'strong_auth', language: 'fi' })).status).toBe('pending');
    const busy = call('assist.callNext', { servicePointId: 'sp-oodi' });
    expect(!busy.ok && busy.error.code).toBe('as_helper_busy');
    value(call('assist.finishService', { ticketId: 't-3' }));
    value(call('assist.callNext', { servicePointId: 'sp-oodi' }));
    const q = value(call('assist.queue', { servicePointId: 'sp-oodi' }));
    expect(q.waiting.map((r) => [r.ticket.label, r.pending])).toEqual([
      ['D006', false],
      ['D007', false],
      ['D008', true],
    ]);
    expect(q.mine).toMatchObject({ ticket: { label: 'D005', status: 'called', helperId: 'u-hilkka' }, pending: true });
    expect(t.cache.pendingCommands(10).map((c) => c.type)).toEqual(['assist.issueTicket', 'assist.finishService', 'assist.callNext']);
  });

  it('transfers a waiting ticket offline: it leaves this queue as transferred and waits in the other with its place, pending', () => {
    value(call('assist.transferTicket', { ticketId: 't-5', toServicePointId: 'sp-kallio' }));
    const oodi = value(call('assist.queue', { servicePointId: 'sp-oodi' }));
    expect(oodi.waiting.map((r) => r.ticket.label)).toEqual(['D006', 'D007']);
    expect(oodi.closed.transferred).toBe(1);
    const kallio = value(call('assist.queue', { servicePointId: 'sp-kallio' }));
    expect(kallio.waiting.map((r) => [r.ticket.label, r.ticket.queuedAt, r.ticket.transferredFromTicketId, r.pending])).toEqual([
      ['K001', expect.any(String), null, false],
      ['K002', '2027-03-01T09:40:00.000Z', 't-5', true],
    ]);
    expect(value(call('assist.queueDisplay', { servicePointId: 'sp-kallio' })).waiting).toEqual(['K001', 'K002']);
    expect(t.cache.pendingCommands(10).map((c) => c.type)).toEqual(['assist.transferTicket']);
  });

  it('refuses a command at a point where the user holds no role, and a help request in another terminal\'s name', () => {
    const kallio = call('assist.issueTicket', { servicePointId: 'sp-kallio', source: 'desk', topicHint: null, language: null }, VEERA);
    expect(!kallio.ok && kallio.error.code).toBe('forbidden');
    const noShowMalmi = call('assist.markNoShow', { ticketId: 'm-1' });
    expect(!noShowMalmi.ok && noShowMalmi.error.code).toBe('forbidden');
    const other = call('assist.requestHelp', { servicePointId: 'sp-oodi', kioskId: 'u-someone-else', language: 'fi' }, KIOSK_OODI);
    expect(!other.ok && other.error.code).toBe('forbidden');
    const again = call('assist.requestHelp', { servicePointId: 'sp-oodi', kioskId: KIOSK_OODI.id, language: 'fi' }, KIOSK_OODI);
    expect(!again.ok && again.error.code).toBe('as_help_request_open');
    expect(t.cache.pendingCommands(10)).toEqual([]);
  });

  it('acknowledges and closes a kiosk\'s help request offline: a closed one leaves the queue and the kiosk may ask again', () => {
    const forbidden = call('assist.answerHelpRequest', { requestId: 'hr-1', status: 'closed' }, KIOSK_OODI);
    expect(!forbidden.ok && forbidden.error.code).toBe('forbidden');
    const bad = call('assist.answerHelpRequest', { requestId: 'hr-1', status: 'open' as never });
    expect(!bad.ok && bad.error.code).toBe('bad_request');
    value(call('assist.answerHelpRequest', { requestId: 'hr-1', status: 'acknowledged' }));
    expect(value(call('assist.queue', { servicePointId: 'sp-oodi' })).helpRequests).toMatchObject([{ request: { id: 'hr-1', status: 'acknowledged' } }]);
    const twice = call('assist.answerHelpRequest', { requestId: 'hr-1', status: 'acknowledged' });
    expect(!twice.ok && twice.error.code).toBe('as_help_request_transition');
    value(call('assist.answerHelpRequest', { requestId: 'hr-1', status: 'closed' }, VEERA));
    expect(value(call('assist.queue', { servicePointId: 'sp-oodi' })).helpRequests).toEqual([]);
    value(call('assist.requestHelp', { servicePointId: 'sp-oodi', kioskId: KIOSK_OODI.id, language: 'fi' }, KIOSK_OODI));
    expect(t.cache.pendingCommands(10).map((c) => [c.type, c.payload])).toEqual([
      ['assist.answerHelpRequest', { requestId: 'hr-1', status: 'acknowledged' }],
      ['assist.answerHelpRequest', { requestId: 'hr-1', status: 'closed' }],
      ['assist.requestHelp', expect.objectContaining({ servicePointId: 'sp-oodi', kioskId: KIOSK_OODI.id })],
    ]);
  });

  it('logs a session offline; the session log lists it, newest first, with the period\'s total', () => {
    value(
      call('assist.logSession', {
        servicePointId: 'sp-oodi',
        startedAt: '2027-03-01T09:32:00.000Z',
        endedAt: '2027-03-01T09:59:00.000Z',
        ticketId: 't-3',
        appointmentId: null,
        channel: 'walk_in',
        helperType: 'volunteer',
        topics: ['smartphone_apps'],
        serviceLanguage: 'fi',
        interpreted: false,
        ageBand: '65_74',
        firstTimeUser: true,
        outcome: 'resolved',
        referral: 'none',
        note: null,
      }, VEERA),
    );
    const list = value(call('assist.listSessions', { servicePointId: 'sp-oodi', from: '2027-03-01', to: '2027-03-01' }, VEERA));
    expect(list.total).toBe(4);
    expect(list.rows[0]).toMatchObject({ session: { topics: ['smartphone_apps'], ticketId: 't-3', loggedBy: 'u-veera' }, pending: true });
  });

  it('books a free slot of a helper calendar; the calendar shows it held and the cancelled one apart', () => {
    const before = value(call('assist.helperCalendars', { servicePointId: 'sp-oodi', date: '2027-03-02' }));
    expect(before.calendars.map((c) => [c.calendar.id, c.mine, c.freeSlots])).toEqual([['cal-1', true, 3]]);
    expect(before.calendars[0]!.slots.map((s) => s.appointment?.appointment.id ?? null)).toEqual([null, 'ap-1', null, null]);
    expect(before.cancelled.map((a) => a.appointment.id)).toEqual(['ap-x']);
    value(call('assist.bookAppointment', { calendarId: 'cal-1', startsAt: '2027-03-02T11:00:00.000Z', intake: { topic: 'email_account', ownDevice: false, language: 'en', accessibilityNeeds: null }, contact: null, bookedVia: 'desk', followUpOfSessionId: null }));
    const after = value(call('assist.helperCalendars', { servicePointId: 'sp-oodi', date: '2027-03-04', span: 'week' }));
    expect([after.from, after.to]).toEqual(['2027-03-01', '2027-03-07']);
    expect(after.calendars[0]!.slots[2]!.appointment).toMatchObject({ appointment: { intake: { language: 'en' } }, pending: true });
    const taken = call('assist.bookAppointment', { calendarId: 'cal-1', startsAt: '2027-03-02T11:00:00.000Z', intake: { topic: 'other', ownDevice: false, language: 'fi', accessibilityNeeds: null }, contact: null, bookedVia: 'desk', followUpOfSessionId: null });
    expect(!taken.ok && taken.error.code).toBe('as_slot_taken');
  });

  it("opens a helper's own hours offline for the weeks asked, and closes hers, or anyone's for a supervisor, never booked ones", () => {
    value(call('assist.openHelperHours', { servicePointId: 'sp-oodi', dates: ['2027-03-03', '2027-03-10'], startTime: '14:00', endTime: '16:00', slotLengthMin: 60 }));
    const week = value(call('assist.helperCalendars', { servicePointId: 'sp-oodi', date: '2027-03-03', span: 'week' }));
    const opened = week.calendars.find((c) => c.calendar.date === '2027-03-03' && c.calendar.startTime === '14:00');
    expect(opened).toMatchObject({ mine: true, freeSlots: 2, calendar: { helperId: 'u-hilkka', slotLengthMin: 60, closedAt: null } });
    expect(value(call('assist.helperCalendars', { servicePointId: 'sp-oodi', date: '2027-03-10' })).calendars.map((c) => c.calendar.startTime)).toEqual(['14:00']);
    // Her Kallio hours that day would meet them.
    const twice = call('assist.openHelperHours', { servicePointId: 'sp-kallio', dates: ['2027-03-10'], startTime: '15:00', endTime: '17:00', slotLengthMin: 30 });
    expect(!twice.ok && twice.error.code).toBe('as_hours_overlap');
    const veera = call('assist.closeHelperHours', { calendarId: opened!.calendar.id }, VEERA);
    expect(!veera.ok && veera.error.code).toBe('forbidden');
    const booked = call('assist.closeHelperHours', { calendarId: 'cal-1' });
    expect(!booked.ok && booked.error.code).toBe('as_hours_booked');
    value(call('assist.closeHelperHours', { calendarId: opened!.calendar.id }, MAIJA));
    const after = value(call('assist.helperCalendars', { servicePointId: 'sp-oodi', date: '2027-03-03', span: 'week' }));
    expect(after.calendars.map((c) => c.calendar.id)).not.toContain(opened!.calendar.id);
    const closed = call('assist.bookAppointment', { calendarId: opened!.calendar.id, startsAt: '2027-03-03T12:00:00.000Z', intake: { topic: 'other', ownDevice: false, language: 'fi', accessibilityNeeds: null }, contact: null, bookedVia: 'desk', followUpOfSessionId: null });
    expect(!closed.ok && closed.error.code).toBe('as_hours_closed');
  });
});

describe('assist.dashboard', () => {
  it('counts one point or every point the user has reports at, by topic, channel, language, hour, outcome and referral', () => {
    const oodi = value(call('assist.dashboard', { servicePointId: 'sp-oodi', from: '2027-02-01', to: '2027-02-28' }));
    expect(oodi.sessions).toBe(8);
    expect(oodi.byTopic.find((r) => r.key === 'strong_auth')?.count).toBe(8);
    expect(oodi.byTopic.find((r) => r.key === 'email_account')?.count).toBe(1);
    expect(oodi.byChannel.filter((r) => r.count > 0)).toEqual([
      { key: 'walk_in', count: 7 },
      { key: 'booked', count: 1 },
    ]);
    expect(oodi.byLanguage.find((r) => r.key === 'sv')?.count).toBe(1);
    // 08:00Z and 09:00Z are 10 and 11 in Helsinki.
    expect(oodi.byHour).toEqual([
      { key: '10', count: 7 },
      { key: '11', count: 1 },
    ]);
    expect(oodi.referralRate).toBeCloseTo(1 / 8);
    expect(oodi.resolvedRate).toBeCloseTo(7 / 8);
    const all = value(call('assist.dashboard', { servicePointId: null, from: '2027-02-01', to: '2027-03-01' }));
    expect(all.servicePointIds).toEqual(['sp-kallio', 'sp-oodi']);
    expect(all.byServicePoint).toEqual([
      { key: 'sp-kallio', count: 2 },
      { key: 'sp-oodi', count: 11 },
    ]);
    expect(value(call('assist.dashboard', { servicePointId: null, from: '2027-02-01', to: '2027-03-01' }, MAIJA)).sessions).toBe(19);
  });

  it('reports queue waits and bookings with no-shows', () => {
    const d = value(call('assist.dashboard', { servicePointId: 'sp-oodi', from: '2027-03-01', to: '2027-03-02' }));
    expect(d.queue).toMatchObject({ tickets: 7, served: 2, noShows: 0, transferred: 0, medianWaitMin: 18, maxWaitMin: 54 });
    expect(d.bookings).toMatchObject({ booked: 2, noShows: 0, noShowRate: null });
    expect(d.bookings.byStatus.find((s) => s.status === 'cancelled')?.count).toBe(1);
  });

  it('is refused to a volunteer, and at a point without reports', () => {
    const veera = call('assist.dashboard', { servicePointId: 'sp-oodi', from: '2027-02-01', to: '2027-02-28' }, VEERA);
    expect(!veera.ok && veera.error.code).toBe('forbidden');
    const malmi = call('assist.dashboard', { servicePointId: 'sp-malmi', from: '2027-02-01', to: '2027-02-28' });
    expect(!malmi.ok && malmi.error.code).toBe('forbidden');
  });

  it('answers bad input with a clear error', () => {
    const backwards = call('assist.dashboard', { servicePointId: 'sp-oodi', from: '2027-03-01', to: '2027-02-01' });
    expect(!backwards.ok && [backwards.error.code, backwards.error.message]).toEqual(['bad_request', expect.stringContaining('The period ends on or after its first day.')]);
    const long = call('assist.listSessions', { servicePointId: 'sp-oodi', from: '2020-01-01', to: '2027-01-01' });
    expect(!long.ok && long.error.message).toContain('A period is at most 731 days.');
    const notADate = call('assist.helperCalendars', { servicePointId: 'sp-oodi', date: '2027-02-30' });
    expect(!notADate.ok && notADate.error.message).toContain('Expected a date YYYY-MM-DD.');
  });
});
