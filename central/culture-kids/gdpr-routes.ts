import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { gdprExport, type GdprRows } from '../../domain/culture-kids/gdpr-export.ts';
import { CULTURE_KIDS_PERMISSIONS } from '../../domain/culture-kids/vocabulary.ts';
import { canOnCohort } from '../../domain/roles.ts';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import { isStorableText } from '../../domain/text.ts';
import type { Db, Queryable } from '../db/db.ts';
import { currentUser } from '../http/auth.ts';
import { sendError } from '../http/errors.ts';
import { records, rowsBy } from './rows.ts';

const Params = z.object({ guardianId: z.string().min(1).max(200).refine(isStorableText) });

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
 * guardian has children in.
 */
export function cultureKidsGdprRoutes(app: FastifyInstance, db: Db): void {
  app.get(`${API_PREFIX}/culture-kids/guardians/:guardianId/gdpr-export`, async (request, reply) => {
    const params = Params.safeParse(request.params);
    if (!params.success) return sendError(reply, 400, 'bad_request', 'The guardian id is not one the registry could hold.');
    const user = currentUser(request);
    const rows = await guardianRows(db, params.data.guardianId);
    if (rows.guardians.length === 0) return sendError(reply, 404, 'not_found', `No guardian ${params.data.guardianId}.`);
    const denied = rows.guardians.find((g) => !canOnCohort(user.grants, CULTURE_KIDS_PERMISSIONS.viewFamilies, g.cohortId));
    if (denied) return sendError(reply, 403, 'forbidden', 'Exporting a family needs the right to view families in each of its cohorts.');
    return { guardianId: params.data.guardianId, exportedAt: new Date().toISOString(), ...gdprExport(params.data.guardianId, rows) };
  });
}
