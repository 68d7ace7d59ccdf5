import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffUser } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { authenticate } from '../auth/sessions.ts';
import { sendError } from './errors.ts';

const users = new WeakMap<FastifyRequest, StaffUser>();

export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** onRequest hook: a valid bearer session or 401. Roles come fresh from the users table. */
export function requireSession(db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(request);
    const user = token ? await authenticate(db, token) : null;
    if (!user) return sendError(reply, 401, 'unauthorized', 'Sign in first: the bearer token is missing, unknown or expired.');
    users.set(request, user);
  };
}

export function currentUser(request: FastifyRequest): StaffUser {
  const user = users.get(request);
  if (!user) throw new Error('requireSession did not run for this route');
  return user;
}
