import { describe, expect, it } from 'vitest';
import { QueueTicket } from './entities.ts';
import { decideCallNext, decideFinishService, decideIssueTicket, decideMarkNoShow, decideRecallTicket, decideStartService, decideTransferTicket, type QueueState, type TransferState } from './decide-queue.ts';
import { called, ctx, NOW, point, ticket, v } from './fixtures.test-support.ts';

const NEW_ID = '7d3f6c2a-1b4e-4f8a-9c0d-000000000001';
const state = (tickets = [v(ticket(1)), v(ticket(2))], o: Partial<QueueState> = {}): QueueState => ({ servicePoint: point(), tickets, ...o });
const puts = (d: ReturnType<typeof decideIssueTicket>) => (d.ok ? d.puts.map((p) => p.record) : []);

describe('issuing a ticket', () => {
  it('gives the point\'s next number of the day, labelled with its letter, waiting', () => {
    const d = decideIssueTicket(state(), { ticketId: NEW_ID, servicePointId: 'sp-oodi', source: 'kiosk', topicHint: 'strong_auth', language: 'sv' }, ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'as_queue_ticket', version: 1, record: { id: NEW_ID, number: 3, label: 'D003', serviceDate: '2027-03-01', status: 'waiting', source: 'kiosk', queuedAt: NOW } }] });
    expect(QueueTicket.safeParse(puts(d)[0]).success).toBe(true);
  });

  it('starts at 1 on a new day and refuses when the day\'s numbers are used up', () => {
    expect(decideIssueTicket(state([]), { ticketId: NEW_ID, servicePointId: 'sp-oodi', source: 'desk', topicHint: null, language: null }, ctx())).toMatchObject({ puts: [{ record: { number: 1, label: 'D001' } }] });
    expect(decideIssueTicket(state([v(ticket(999))]), { ticketId: NEW_ID, servicePointId: 'sp-oodi', source: 'desk', topicHint: null, language: null }, ctx())).toMatchObject({ ok: false, code: 'as_ticket_numbers_exhausted' });
  });

  it('refuses at an inactive or unknown service point', () => {
    const p = { ticketId: NEW_ID, servicePointId: 'sp-oodi', source: 'desk', topicHint: null, language: null } as const;
    expect(decideIssueTicket(state([], { servicePoint: point({ active: false }) }), p, ctx())).toMatchObject({ code: 'as_service_point_inactive' });
    expect(decideIssueTicket(state([], { servicePoint: null }), p, ctx())).toMatchObject({ code: 'not_found' });
  });
});

describe('calling the next ticket', () => {
  it('calls the first queued waiting ticket for the helper', () => {
    const d = decideCallNext(state([v(ticket(2), 2), v(ticket(3)), v(ticket(1, { status: 'done', calledAt: 'x', serviceStartedAt: 'x' }))]), { servicePointId: 'sp-oodi' }, ctx());
    expect(d).toMatchObject({ ok: true, puts: [{ version: 3, record: { id: 't-2', status: 'called', calledAt: NOW, helperId: 'helper-1' } }] });
  });

  it('refuses when nobody waits, and while the helper still has a ticket in hand', () => {
    expect(decideCallNext(state([]), { servicePointId: 'sp-oodi' }, ctx())).toMatchObject({ code: 'as_queue_empty' });
    expect(decideCallNext(state([v(called(1)), v(ticket(2))]), { servicePointId: 'sp-oodi' }, ctx())).toMatchObject({ code: 'as_helper_busy' });
    expect(decideCallNext(state([v(called(1, { helperId: 'helper-2' })), v(ticket(2))]), { servicePointId: 'sp-oodi' }, ctx())).toMatchObject({ ok: true, puts: [{ record: { id: 't-2' } }] });
  });
});

