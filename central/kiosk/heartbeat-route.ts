import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { applyHeartbeat, type HeartbeatAnswer } from '../../domain/kiosk/decide.ts';
import { Heartbeat } from '../../domain/kiosk/heartbeat.ts';
import { can } from '../../domain/roles.ts';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import { helsinkiDateOf } from '../../domain/wall-clock.ts';
import type { Db } from '../db/db.ts';
import { currentUser } from '../http/auth.ts';
import { sendError } from '../http/errors.ts';
import { sendTooMany } from '../http/too-many.ts';
import { numberChanges, writePuts } from '../sync/feed.ts';
import { FLEET_CHANGES_CHANNEL } from './heartbeat-pokes.ts';
import { HeartbeatLimiter, type HeartbeatRate } from './heartbeat-rate.ts';
import { medianHelpToday } from './help-time.ts';
import { lockTerminal } from './terminals.ts';

/**
 * POST /kiosk/heartbeat: a terminal reports (domain/kiosk/heartbeat.ts) with its own bearer
 * session. The central stamps it with its own clock and writes the terminal row through the
 * shared write path, so the staff fleet view gets it by the feed (waking only the fleet's event
 * streams); it answers whether to restart and the hours to keep. Only the terminal itself reports
 * for itself. The row also gets its service point's median help time of the day, so the kiosk's
 * wait estimate follows the desk's (it arrives with the kiosk's next pull).
 */
export function kioskHeartbeatRoute(app: FastifyInstance, db: Db, rate?: HeartbeatRate): void {
  const limiter = new HeartbeatLimiter(rate);
  app.post(`${API_PREFIX}/kiosk/heartbeat`, async (request, reply) => {
    const user = currentUser(request);
    if (!can(user.roles, 'kiosk.terminal')) return sendError(reply, 403, 'forbidden', 'Only a kiosk terminal sends heartbeats.');
    const wait = limiter.take(user.id, Date.now());
    if (wait !== null) return sendTooMany(reply, 'too_many_attempts', wait, `This terminal reports more often than it should; try again in ${wait} s.`);
    const body = Heartbeat.safeParse(request.body);
    if (!body.success) return sendError(reply, 400, 'bad_request', z.prettifyError(body.error));
    if (body.data.kioskId !== user.id) return sendError(reply, 403, 'kiosk_not_this_terminal', `The heartbeat names ${body.data.kioskId}, but this is terminal ${user.id}.`);
    const receivedAt = new Date().toISOString();
    const answer = await db.transaction(async (tx): Promise<HeartbeatAnswer | null> => {
      const terminal = await lockTerminal(tx, user.id);
      if (!terminal) return null;
      const { record, answer } = applyHeartbeat(terminal.record, body.data, receivedAt);
      const helpMinMedian = await medianHelpToday(tx, record.servicePointId, helsinkiDateOf(Date.parse(receivedAt)));
      const refused = await writePuts(tx, [{ entity: 'kiosk_terminal', id: record.id, version: terminal.version + 1, data: { ...record, helpMinMedian } }]);
      // The row is locked: nobody can have moved its version.
      if (refused) throw new Error(refused.message);
      // Only the fleet's streams are woken (heartbeat-pokes.ts).
      await numberChanges(tx, FLEET_CHANGES_CHANNEL);
      return answer;
    });
    if (!answer) return sendError(reply, 404, 'kiosk_terminal_unknown', `The terminal ${user.id} has not been set up on this central.`);
    return answer;
  });
}
