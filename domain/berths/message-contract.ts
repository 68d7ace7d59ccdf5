import { z } from 'zod';
import type { Localized } from '../languages.ts';
import { MessageFields, refineMessage } from './message-commands.ts';
import { MESSAGE_CHANNELS, MessageAudience, type BerthMessage } from './message-entity.ts';
import type { MessageReach } from './message-recipients.ts';

/**
 * The customer messages part of the renderer contract (domain/contract.ts names each method): who
 * a message would reach, read from the cache as the handler chooses; the send; the sent ones.
 */

export const MessageReachInput = z
  .object({
    audience: MessageAudience,
    channels: z.array(z.enum(MESSAGE_CHANNELS)).min(1).max(MESSAGE_CHANNELS.length),
  })
  .strict();

/** The texts are not asked for: which languages fall back to Finnish is worked out beside them (languagesFallingBack). */
export type MessageReachView = MessageReach;

export const SendCustomerMessageInput = MessageFields.strict().superRefine(refineMessage);

export const ListCustomerMessagesInput = z.object({}).strict();

export interface SentCustomerMessage {
  message: BerthMessage;
  /** The chosen harbours' names (none: every harbour). */
  harbours: Localized[];
  /** Still only on this desk: the central has not decided it yet. */
  pending: boolean;
}

export const MESSAGE_CONTRACT_INPUTS = {
  'berths.messageReach': MessageReachInput,
  'berths.sendCustomerMessage': SendCustomerMessageInput,
  'berths.customerMessages': ListCustomerMessagesInput,
} as const;
