import { z } from 'zod';
import { EMAIL_ADDRESS, SMS_NUMBER } from '../../domain/contact-address.ts';

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The customer's language: every template has a text in each. */
export const NOTIFICATION_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

export const STATES = ['queued', 'sending', 'sent', 'failed'] as const;
export type NotificationState = (typeof STATES)[number];

/** Template parameters: flat text and numbers, so a template cannot reach into structures. */
export const TemplateParams = z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/), z.union([z.string().max(2000), z.number().finite()]));
export type TemplateParams = z.infer<typeof TemplateParams>;

export const NotificationInput = z
  .object({
    /** Chosen by the caller when it must know it beforehand (a retry of the same decision); else made here. */
    id: z.uuid().optional(),
    channel: z.enum(CHANNELS),
    recipient: z.string().min(1).max(320),
    language: z.enum(NOTIFICATION_LANGUAGES),
    template: z.string().min(1).max(100),
    params: TemplateParams,
    /** The workspace that decided to send it (bookings, culture-kids, berths, ...). */
    workspace: z.string().regex(/^[a-z][a-z0-9-]{0,49}$/),
    /** The case it is about (an application, a booking), so its history can show the delivery. */
    entityId: z.string().min(1).max(200).optional(),
  })
  .superRefine((m, ctx) => {
    const ok = m.channel === 'email' ? EMAIL_ADDRESS.test(m.recipient) : SMS_NUMBER.test(m.recipient);
    if (!ok) ctx.addIssue({ code: 'custom', path: ['recipient'], message: m.channel === 'email' ? 'not an email address' : 'not a phone number in the form +358401234567' });
  });
export type NotificationInput = z.input<typeof NotificationInput>;

/** A row of notification_outbox as the sender and the status queries see it. */
export interface NotificationRow {
  id: string;
  channel: Channel;
  recipient: string;
  language: NotificationLanguage;
  template: string;
  params: TemplateParams;
  workspace: string;
  entity_id: string | null;
  created_at: Date;
  state: NotificationState;
  attempts: number;
  next_attempt_at: Date;
  claimed_until: Date | null;
  claim_token: string | null;
  last_error: string | null;
  sent_at: Date | null;
}

/** What a transport delivers: rendered, addressed, with the outbox id as its idempotency key. */
export interface OutgoingMessage {
  id: string;
  channel: Channel;
  recipient: string;
  language: NotificationLanguage;
  subject: string;
  text: string;
}
