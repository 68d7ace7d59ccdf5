import { describe, expect, it } from 'vitest';
import { decideImportTicketCodes } from './decide-ticket-codes.ts';
import { TicketCode } from './entities.ts';
import { code, ctx, event, externalEvent } from './fixtures.test-support.ts';

describe('importing external ticket codes', () => {
  it('stores the new codes with ids of the command and reports the repeats', () => {
    const d = decideImportTicketCodes({ event: externalEvent(), codes: [code(1)] }, { eventId: 'ev-ext', codes: ['NEW-1', 'TIX-1', ' NEW-2 ', 'NEW-1'] }, ctx());
    if (!d.ok) throw new Error(d.code);
    expect(d.puts.map((p) => [p.record.id, (p.record as TicketCode).value])).toEqual([[`${ctx().commandId}:0`, 'NEW-1'], [`${ctx().commandId}:1`, 'NEW-2']]);
    for (const p of d.puts) expect(TicketCode.safeParse(p.record).success).toBe(true);
    expect(d.skipped).toEqual(['TIX-1', 'NEW-1']);
  });

  it('refuses an internal event and a paste with nothing new', () => {
    expect(decideImportTicketCodes({ event: event(), codes: [] }, { eventId: 'ev-1', codes: ['A'] }, ctx())).toMatchObject({ code: 'ck_event_not_external' });
    expect(decideImportTicketCodes({ event: externalEvent(), codes: [code(1)] }, { eventId: 'ev-ext', codes: ['TIX-1', ''] }, ctx())).toMatchObject({ code: 'ck_ticket_codes_nothing_to_import' });
  });
});
