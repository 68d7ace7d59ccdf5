import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { API_PREFIX, LoginRequest } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { login, logout } from '../auth/sessions.ts';
import { bearerToken } from './auth.ts';
import { sendError } from './errors.ts';

export function authRoutes(app: FastifyInstance, db: Db): void {
  app.post(`${API_PREFIX}/auth/login`, async (request, reply) => {
    const parsed = LoginRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'bad_request', z.prettifyError(parsed.error));
    const session = await login(db, parsed.data.username, parsed.data.password);
    if (!session) return sendError(reply, 401, 'invalid_credentials', 'Wrong username or password.');
    return session;
  });

  // Logging out twice, or with an expired token, is still a logout.
  app.post(`${API_PREFIX}/auth/logout`, async (request, reply) => {
    const token = bearerToken(request);
    if (token) await logout(db, token);
    return reply.code(204).send();
  });
}