describe('recall, no-show, start and finish', () => {
  it('recalls a called ticket, counting the calls', () => {
    expect(decideRecallTicket(state([v(called(1, { recallCount: 1 }))]), { ticketId: 't-1' }, ctx())).toMatchObject({ ok: true, puts: [{ record: { status: 'called', recallCount: 2, calledAt: NOW } }] });
    expect(decideRecallTicket(state(), { ticketId: 't-1' }, ctx())).toMatchObject({ code: 'as_ticket_transition' });
  });

  it('marks a called ticket a no-show, never a waiting or served one', () => {
    expect(decideMarkNoShow(state([v(called(1))]), { ticketId: 't-1' }, ctx())).toMatchObject({ ok: true, puts: [{ record: { status: 'no_show', closedAt: NOW } }] });
    expect(decideMarkNoShow(state(), { ticketId: 't-1' }, ctx())).toMatchObject({ code: 'as_ticket_transition' });
    expect(decideMarkNoShow(state([v(called(1, { status: 'in_service', serviceStartedAt: NOW }))]), { ticketId: 't-1' }, ctx())).toMatchObject({ code: 'as_ticket_transition' });
  });

  it('starts and finishes service, one customer at a time per helper', () => {
    const started = decideStartService(state([v(called(1))]), { ticketId: 't-1' }, ctx());
    expect(started).toMatchObject({ ok: true, puts: [{ record: { status: 'in_service', serviceStartedAt: NOW, helperId: 'helper-1' } }] });
    const serving = called(2, { status: 'in_service', serviceStartedAt: NOW });
    expect(decideStartService(state([v(called(1)), v(serving)]), { ticketId: 't-1' }, ctx())).toMatchObject({ code: 'as_helper_busy' });
    const finished = decideFinishService(state([v(serving, 4)]), { ticketId: 't-2' }, ctx({ now: '2027-03-01T10:12:00.000Z' }));
    expect(finished).toMatchObject({ ok: true, puts: [{ version: 5, record: { status: 'done', closedAt: '2027-03-01T10:12:00.000Z' } }] });
    expect(QueueTicket.safeParse(puts(finished)[0]).success).toBe(true);
    expect(decideFinishService(state([v(called(1))]), { ticketId: 't-1' }, ctx())).toMatchObject({ code: 'as_ticket_transition' });
    expect(decideFinishService(state(), { ticketId: 't-9' }, ctx())).toMatchObject({ code: 'not_found' });
  });
});

describe('transferring a ticket', () => {
  const target = point({ id: 'sp-kallio', ticketPrefix: 'K' });
  const tState = (o: Partial<TransferState> = {}): TransferState => ({ ...state([v(called(4), 2)]), target, targetTickets: [v(ticket(1, { servicePointId: 'sp-kallio' }))], ...o });
  const p = { ticketId: 't-4', newTicketId: NEW_ID, toServicePointId: 'sp-kallio' };

  it('closes the ticket as transferred and queues a new one there, in the customer\'s original place', () => {
    const d = decideTransferTicket(tState(), p, ctx());
    expect(d).toMatchObject({
      ok: true,
      puts: [
        { version: 3, record: { id: 't-4', status: 'transferred', transferredToTicketId: NEW_ID, closedAt: NOW } },
        { version: 1, record: { id: NEW_ID, servicePointId: 'sp-kallio', number: 2, label: 'K002', status: 'waiting', queuedAt: called(4).queuedAt, transferredFromTicketId: 't-4' } },
      ],
    });
    for (const r of puts(d)) expect(QueueTicket.safeParse(r).success).toBe(true);
  });

  it('refuses the same point, an inactive one, and a finished ticket', () => {
    expect(decideTransferTicket(tState({ target: point() }), { ...p, toServicePointId: 'sp-oodi' }, ctx())).toMatchObject({ code: 'as_transfer_same_point' });
    expect(decideTransferTicket(tState({ target: { ...target, active: false } }), p, ctx())).toMatchObject({ code: 'as_service_point_inactive' });
    expect(decideTransferTicket(tState({ tickets: [v(called(4, { status: 'no_show', closedAt: NOW }))] }), p, ctx())).toMatchObject({ code: 'as_ticket_transition' });
    expect(decideTransferTicket(tState({ target: null }), p, ctx())).toMatchObject({ code: 'not_found' });
  });
});
