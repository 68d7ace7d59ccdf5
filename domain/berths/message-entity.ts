import { z } from 'zod';
import { StorableText } from '../text.ts';
import { CUSTOMER_KINDS, IsoDateTime, Uuid } from './record-primitives.ts';

/**
 * A message berth services sent to a group of customers (brief 5.7, "send message": the city's
 * current button sent nothing). The record is the trace of the decision: who sent what, to which
 * group, and how many customers and messages it came to when the central decided it.
 */
export const MESSAGE_CHANNELS = ['email', 'sms'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** Whose leases make a customer one of the group: holders (paid) and those with an offer out. */
export const MESSAGE_LEASE_STATUSES = ['paid', 'offered'] as const;
/** Whose applications make a customer one of the group: those still waiting (in the queue, or with no suitable berth yet). */
export const MESSAGE_APPLICATION_STATUSES = ['pending', 'no_suitable_berths'] as const;

export const MESSAGE_SUBJECT_MAX = 200;
/** One template parameter holds at most 2,000 characters (central/notifications/message.ts). */
export const MESSAGE_BODY_MAX = 2000;

const Subject = StorableText.max(MESSAGE_SUBJECT_MAX);
const Body = StorableText.max(MESSAGE_BODY_MAX);

export const MessageAudience = z
  .object({
    season: z.number().int().min(2000).max(2100),
    /** Empty: every harbour. */
    harbourIds: z.array(Uuid).max(100),
    leaseStatuses: z.array(z.enum(MESSAGE_LEASE_STATUSES)).max(MESSAGE_LEASE_STATUSES.length),
    /** Applicants of the season waiting in these statuses, by the harbours they chose; absent in messages sent before it existed. */
    applicationStatuses: z.array(z.enum(MESSAGE_APPLICATION_STATUSES)).max(MESSAGE_APPLICATION_STATUSES.length).optional(),
    /** Empty: every customer group. */
    customerKinds: z.array(z.enum(CUSTOMER_KINDS)).max(CUSTOMER_KINDS.length),
  })
  .strict()
  .refine((a) => a.leaseStatuses.length + (a.applicationStatuses?.length ?? 0) > 0, {
    path: ['leaseStatuses'],
    message: 'Choose at least one lease or application status.',
  });
export type MessageAudience = z.infer<typeof MessageAudience>;

export const MessageTexts = z.object({ fi: Subject, sv: Subject, en: Subject });
export const MessageBodies = z.object({ fi: Body, sv: Body, en: Body });

export const BerthMessage = z.object({
  id: Uuid,
  audience: MessageAudience,
  channels: z.array(z.enum(MESSAGE_CHANNELS)).min(1),
  subject: MessageTexts,
  body: MessageBodies,
  sentAt: IsoDateTime,
  sentById: z.string(),
  sentByName: z.string().nullable(),
  /** Customers in the group when the central decided it. */
  customerCount: z.number().int().min(0),
  /** Emails and text messages queued for them (a customer without an address gets none). */
  messageCount: z.number().int().min(0),
});
export type BerthMessage = z.infer<typeof BerthMessage>;
