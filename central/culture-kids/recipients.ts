import type { Cohort } from '../../domain/culture-kids/entities.ts';
import { helsinkiYearOf } from '../../domain/culture-kids/capacity.ts';
import { invitedChildren, selectRecipients, type RecipientQuery } from '../../domain/culture-kids/recipients.ts';
import type { Queryable } from '../db/db.ts';
import { records, rowsBy } from './rows.ts';

/**
 * A message's recipients on the central, by the very rules the desk counts them with
 * (domain/culture-kids/recipients.ts) over the cohort's rows as they are now.
 */
export async function cohortRecipients(tx: Queryable, cohort: Cohort, q: RecipientQuery, now: string): Promise<string[]> {
  const by = <E extends Parameters<typeof rowsBy>[1]>(table: E) => rowsBy(tx, table, 'cohort_id', [cohort.id]).then(records);
  const [children, guardians, guardianships, enrolments, occurrences, subscriptions, events] = await Promise.all([
    by('ck_child'),
    by('ck_guardian'),
    by('ck_guardianship'),
    by('ck_enrolment'),
    by('ck_occurrence'),
    by('ck_free_spot_subscription'),
    by('ck_event'),
  ]);
  const nowMs = Date.parse(now);
  // Open invitations: published events with an occurrence still ahead, or an external event still on sale.
  const open = events.filter(
    (e) =>
      e.publishedAt !== null &&
      (e.ticketingMode === 'external' ? e.ticketSystemEndTime === null || Date.parse(e.ticketSystemEndTime) > nowMs : occurrences.some((o) => o.eventId === e.id && o.cancelledAt === null && Date.parse(o.startsAt) > nowMs)),
  );
  const invitedChildIds = q.selection === 'invited' ? invitedChildren(children, enrolments, open.map((e) => e.id), cohort.enrolmentLimit, helsinkiYearOf(now)) : new Set<string>();
  return selectRecipients(q, { children, guardians, guardianships, enrolments, occurrences, subscriptions, invitedChildIds }, now);
}
