import { describe, expect, it } from 'vitest';
import { nextTicketNumber, QUEUE_TRANSITIONS, ticketInHand, ticketLabel, transitionRefusal, type QueueAction } from './queue.ts';
import { called, ticket } from './fixtures.test-support.ts';
import { TICKET_STATUSES } from './vocabulary.ts';

describe('the queue transitions', () => {
  const allowed: Record<QueueAction, string[]> = {
    call: ['waiting'],
    recall: ['called'],
    no_show: ['called'],
    start: ['called'],
    finish: ['in_service'],
    transfer: ['waiting', 'called', 'in_service'],
  };

  it('allows each action from its states only, and refuses it from every other with a stable code', () => {
    for (const action of Object.keys(allowed) as QueueAction[]) {
      for (const status of TICKET_STATUSES) {
        const refusal = transitionRefusal(status, action);
        if (allowed[action].includes(status)) expect(refusal, `${action} from ${status}`).toBeNull();
        else expect(refusal, `${action} from ${status}`).toMatchObject({ code: 'as_ticket_transition' });
      }
    }
  });

  it('leaves done, no-show and transferred tickets final', () => {
    for (const final of ['done', 'no_show', 'transferred'] as const) expect(Object.values(QUEUE_TRANSITIONS).some((t) => t.from.includes(final))).toBe(false);
  });
});

describe('ticket numbers', () => {
  it('start at 1 each day and follow the highest number taken', () => {
    expect(nextTicketNumber([])).toBe(1);
    expect(nextTicketNumber([{ number: 1 }, { number: 7 }, { number: 3 }])).toBe(8);
  });

  it('run out after 999', () => {
    expect(nextTicketNumber([{ number: 998 }])).toBe(999);
    expect(nextTicketNumber([{ number: 999 }])).toBeNull();
  });

  it('are shown with the point letter in three digits', () => {
    expect(ticketLabel('D', 12)).toBe('D012');
    expect(ticketLabel('A', 999)).toBe('A999');
  });
});

describe('the ticket in hand', () => {
  it('knows the ticket a helper has in hand', () => {
    expect(ticketInHand([ticket(1), called(2)], 'helper-1')?.id).toBe('t-2');
    expect(ticketInHand([ticket(1), called(2)], 'helper-1', 't-2')).toBeUndefined();
    expect(ticketInHand([called(2, { status: 'done', serviceStartedAt: 'x' })], 'helper-1')).toBeUndefined();
  });
});
