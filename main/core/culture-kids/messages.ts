import type { CohortReports, MessageHistory, RecipientCount } from '../../../domain/culture-kids/contract.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import { invitedChildren, recipientQueryRefusal, selectRecipients } from '../../../domain/culture-kids/recipients.ts';
import { helsinkiPostalArea } from '../../../domain/culture-kids/postal-codes.ts';
import { helsinkiYearOf } from '../../../domain/culture-kids/capacity.ts';
import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { Message } from '../../../domain/culture-kids/entities.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { CultureKidsRights } from './rights.ts';
import { ckRows, records } from './rows.ts';

const notYours = (cohortId: string) => fail('not_found', `The cohort ${cohortId} is not one of yours.`);

/** How many guardians a draft would reach now (the same rule the central freezes at sending). */
export function recipientCount(db: SqliteDatabase, rights: CultureKidsRights, i: ParsedInput<'cultureKids.recipientCount'>, now: Date): Result<RecipientCount> {
  const r = rights.on(i.cohortId);
  if (!r.admin) return notYours(i.cohortId);
  const rows = ckRows(db);
  const cohort = rows.cohort(i.cohortId)?.record;
  if (!cohort) return notYours(i.cohortId);
  const occurrences = records(rows.cohortOccurrences(i.cohortId));
  const query = { selection: i.selection, eventId: i.eventId, occurrenceIds: i.occurrenceIds };
  const refusal = recipientQueryRefusal(query, r.messageAll, occurrences);
  if (refusal) return ok({ count: 0, refusal: { code: refusal.code, message: refusal.message } });
  const children = records(rows.cohortChildren(i.cohortId));
  const enrolments = records(rows.cohortEnrolments(i.cohortId));
  const openEventIds = records(rows.events(i.cohortId)).filter((e) => e.publishedAt !== null).map((e) => e.id);
  const facts = {
    children,
    guardians: records(rows.cohortGuardians(i.cohortId)),
    guardianships: records(rows.cohortGuardianships(i.cohortId)),
    enrolments,
    occurrences,
    subscriptions: records(rows.cohortSubscriptions(i.cohortId)),
    invitedChildIds: i.selection === 'invited' ? invitedChildren(children, enrolments, openEventIds, cohort.enrolmentLimit, helsinkiYearOf(now.toISOString())) : new Set<string>(),
  };
  return ok({ count: selectRecipients(query, facts, now.toISOString()).length, refusal: null });
}

type Delivered = Message & { delivery?: { queued: number; sent: number; failed: number } };

/** The cohort's messages, newest first, with the delivery counts the central keeps on each. */
export function messageHistory(db: SqliteDatabase, rights: CultureKidsRights, i: ParsedInput<'cultureKids.listMessages'>): Result<MessageHistory> {
  if (!rights.on(i.cohortId).admin) return notYours(i.cohortId);
  const rows = ckRows(db);
  return ok({
    rows: rows.messages(i.cohortId, i.limit, i.offset).map((m) => ({ message: m.record, delivery: (m.record as Delivered).delivery ?? null, pending: m.pending })),
    total: rows.messageCount(i.cohortId),
  });
}

const counted = <K extends string | number>(keys: readonly K[]) => {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

/** The cohort's charts: counts only, no names (erased children still count). */
export function cohortReports(db: SqliteDatabase, rights: CultureKidsRights, cohortId: string): Result<CohortReports> {
  if (!rights.on(cohortId).admin) return notYours(cohortId);
  const rows = ckRows(db);
  const children = records(rows.cohortChildren(cohortId));
  const guardians = new Map(records(rows.cohortGuardians(cohortId)).map((g) => [g.guardianId, g]));
  const languagesOf = new Map<string, Set<string>>();
  for (const link of records(rows.cohortGuardianships(cohortId))) {
    const set = languagesOf.get(link.childId) ?? new Set<string>();
    for (const l of guardians.get(link.guardianId)?.homeLanguages ?? []) set.add(l);
    languagesOf.set(link.childId, set);
  }
  const enrolments = records(rows.cohortEnrolments(cohortId));
  const occurrences = records(rows.cohortOccurrences(cohortId));
  const byDate = counted(children.map((c) => helsinkiDateOf(Date.parse(c.createdAt))));
  const byPostal = counted(children.map((c) => c.postalCode));
  const byLanguage = counted([...languagesOf.values()].flatMap((s) => [...s]));
  return ok({
    cohortId,
    registrationsByDate: [...byDate].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count })),
    byPostalArea: [...byPostal].sort(([a], [b]) => a.localeCompare(b)).map(([postalCode, count]) => ({ postalCode, area: helsinkiPostalArea(postalCode)?.area ?? null, count })),
    byHomeLanguage: [...byLanguage].sort(([, a], [, b]) => b - a).map(([language, count]) => ({ language, count })),
    events: records(rows.events(cohortId)).map((e) => {
      const own = enrolments.filter((x) => x.eventId === e.id);
      const is = (s: string) => own.filter((x) => x.status === s).length;
      const capacity = occurrences
        .filter((o) => o.eventId === e.id && o.cancelledAt === null)
        .reduce((n, o) => n + (o.capacityOverride ?? e.capacityPerOccurrence ?? 0), 0);
      return { eventId: e.id, name: e.name, capacity, enrolments: own.length - is('cancelled'), attended: is('attended'), cancelled: is('cancelled'), noShows: is('no_show') };
    }),
  });
}
