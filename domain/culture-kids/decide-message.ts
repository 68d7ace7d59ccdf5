import type { CommandContext } from '../sync/command-context.ts';
import type { CultureKidsCommandPayload } from './commands.ts';
import type { Cohort, Event, Message, Occurrence } from './entities.ts';
import { accept, notFound, refuse, utc, type CultureKidsDecision } from './decide-result.ts';
import { recipientQueryRefusal } from './recipients.ts';

export interface SendMessageState {
  cohort: Cohort | null;
  /** A message with the payload's id: a message goes out once. */
  existing: Message | null;
  /** The event the message is narrowed to, and the cohort's occurrences. */
  event: Event | null;
  occurrences: readonly Occurrence[];
  /** culture-kids.message_all on this cohort. */
  mayMessageAll: boolean;
  /** recipients.ts selectRecipients over the cohort, computed where the command is decided. */
  recipientCount: number;
}

/** A message is created and sent at once, with its recipient count frozen (delivery counts start queued). */
export function decideSendMessage(s: SendMessageState, p: CultureKidsCommandPayload<'cultureKids.sendMessage'>, ctx: CommandContext): CultureKidsDecision {
  if (!s.cohort) return notFound(`The cohort ${p.cohortId}`);
  if (s.existing) return refuse({ code: 'ck_message_already_sent', message: `The message ${p.messageId} was sent at ${s.existing.sentAt ?? s.existing.createdAt}.` });
  if (p.eventId !== null && (!s.event || s.event.cohortId !== p.cohortId)) return notFound(`The event ${p.eventId}`);
  const refusal = recipientQueryRefusal(p, s.mayMessageAll, s.occurrences);
  if (refusal) return refuse(refusal);
  const at = utc(ctx.now);
  const record: Message = {
    id: p.messageId,
    cohortId: p.cohortId,
    protocol: p.protocol,
    subject: p.subject,
    body: p.body,
    selection: p.selection,
    eventId: p.eventId,
    occurrenceIds: [...p.occurrenceIds],
    createdAt: at,
    createdBy: ctx.actor.id,
    sentAt: at,
    recipientCount: s.recipientCount,
    delivery: { queued: s.recipientCount, sent: 0, failed: 0 },
  };
  return accept([{ entity: 'ck_message', record, version: 1 }], [], [{ kind: 'message_sent', messageId: record.id }]);
}
