import { z } from 'zod';
import type { Permission } from '../roles.ts';
import { Uuid } from './record-primitives.ts';
import { MESSAGE_CHANNELS, MessageAudience, MessageBodies, MessageTexts } from './message-entity.ts';

/** What the handler writes and chooses; the desk's input and the command's payload share it. */
export const MessageFields = z.object({
  audience: MessageAudience,
  channels: z.array(z.enum(MESSAGE_CHANNELS)).min(1).max(MESSAGE_CHANNELS.length),
  subject: MessageTexts,
  body: MessageBodies,
});

export function refineMessage(m: z.infer<typeof MessageFields>, ctx: z.RefinementCtx): void {
  if (m.body.fi.trim() === '') ctx.addIssue({ code: 'custom', path: ['body', 'fi'], message: 'Write the Finnish text.' });
  if (m.channels.includes('email') && m.subject.fi.trim() === '') ctx.addIssue({ code: 'custom', path: ['subject', 'fi'], message: 'Write the Finnish subject.' });
}

/** A message to a group of customers: its id is the client's, so a retried send is the same message. */
export const SendCustomerMessagePayload = MessageFields.extend({ messageId: Uuid }).strict().superRefine(refineMessage);

export const MESSAGE_COMMANDS = {
  'berths.sendCustomerMessage': { payload: SendCustomerMessagePayload, permission: 'berths.cases.write', versioned: false },
} as const satisfies Record<string, { payload: z.ZodType; permission: Permission; versioned: boolean }>;

export type MessageCommandType = keyof typeof MESSAGE_COMMANDS;
export type MessagePayload<T extends MessageCommandType> = z.infer<(typeof MESSAGE_COMMANDS)[T]['payload']>;
