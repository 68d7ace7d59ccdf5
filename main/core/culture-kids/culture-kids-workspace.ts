import type { ParsedInput } from '../../../domain/contract.ts';
import { CULTURE_KIDS_COMMANDS, type CultureKidsCommandPayload, type CultureKidsCommandType } from '../../../domain/culture-kids/commands.ts';
import { CULTURE_KIDS_DECIDERS, type CultureKidsDecider } from '../../../domain/culture-kids/decide.ts';
import { CULTURE_KIDS_PERMISSIONS as P } from '../../../domain/culture-kids/vocabulary.ts';
import type { AppError, Result } from '../../../domain/result.ts';
import { ok } from '../../../domain/result.ts';
import type { Permission } from '../../../domain/roles.ts';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { EntityName } from '../../../domain/workspaces.ts';
import type { CacheAccess, CacheWorkspace, QueryContext } from '../cache/workspace.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { CULTURE_KIDS_TABLES } from './tables.ts';
import { CULTURE_KIDS_COMMAND_SPECS } from './command-payloads.ts';
import { loadCultureKidsState } from './command-state.ts';
import { cultureKidsRights } from './rights.ts';
import { ckRows } from './rows.ts';
import { auditReads, byCohort } from './audit.ts';
import { searchChildren } from './search-children.ts';
import { childPage } from './child-page.ts';
import { cohortProgram, listCohorts, ticketCodeStatus } from './program.ts';
import { attendeeList } from './attendees.ts';
import { verifyTicket } from './verify-ticket.ts';
import { cohortReports, messageHistory, recipientCount } from './messages.ts';
import { GDPR_SUBJECTS, gdprSubjects } from './gdpr-export.ts';
import { REGISTRY_EXPORT_READ, registryExportRows, type RegistryExportInput } from './registry-export.ts';

type AnyType = CultureKidsCommandType;
type AnyDecider = CultureKidsDecider<AnyType>;

/** The cohort of the rows a command acts on (null: nothing to act on, the decider says not found). */
function cohortOf(db: SqliteDatabase, payload: Record<string, unknown>): string[] | null {
  const rows = ckRows(db);
  const id = (k: string) => (typeof payload[k] === 'string' ? (payload[k] as string) : null);
  const first =
    (id('enrolmentId') && rows.enrolment(id('enrolmentId')!)?.record.cohortId) ||
    (id('childId') && rows.child(id('childId')!)?.record.cohortId) ||
    (id('occurrenceId') && rows.occurrence(id('occurrenceId')!)?.record.cohortId) ||
    (id('eventId') && rows.event(id('eventId')!)?.record.cohortId) ||
    (id('eventGroupId') && rows.group(id('eventGroupId')!)?.record.cohortId) ||
    (id('venueId') && rows.venue(id('venueId')!)?.record.cohortId) ||
    id('cohortId') ||
    id('toCohortId') ||
    null;
  if (first) return [first];
  const guardianId = id('guardianId');
  if (guardianId) {
    const cohorts = rows.guardianRows(guardianId).map((g) => g.record.cohortId);
    return cohorts.length ? cohorts : null;
  }
  return null;
}

/** The command's permission on the cohort of the rows it touches (a role on another cohort does not count). */
function authorize({ db }: CacheAccess, actor: StaffUser, type: AnyType, payload: unknown): AppError | null {
  const cohorts = cohortOf(db, payload as Record<string, unknown>);
  if (!cohorts) return null;
  const permission: Permission = CULTURE_KIDS_COMMANDS[type].permission;
  const rights = cultureKidsRights(actor);
  // Sending to every family of the cohort needs its own right there.
  const toAll = type === 'cultureKids.sendMessage' && (payload as { selection: string }).selection === 'all';
  if (cohorts.every((c) => rights.may(permission, c) && (!toAll || rights.may(P.messageAll, c)))) return null;
  if (toAll) return { code: 'ck_message_all_not_permitted', message: 'Sending to every family of the cohort needs the permission to message all.' };
  return { code: 'forbidden', message: 'Your roles do not give you this right on this cohort.' };
}

