import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import { HARBOUR_A, HARBOUR_B } from './fixtures.test-support.ts';
import { SendCustomerMessagePayload } from './message-commands.ts';
import { decideSendCustomerMessage } from './message-decider.ts';
import type { BerthMessage, MessageAudience } from './message-entity.ts';
import { inApplicationAudience, inAudience, languagesFallingBack, messageContacts, messageDeliveries, messageReach, textIn } from './message-recipients.ts';

const ctx: CommandContext = {
  commandId: '00000000-0000-4000-f000-000000000051',
  actor: { id: 'u-aino', name: 'Aino Virtanen' },
  now: '2026-12-02T10:00:00+02:00',
  recordedAt: null,
  today: '2026-12-02',
  baseVersion: null,
};
const MESSAGE_ID = '00000000-0000-4000-a000-0000000000e1';
const audience: MessageAudience = { season: 2026, harbourIds: [HARBOUR_A], leaseStatuses: ['paid'], customerKinds: [] };
const texts = (fi: string, sv = '', en = '') => ({ fi, sv, en });
const payload = (extra: Partial<SendCustomerMessagePayload> = {}) => ({
  messageId: MESSAGE_ID,
  audience,
  channels: ['email', 'sms'] as ('email' | 'sms')[],
  subject: texts('Laiturityöt', 'Bryggarbeten'),
  body: texts('Laituri A suljetaan 3.6.', 'Brygga A stängs 3.6.'),
  ...extra,
});
type SendCustomerMessagePayload = ReturnType<typeof SendCustomerMessagePayload.parse>;

const customer = (id: string, extra: { email?: string; phone?: string; language?: 'fi' | 'sv' | 'en' } = {}) => ({
  id,
  email: extra.email ?? `${id}@example.fi`,
  phone: extra.phone ?? '+358 40 123 4567',
  language: extra.language ?? 'fi',
});

describe('who a message to customers is for', () => {
  const lease = { season: 2026, status: 'paid' as const, harbourId: HARBOUR_A, customerKind: 'private' as const };

  it('takes a lease of the season, status, harbour and customer group chosen', () => {
    expect(inAudience(lease, audience)).toBe(true);
    expect(inAudience({ ...lease, season: 2025 }, audience)).toBe(false);
    expect(inAudience({ ...lease, status: 'offered' }, audience)).toBe(false);
    expect(inAudience({ ...lease, status: 'terminated' }, { ...audience, leaseStatuses: ['paid', 'offered'] })).toBe(false);
    expect(inAudience({ ...lease, harbourId: HARBOUR_B }, audience)).toBe(false);
  });

  it('reads no harbour and no group as every one', () => {
    const all = { ...audience, harbourIds: [] };
    expect(inAudience({ ...lease, harbourId: HARBOUR_B }, all)).toBe(true);
    expect(inAudience({ ...lease, customerKind: 'company' }, { ...all, customerKinds: ['private'] })).toBe(false);
    expect(inAudience({ ...lease, customerKind: 'company' }, { ...all, customerKinds: ['private', 'company'] })).toBe(true);
  });

  it('takes a waiting application of the season by any harbour it chose, and no lease status alone takes it', () => {
    const app = { season: 2026, status: 'pending' as const, harbourChoices: [HARBOUR_B, HARBOUR_A], customerKind: 'private' as const };
    const queued = { ...audience, leaseStatuses: [], applicationStatuses: ['pending', 'no_suitable_berths'] } satisfies MessageAudience;
    expect(inApplicationAudience(app, queued)).toBe(true);
    expect(inApplicationAudience({ ...app, status: 'no_suitable_berths' }, queued)).toBe(true);
    expect(inApplicationAudience({ ...app, harbourChoices: [HARBOUR_B] }, queued)).toBe(false);
    expect(inApplicationAudience({ ...app, harbourChoices: [HARBOUR_B] }, { ...queued, harbourIds: [] })).toBe(true);
    expect(inApplicationAudience({ ...app, season: 2027 }, queued)).toBe(false);
    expect(inApplicationAudience({ ...app, status: 'offer_sent' }, queued)).toBe(false);
    expect(inApplicationAudience({ ...app, customerKind: 'company' }, { ...queued, customerKinds: ['private'] })).toBe(false);
    expect(inApplicationAudience(app, { ...queued, applicationStatuses: ['no_suitable_berths'] })).toBe(false);
    // A message sent before applicants could be chosen has no application statuses: it took none.
    expect(inApplicationAudience(app, audience)).toBe(false);
  });

  it('counts each customer once, by the channels chosen, and those nothing reaches', () => {
    const contacts = messageContacts(
      [
        customer('c1'),
        customer('c1'),
        customer('c2', { email: 'not an address', language: 'sv' }),
        customer('c3', { email: '', phone: '040', language: 'en' }),
        customer('c4', { email: ' spaced@example.fi ', phone: '+358-50-765-4321' }),
      ],
      ['email', 'sms'],
    );
    expect(contacts.map((c) => [c.customerId, c.email, c.sms])).toEqual([
      ['c1', 'c1@example.fi', '+358401234567'],
      ['c2', null, '+358401234567'],
      ['c3', null, null],
      ['c4', 'spaced@example.fi', '+358507654321'],
    ]);
    expect(messageReach(contacts)).toEqual({ customers: 4, emails: 2, sms: 2, unreachable: 1, byLanguage: { fi: 2, sv: 1, en: 1 } });
    expect(messageReach(messageContacts([customer('c1'), customer('c2')], ['email']))).toMatchObject({ emails: 2, sms: 0 });
  });

  it('writes once to an address or number two customers share', () => {
    const shared = messageContacts([customer('person', { email: 'Pekka@example.fi' }), customer('company', { email: 'pekka@example.fi', language: 'sv' })], ['email', 'sms']);
    expect(messageDeliveries(shared)).toEqual([
      { channel: 'email', recipient: 'Pekka@example.fi', customerId: 'person', language: 'fi' },
      { channel: 'sms', recipient: '+358401234567', customerId: 'person', language: 'fi' },
    ]);
    expect(messageReach(shared)).toMatchObject({ customers: 2, emails: 1, sms: 1, unreachable: 0 });
  });

  it('writes Finnish to a language with no text of its own, and says which languages do so', () => {
    const body = texts('Hei', 'Hej');
    expect(textIn(body, 'sv')).toBe('Hej');
    expect(textIn(body, 'en')).toBe('Hei');
    const reach = messageReach(messageContacts([customer('a', { language: 'sv' }), customer('b', { language: 'en' })], ['email']));
    expect(languagesFallingBack(body, reach)).toEqual(['en']);
    expect(languagesFallingBack(texts('Hei', '', 'Hello'), reach)).toEqual(['sv']);
  });
});

