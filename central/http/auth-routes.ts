import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX, LoginRequest } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { dummyPasswordHash } from '../auth/passwords.ts';
import { logout } from '../auth/sessions.ts';
import { signIn, type SignInOptions } from '../auth/sign-in.ts';
import { bearerToken } from './auth.ts';
import { sendError } from './errors.ts';
import { sendTooMany } from './too-many.ts';

export function authRoutes(app: FastifyInstance, db: Db, options: SignInOptions): void {
  // Made now, so the first unknown user name does not pay for it (and stand out by its time).
  void dummyPasswordHash();

  app.post(`${API_PREFIX}/auth/login`, async (request, reply) => {
    const parsed = LoginRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'bad_request', z.prettifyError(parsed.error));
    const outcome = await signIn(db, { ...parsed.data, address: request.ip }, options);
    switch (outcome.kind) {
      case 'throttled':
        return sendTooMany(reply, 'too_many_attempts', outcome.retryAfterSeconds, `Too many sign-in attempts: try again in ${outcome.retryAfterSeconds} s.`);
      case 'invalid_credentials':
        return sendError(reply, 401, 'invalid_credentials', 'Wrong username or password.');
      case 'signed_in':
        return outcome.session;
    }
  });

  // Logging out twice, or with an expired token, is still a logout.
  app.post(`${API_PREFIX}/auth/logout`, async (request, reply) => {
    const token = bearerToken(request);
    if (token) await logout(db, token);
    return reply.code(204).send();
  });
}
