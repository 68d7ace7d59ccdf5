import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { currentUser } from '../http/auth.ts';
import { sendError } from '../http/errors.ts';
import { listCaught } from './caught-store.ts';

export const CAUGHT_PAGE_DEFAULT = 50;
export const CAUGHT_PAGE_MAX = 200;

const CaughtQuery = z
  .object({
    before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    limit: z.coerce.number().int().min(1).max(CAUGHT_PAGE_MAX).optional(),
  })
  .strict();

/**
 * The demo catcher's messages for staff, newest first. Customers' addresses are in them, so a
 * customer terminal (kiosk) may not read them. Registered behind requireSession.
 */
export function caughtRoutes(app: FastifyInstance, db: Db): void {
  app.get(`${API_PREFIX}/notifications/caught`, async (request, reply) => {
    if (currentUser(request).roles.every((role) => role === 'kiosk')) return sendError(reply, 403, 'forbidden', 'A customer terminal may not read caught messages.');
    const query = CaughtQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', `Bad query: ${z.prettifyError(query.error)}`);
    return listCaught(db, { before: query.data.before, limit: query.data.limit ?? CAUGHT_PAGE_DEFAULT });
  });
}
