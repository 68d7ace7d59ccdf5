import type { FastifyReply } from 'fastify';
import type { ErrorCode } from '../../domain/errors.ts';
import { sendError } from './errors.ts';

/** 429 with `Retry-After` (seconds) and the same figure in the body, for clients that read only JSON. */
export function sendTooMany(reply: FastifyReply, code: Extract<ErrorCode, `too_many_${string}`>, retryAfterSeconds: number, message: string) {
  void reply.header('retry-after', String(retryAfterSeconds));
  return sendError(reply, 429, code, message, { retryAfterSeconds });
}
