import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { can, unitsWith } from '../../domain/roles.ts';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { currentUser } from '../http/auth.ts';
import { sendError } from '../http/errors.ts';
import { unitDirectory } from '../sync/user-scopes.ts';
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
 * The demo catcher's messages for staff, newest first. They hold customers' names and addresses,
 * so each reader sees only the messages of cases they may read: a booking's to the readers of its
 * unit, the rest to the berth case readers. Behind requireSession.
 */
export function caughtRoutes(app: FastifyInstance, db: Db): void {
  app.get(`${API_PREFIX}/notifications/caught`, async (request, reply) => {
    const user = currentUser(request);
    const otherWorkspaces = can(user.roles, 'berths.cases.read');
    const bookings = can(user.roles, 'bookings.reservations.read');
    if (!otherWorkspaces && !bookings) return sendError(reply, 403, 'forbidden', 'Caught messages hold customers\' contact details; your roles may not read them.');
    const query = CaughtQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', `Bad query: ${z.prettifyError(query.error)}`);
    const bookingUnits = bookings ? unitsWith(user.grants, 'bookings.reservations.read', (await unitDirectory(db)).groups) : [];
    return listCaught(db, { before: query.data.before, limit: query.data.limit ?? CAUGHT_PAGE_DEFAULT, reader: { otherWorkspaces, bookingUnits } });
  });
}
