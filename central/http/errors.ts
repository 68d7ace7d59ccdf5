import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../domain/errors.ts';

/** Every non-2xx body: `{ error: { code, message } }` (ApiError in domain/sync/protocol.ts). */
export function sendError(reply: FastifyReply, status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message, ...extra } });
}

const DB_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN',
  '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006',
]);

/** The database (not the request) is the problem: the client should retry later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && DB_UNAVAILABLE_CODES.has(code)) return true;
  return typeof message === 'string' && /Connection terminated|connection timeout|Client has encountered a connection error|PGlite is closed/i.test(message);
}

/** Maps what Fastify and the database throw to the API's error bodies: bad input is never a 500. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendError(reply, 413, 'payload_too_large', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendError(reply, 415, 'bad_request', 'Send the body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendError(reply, 400, 'bad_request', 'The JSON body is empty.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return sendError(reply, 400, 'bad_request', 'The body is not valid JSON.');
    default:
      break;
  }
  if (error instanceof SyntaxError || error.validation) {
    return sendError(reply, 400, 'bad_request', 'The request could not be read.');
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendError(reply, status, status === 404 ? 'not_found' : status === 413 ? 'payload_too_large' : 'bad_request', error.message);
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    return sendError(reply, 503, 'internal', 'The database is unavailable; try again shortly.');
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendError(reply, 500, 'internal', 'Something went wrong on the central.');
}