describe('sending a message to customers', () => {
  it('records the message with what it came to, once', () => {
    const d = decideSendCustomerMessage({ existing: null, customers: [customer('c1'), customer('c2', { email: '', phone: '+358 50 000 0001' })] }, payload(), ctx);
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'berth_message', version: 1, record: { id: MESSAGE_ID, customerCount: 2, messageCount: 3, sentById: 'u-aino', sentAt: ctx.now } }] });
    const sent = (d.ok ? d.puts[0]!.record : null) as BerthMessage;
    expect(decideSendCustomerMessage({ existing: sent, customers: [customer('c1')] }, payload(), ctx)).toMatchObject({ ok: false, code: 'message_already_sent' });
  });

  it('refuses a message nobody would receive', () => {
    expect(decideSendCustomerMessage({ existing: null, customers: [] }, payload(), ctx)).toMatchObject({ ok: false, code: 'message_no_recipients' });
    const noPhones = [customer('c1', { phone: '' })];
    expect(decideSendCustomerMessage({ existing: null, customers: noPhones }, payload({ channels: ['sms'] }), ctx)).toMatchObject({ ok: false, code: 'message_no_recipients' });
  });

  it('needs the Finnish text, and a Finnish subject for email; refuses what cannot be stored', () => {
    expect(SendCustomerMessagePayload.safeParse(payload()).success).toBe(true);
    expect(SendCustomerMessagePayload.safeParse(payload({ body: texts(' ', 'Hej') })).success).toBe(false);
    expect(SendCustomerMessagePayload.safeParse(payload({ subject: texts('') })).success).toBe(false);
    expect(SendCustomerMessagePayload.safeParse(payload({ subject: texts(''), channels: ['sms'] })).success).toBe(true);
    expect(SendCustomerMessagePayload.safeParse(payload({ body: texts('a\u0000b') })).success).toBe(false);
    expect(SendCustomerMessagePayload.safeParse(payload({ body: texts('x'.repeat(2001)) })).success).toBe(false);
    expect(SendCustomerMessagePayload.safeParse(payload({ channels: [] })).success).toBe(false);
    expect(SendCustomerMessagePayload.safeParse(payload({ audience: { ...audience, leaseStatuses: [] } })).success).toBe(false);
    expect(SendCustomerMessagePayload.safeParse(payload({ audience: { ...audience, leaseStatuses: [], applicationStatuses: [] } })).success).toBe(false);
    expect(SendCustomerMessagePayload.safeParse(payload({ audience: { ...audience, leaseStatuses: [], applicationStatuses: ['pending'] } })).success).toBe(true);
    expect(SendCustomerMessagePayload.safeParse(payload({ audience: { ...audience, applicationStatuses: ['handled' as 'pending'] } })).success).toBe(false);
  });
});
