import { CULTURE_KIDS_COMMANDS, type CultureKidsCommandPayload, type CultureKidsCommandType } from '../../domain/culture-kids/commands.ts';
import { CULTURE_KIDS_DECIDERS, type CultureKidsDecision, type CultureKidsDelete, type CultureKidsNotice } from '../../domain/culture-kids/decide.ts';
import type { Event, EventGroup, Message } from '../../domain/culture-kids/entities.ts';
import { CULTURE_KIDS_PERMISSIONS } from '../../domain/culture-kids/vocabulary.ts';
import { canOnCohort } from '../../domain/roles.ts';
import type { CommandContext } from '../../domain/sync/command-context.ts';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';
import type { ChunkCache, CommandHandler, IncomingCommand } from '../sync/handler.ts';
import { LOADERS } from './command-state.ts';
import { queueFamilyNotices, queueInvitations, queueMessage } from './notices.ts';
import { cohortRecipients } from './recipients.ts';
import { records, rowById, rowsBy } from './rows.ts';

type Decide = (s: unknown, p: unknown, c: CommandContext) => CultureKidsDecision;
const decider = (type: CultureKidsCommandType) => CULTURE_KIDS_DECIDERS[type] as Decide;

const forbidden = (message: string): CultureKidsDecision => ({ ok: false, status: 'rejected', code: 'forbidden', message });

/** What a decision does besides its puts, kept for `written` (same savepoint, same transaction). */
interface After {
  deletes: readonly CultureKidsDelete[];
  notices: readonly CultureKidsNotice[];
  recipients?: string[];
}
const afterKey = (commandId: string) => `culture-kids.after:${commandId}`;

/** Whether the user holds the command's permission on every cohort it touches (one per line). */
function allowed(user: StaffUser, type: CultureKidsCommandType, cohorts: string | null): boolean {
  if (cohorts === null) return true;
  const permission = CULTURE_KIDS_COMMANDS[type].permission;
  return cohorts.split('\n').every((c) => canOnCohort(user.grants, permission, c));
}

async function decideSendMessage(tx: Queryable, p: CultureKidsCommandPayload<'cultureKids.sendMessage'>, ctx: CommandContext, user: StaffUser, cache: ChunkCache, id: string): Promise<CultureKidsDecision> {
  if (!canOnCohort(user.grants, CULTURE_KIDS_PERMISSIONS.admin, p.cohortId)) return forbidden(`You have no right to send messages in the cohort ${p.cohortId}.`);
  // The cohort row locked: two messages of one cohort are counted one after the other.
  const cohort = (await rowById(tx, 'ck_cohort', p.cohortId, true))?.record ?? null;
  const existing = (await rowById(tx, 'ck_message', p.messageId))?.record ?? null;
  const event = p.eventId ? ((await rowById(tx, 'ck_event', p.eventId))?.record ?? null) : null;
  const occurrences = p.eventId ? records(await rowsBy(tx, 'ck_occurrence', 'event_id', [p.eventId])) : [];
  const state = { cohort, existing, event, occurrences, mayMessageAll: canOnCohort(user.grants, CULTURE_KIDS_PERMISSIONS.messageAll, p.cohortId), recipientCount: 0 };
  const first = CULTURE_KIDS_DECIDERS['cultureKids.sendMessage'](state, p, ctx);
  if (!first.ok || !cohort) return first;
  const recipients = await cohortRecipients(tx, cohort, p, ctx.now);
  cache.set(afterKey(id), { deletes: [], notices: [], recipients } satisfies After);
  return CULTURE_KIDS_DECIDERS['cultureKids.sendMessage']({ ...state, recipientCount: recipients.length }, p, ctx);
}

/** Removes the queue places a decision dropped, with their delete lines in the feed. */
export async function deleteRows(tx: Queryable, deletes: readonly CultureKidsDelete[]): Promise<void> {
  if (deletes.length === 0) return;
  const ids = deletes.map((d) => d.id);
  // Delete lines in the feed, numbered with the push's other lines (feed.ts numberChanges).
  await tx.query(
    `WITH gone AS (DELETE FROM ck_free_spot_subscription WHERE id = ANY($1::text[]) RETURNING id, version, cohort_id)
     INSERT INTO sync_feed (entity, id, scope, op, version, data, seq)
     SELECT 'ck_free_spot_subscription', id, 'culture-kids.participants:' || cohort_id, 'delete', version + 1, NULL, NULL FROM gone
     ON CONFLICT (entity, id) DO UPDATE SET seq = NULL, scope = excluded.scope, op = 'delete', version = excluded.version, data = NULL`,
    [ids],
    'ck_delete_subscriptions',
  );
}

async function queueNotices(tx: Queryable, after: After, puts: readonly { entity: string; data: unknown }[], now: Date): Promise<void> {
  const small = after.notices.filter((n) => n.kind !== 'event_published' && n.kind !== 'event_group_published' && n.kind !== 'message_sent');
  for (const n of after.notices) {
    if (n.kind === 'event_published') {
      const event = puts.find((p) => p.entity === 'ck_event')?.data as Event;
      await queueInvitations(tx, n.cohortId, event.name, event.id, now);
    } else if (n.kind === 'event_group_published') {
      const group = puts.find((p) => p.entity === 'ck_event_group')?.data as EventGroup;
      await queueInvitations(tx, n.cohortId, group.name, group.id, now);
    } else if (n.kind === 'message_sent') {
      const message = puts.find((p) => p.entity === 'ck_message')?.data as Message;
      await queueMessage(tx, message, after.recipients ?? [], now);
    }
  }
  if (small.length > 0) await queueFamilyNotices(tx, small as Parameters<typeof queueFamilyNotices>[1], now);
}

/**
 * Culture Kids commands on the central: the domain deciders the desk runs too, fed with the rows
 * as they are under row locks (an enrolment locks its occurrence first, so two administrators
 * filling the last seat run one after the other and the second is refused `ck_occurrence_full`),
 * after the user's permission is checked on the cohort of the rows (not only somewhere, as the push
 * does): a user without it there is refused `forbidden`. `written` removes the queue places the
 * decision dropped and queues its notices in the same savepoint.
 */
export const cultureKidsCommandHandler: CommandHandler = {
  async decide(tx, command: IncomingCommand, ctx, cache, user) {
    const type = command.type as CultureKidsCommandType;
    let decision: CultureKidsDecision;
    if (type === 'cultureKids.sendMessage') {
      decision = await decideSendMessage(tx, command.payload as CultureKidsCommandPayload<'cultureKids.sendMessage'>, ctx, user, cache, command.id);
    } else {
      const load = LOADERS[type] as (tx: Queryable, p: unknown) => Promise<{ cohortId: string | null; state: unknown }>;
      const { cohortId, state } = await load(tx, command.payload);
      if (!allowed(user, type, cohortId)) return forbidden(`You have no right to ${type} in this cohort.`);
      decision = decider(type)(state, command.payload, ctx);
    }
    if (decision.ok) {
      const prior = cache.get(afterKey(command.id)) as After | undefined;
      cache.set(afterKey(command.id), { deletes: decision.deletes, notices: decision.notices, recipients: prior?.recipients } satisfies After);
    }
    return decision;
  },

  async written(tx, command, puts, cache) {
    const after = cache.get(afterKey(command.id)) as After | undefined;
    if (!after) return;
    await deleteRows(tx, after.deletes);
    await queueNotices(tx, after, puts, new Date());
  },

  async explainViolation() {
    return null;
  },
};