const AGGREGATES: Partial<Record<AnyType, { entity: EntityName; field: string }>> = {
  'cultureKids.enrol': { entity: 'ck_enrolment', field: 'enrolmentId' },
  'cultureKids.cancelEnrolment': { entity: 'ck_enrolment', field: 'enrolmentId' },
  'cultureKids.moveEnrolment': { entity: 'ck_enrolment', field: 'enrolmentId' },
  'cultureKids.markAttendance': { entity: 'ck_enrolment', field: 'enrolmentId' },
  'cultureKids.markAttendanceBulk': { entity: 'ck_occurrence', field: 'occurrenceId' },
  'cultureKids.subscribeFreeSpot': { entity: 'ck_free_spot_subscription', field: 'subscriptionId' },
  'cultureKids.publishEvent': { entity: 'ck_event', field: 'eventId' },
  'cultureKids.publishGroup': { entity: 'ck_event_group', field: 'eventGroupId' },
  'cultureKids.importTicketCodes': { entity: 'ck_event', field: 'eventId' },
  'cultureKids.eraseChild': { entity: 'ck_child', field: 'childId' },
  'cultureKids.createVenue': { entity: 'ck_venue', field: 'venueId' },
  'cultureKids.updateVenue': { entity: 'ck_venue', field: 'venueId' },
  'cultureKids.copyVenues': { entity: 'ck_cohort', field: 'toCohortId' },
  'cultureKids.createEventGroup': { entity: 'ck_event_group', field: 'eventGroupId' },
  'cultureKids.updateEventGroup': { entity: 'ck_event_group', field: 'eventGroupId' },
  'cultureKids.createEvent': { entity: 'ck_event', field: 'eventId' },
  'cultureKids.updateEvent': { entity: 'ck_event', field: 'eventId' },
  'cultureKids.setEventReady': { entity: 'ck_event', field: 'eventId' },
  'cultureKids.createOccurrence': { entity: 'ck_occurrence', field: 'occurrenceId' },
  'cultureKids.updateOccurrence': { entity: 'ck_occurrence', field: 'occurrenceId' },
  'cultureKids.cancelOccurrence': { entity: 'ck_occurrence', field: 'occurrenceId' },
  'cultureKids.sendMessage': { entity: 'ck_message', field: 'messageId' },
};

type Run = (ctx: QueryContext, input: unknown) => Result<unknown>;
const admin = (run: Run) => ({ permission: P.admin, run });

/** Answers after the reads are recorded; no answer without its audit entries. */
function audited<T>(ctx: QueryContext, answer: Result<T>, reads: (value: T) => Parameters<typeof auditReads>[1]): Result<T> {
  if (!answer.ok) return answer;
  const recorded = auditReads(ctx, reads(answer.value));
  return recorded.ok ? answer : recorded;
}

