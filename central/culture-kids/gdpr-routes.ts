import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { gdprExport, type GdprRows } from '../../domain/culture-kids/gdpr-export.ts';
import { CULTURE_KIDS_PERMISSIONS } from '../../domain/culture-kids/vocabulary.ts';
import { canOnCohort } from '../../domain/roles.ts';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import { PURPOSE_TEXT_MAX, ReadPurpose, SubjectId } from '../../domain/audit/entry.ts';
import { isStorableText } from '../../domain/text.ts';
import { recordCentralReads } from '../audit/record.ts';
import type { Db, Queryable } from '../db/db.ts';
import { currentUser } from '../http/auth.ts';
import { sendError } from '../http/errors.ts';
import { records, rowsBy } from './rows.ts';

const Params = z.object({ guardianId: z.string().min(1).max(200).refine(isStorableText) });
/** Why the export is made, as the person told their desk: the one audit entry of the export carries it. */
const Query = z
  .object({ purpose: ReadPurpose.default('gdpr_request'), purposeText: z.string().trim().min(1).max(PURPOSE_TEXT_MAX).refine(isStorableText).optional() })
  .strict();

/** Every row about the guardian and their children, in every cohort they are in. */
export async function guardianRows(db: Queryable, guardianId: string): Promise<GdprRows> {
  const guardians = records(await rowsBy(db, 'ck_guardian', 'guardian_id', [guardianId]));
  const guardianships = records(await rowsBy(db, 'ck_guardianship', 'guardian_id', [guardianId]));
  const childIds = guardianships.map((l) => l.childId);
  const enrolments = records(await rowsBy(db, 'ck_enrolment', 'child_id', childIds));
  const subscriptions = records(await rowsBy(db, 'ck_free_spot_subscription', 'child_id', childIds));
  const occurrences = records(await rowsBy(db, 'ck_occurrence', 'id', [...enrolments.flatMap((e) => (e.occurrenceId ? [e.occurrenceId] : [])), ...subscriptions.map((s) => s.occurrenceId)]));
  return {
    guardians,
    contacts: records(await rowsBy(db, 'ck_guardian_contact', 'guardian_id', [guardianId])),
    guardianships,
    children: records(await rowsBy(db, 'ck_child', 'id', childIds)),
    notes: records(await rowsBy(db, 'ck_child_notes', 'child_id', childIds)),
    enrolments,
    subscriptions,
    codes: records(await rowsBy(db, 'ck_ticket_code', 'id', enrolments.flatMap((e) => (e.ticketCodeId ? [e.ticketCodeId] : [])))),
    events: records(await rowsBy(db, 'ck_event', 'id', [...new Set([...enrolments.map((e) => e.eventId), ...subscriptions.map((s) => s.eventId)])])),
    occurrences,
    venues: records(await rowsBy(db, 'ck_venue', 'id', occurrences.map((o) => o.venueId))),
  };
}

/**
 * GET /culture-kids/guardians/:guardianId/gdpr-export: the GDPR export of one guardian as JSON
 * (domain/culture-kids/gdpr-export.ts), for staff with "view families" on every cohort the
 * guardian has children in. The central records the read, with the purpose the desk passes, before
 * the data leaves; the desk records nothing of its own, so one export is one entry per cohort.
 */
export function cultureKidsGdprRoutes(app: FastifyInstance, db: Db): void {
  app.get(`${API_PREFIX}/culture-kids/guardians/:guardianId/gdpr-export`, async (request, reply) => {
    const params = Params.safeParse(request.params);
    if (!params.success) return sendError(reply, 400, 'bad_request', 'The guardian id is not one the registry could hold.');
    const query = Query.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', 'The purpose must be one of the audit purposes, with at most a short text.');
    const user = currentUser(request);
    const rows = await guardianRows(db, params.data.guardianId);
    if (rows.guardians.length === 0) return sendError(reply, 404, 'not_found', `No guardian ${params.data.guardianId}.`);
    const denied = rows.guardians.find((g) => !canOnCohort(user.grants, CULTURE_KIDS_PERMISSIONS.viewFamilies, g.cohortId));
    if (denied) return sendError(reply, 403, 'forbidden', 'Exporting a family needs the right to view families in each of its cohorts.');
    // The export is a read of the whole family: audited per cohort before it leaves.
    const subjects = (cohortId: string) =>
      [params.data.guardianId, ...rows.children.filter((c) => c.cohortId === cohortId).map((c) => c.id)].filter((id) => SubjectId.safeParse(id).success);
    await recordCentralReads(
      db,
      [...new Set(rows.guardians.map((g) => g.cohortId))].map((cohortId) => ({
        actor: { id: user.id, name: user.name },
        subjectKind: 'gdpr_export' as const,
        subjectIds: subjects(cohortId).slice(0, 200),
        workspace: 'culture-kids',
        partition: cohortId,
        purpose: query.data.purpose,
        purposeText: query.data.purposeText ?? null,
        detail: null,
      })),
    );
    return { guardianId: params.data.guardianId, exportedAt: new Date().toISOString(), ...gdprExport(params.data.guardianId, rows) };
  });
}
