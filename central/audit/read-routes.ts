import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_PAGE_DEFAULT, AuditReadsQuery, type AuditReadsResponse } from '../../domain/audit/read-api.ts';
import { can, cohortsWith } from '../../domain/roles.ts';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { currentUser } from '../http/auth.ts';
import { sendError } from '../http/errors.ts';
import { listReads } from './list.ts';

/**
 * The auditors' view: who read whose personal data. Behind requireSession; `audit.read` is held per
 * cohort, so an asker sees the reads of the cohorts their grant covers (an unscoped grant: all).
 */
export function auditRoutes(app: FastifyInstance, db: Db): void {
  app.get(`${API_PREFIX}/audit/reads`, async (request, reply): Promise<AuditReadsResponse | undefined> => {
    const user = currentUser(request);
    if (!can(user.roles, 'audit.read')) return sendError(reply, 403, 'forbidden', 'Your roles may not read the audit of personal data.');
    const query = AuditReadsQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', `Bad query: ${z.prettifyError(query.error)}`);
    const q = query.data;
    const reads = await listReads(db, {
      ...(q.subjectId !== undefined ? { subjectIds: [q.subjectId] } : {}),
      ...(q.actorId !== undefined ? { actorId: q.actorId } : {}),
      ...(q.partition !== undefined ? { partition: q.partition } : {}),
      ...(q.before !== undefined ? { before: q.before } : {}),
      limit: q.limit ?? AUDIT_PAGE_DEFAULT,
      visiblePartitions: cohortsWith(user.grants, 'audit.read'),
    });
    return { reads };
  });
}