/** The Culture Kids workspace's part of the local cache. */
export const CULTURE_KIDS_CACHE: CacheWorkspace = {
  tables: CULTURE_KIDS_TABLES,
  queries: {
    'cultureKids.listCohorts': { permission: P.admin, run: ({ db, actor }) => ok(listCohorts(db, cultureKidsRights(actor))) },
    'cultureKids.searchChildren': admin((ctx, input) => {
      const i = input as ParsedInput<'cultureKids.searchChildren'>;
      const page = searchChildren(ctx.db, i, cultureKidsRights(ctx.actor));
      const detail = { ...(i.filter.text ? { query: i.filter.text.slice(0, 200) } : {}), rows: page.total };
      return audited(ctx, ok(page), (p) =>
        [...byCohort(p.rows, (r) => r.cohortId, (r) => r.id)].map(([cohortId, ids]) => ({ subjectKind: 'child_list' as const, subjectIds: ids, cohortId, purpose: i.purpose, purposeText: i.purposeText, detail })),
      );
    }),
    'cultureKids.getChild': admin((ctx, input) => {
      const i = input as ParsedInput<'cultureKids.getChild'>;
      return audited(ctx, childPage(ctx.db, cultureKidsRights(ctx.actor), i.id), (d) => [
        { subjectKind: 'child', subjectIds: [d.child.id], cohortId: d.child.cohortId, purpose: i.purpose, purposeText: i.purposeText },
        ...(d.guardians.length ? [{ subjectKind: 'guardian' as const, subjectIds: d.guardians.map((g) => g.guardianId), cohortId: d.child.cohortId, purpose: i.purpose, purposeText: i.purposeText }] : []),
      ]);
    }),
    'cultureKids.program': admin(({ db, actor }, input) => cohortProgram(db, cultureKidsRights(actor), (input as ParsedInput<'cultureKids.program'>).cohortId)),
    'cultureKids.attendees': admin((ctx, input) => {
      const i = input as ParsedInput<'cultureKids.attendees'>;
      return audited(ctx, attendeeList(ctx.db, cultureKidsRights(ctx.actor), i.occurrenceId), (l) =>
        l.rows.length ? [{ subjectKind: 'check_in_list', subjectIds: l.rows.map((r) => r.childId), cohortId: l.occurrence.cohortId, purpose: i.purpose, purposeText: i.purposeText }] : [],
      );
    }),
    'cultureKids.verifyTicket': admin((ctx, input) => {
      const i = input as ParsedInput<'cultureKids.verifyTicket'>;
      const check = verifyTicket(ctx.db, cultureKidsRights(ctx.actor), i.text, ctx.now, i.occurrenceId);
      if (!check.valid) return ok(check);
      const enrolment = ckRows(ctx.db).enrolment(check.enrolmentId)!.record;
      return audited(ctx, ok(check), () => [{ subjectKind: 'child', subjectIds: [enrolment.childId], cohortId: enrolment.cohortId, purpose: i.purpose, purposeText: i.purposeText }]);
    }),
    'cultureKids.recipientCount': admin(({ db, actor, now }, input) => recipientCount(db, cultureKidsRights(actor), input as ParsedInput<'cultureKids.recipientCount'>, now)),
    'cultureKids.listMessages': admin(({ db, actor }, input) => messageHistory(db, cultureKidsRights(actor), input as ParsedInput<'cultureKids.listMessages'>)),
    'cultureKids.ticketCodes': admin(({ db, actor }, input) => ticketCodeStatus(db, cultureKidsRights(actor), (input as ParsedInput<'cultureKids.ticketCodes'>).cohortId)),
    'cultureKids.reports': admin(({ db, actor }, input) => cohortReports(db, cultureKidsRights(actor), (input as ParsedInput<'cultureKids.reports'>).cohortId)),
  },
  coreReads: {
    [REGISTRY_EXPORT_READ]: admin((ctx, input) => registryExportRows(ctx, input as RegistryExportInput)),
    [GDPR_SUBJECTS]: admin((ctx, input) => gdprSubjects(ctx, input as Parameters<typeof gdprSubjects>[1])),
  },
  commands: CULTURE_KIDS_COMMAND_SPECS,
  aggregateOf: (type, payload) => {
    const spec = AGGREGATES[type as AnyType];
    const id = spec ? (payload as Record<string, unknown>)[spec.field] : undefined;
    return spec && typeof id === 'string' ? { entity: spec.entity, id } : null;
  },
  authorize: (access, actor, type, payload) => authorize(access, actor, type as AnyType, payload),
  decide: ({ db }, type, payload, ctx) => {
    const t = type as AnyType;
    const p = payload as CultureKidsCommandPayload<AnyType>;
    const decision = (CULTURE_KIDS_DECIDERS[t] as AnyDecider)(loadCultureKidsState(db, t, p), p, ctx);
    // Deletes and notices are the central's to carry out; the desk shows the written rows at once.
    return decision.ok ? { ok: true, puts: decision.puts } : decision;
  },
  describeAggregate: ({ db }, id) => {
    const rows = ckRows(db);
    const child = rows.child(rows.enrolment(id)?.record.childId ?? id)?.record;
    if (child) return `${child.firstName} ${child.lastName}`.trim() || child.id;
    return rows.event(id)?.record.name.fi ?? rows.group(id)?.record.name.fi ?? null;
  },
};
