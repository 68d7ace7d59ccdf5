import { describe, expect, it } from 'vitest';
import { SendMessagePayload } from './commands.ts';
import { decideSendMessage, type SendMessageState } from './decide-message.ts';
import { cohort, ctx, event, NOW, occurrence } from './fixtures.test-support.ts';

const NEW = '6f1c2a9e-8d0b-4c55-9f1e-2b7d3c4a5e61';
const tri = (fi: string) => ({ fi, sv: '', en: '' });
const payload = { messageId: NEW, cohortId: 'c-2023', protocol: 'email' as const, subject: tri('Tervetuloa'), body: tri('Hei!'), selection: 'enrolled' as const, eventId: 'ev-1', occurrenceIds: ['occ-1'] };
const state = (o: Partial<SendMessageState> = {}): SendMessageState => ({ cohort: cohort(), existing: null, event: event(), occurrences: [occurrence()], mayMessageAll: false, recipientCount: 42, ...o });

describe('sending a message', () => {
  it('creates the message sent, with its recipient count frozen and every delivery queued', () => {
    expect(decideSendMessage(state(), payload, ctx())).toMatchObject({
      ok: true,
      puts: [{ entity: 'ck_message', version: 1, record: { id: NEW, sentAt: NOW, createdBy: 'staff-1', recipientCount: 42, delivery: { queued: 42, sent: 0, failed: 0 } } }],
      notices: [{ kind: 'message_sent', messageId: NEW }],
    });
  });

  it('sends to everyone only with the permission, and "all" is never narrowed', () => {
    const all = { ...payload, selection: 'all' as const, eventId: null, occurrenceIds: [] };
    expect(decideSendMessage(state(), all, ctx())).toMatchObject({ ok: false, code: 'ck_message_all_not_permitted' });
    expect(decideSendMessage(state({ mayMessageAll: true }), all, ctx())).toMatchObject({ ok: true });
    expect(decideSendMessage(state({ mayMessageAll: true }), { ...all, eventId: 'ev-1' }, ctx())).toMatchObject({ ok: false, code: 'ck_message_selection_not_narrowable' });
  });

  it('refuses a message sent already, another event\'s occurrences and an unknown event', () => {
    expect(decideSendMessage(state({ existing: { ...payload, id: NEW, occurrenceIds: [], createdAt: NOW, createdBy: 's', sentAt: NOW, recipientCount: 1, delivery: null } }), payload, ctx())).toMatchObject({ code: 'ck_message_already_sent' });
    expect(decideSendMessage(state({ occurrences: [occurrence({ eventId: 'ev-2' })] }), payload, ctx())).toMatchObject({ code: 'ck_message_occurrence_mismatch' });
    expect(decideSendMessage(state({ event: null }), payload, ctx())).toMatchObject({ code: 'not_found' });
  });

  it('needs the Finnish body, and the Finnish subject of an e-mail', () => {
    expect(SendMessagePayload.safeParse({ ...payload, subject: tri('') }).success).toBe(false);
    expect(SendMessagePayload.safeParse({ ...payload, protocol: 'sms', subject: tri('') }).success).toBe(true);
    expect(SendMessagePayload.safeParse({ ...payload, body: { fi: '', sv: 'Hej', en: '' } }).success).toBe(false);
  });
});
