import { randomUUID } from 'node:crypto';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import { api, envelope } from './api-client.ts';

type CommandType = Parameters<typeof envelope>[0];

/**
 * Two adds pushed at once, each from a desk of its own (decision 45: the parent's lock lets
 * exactly one through): the outcome of each, sorted ('applied' or 'status:code'), and the
 * payload that lost. Throws when either push is not answered with 200.
 */
export async function racedPushes<P>(base: string, token: string, type: CommandType, a: P, b: P): Promise<{ outcomes: string[]; loser: P }> {
  const push = (payload: P) => api<PushResponse>(base, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope(type, payload, 1, null)] } });
  const results = await Promise.all([push(a), push(b)]);
  const outcomes = results.map((r) => {
    if (r.status !== 200) throw new Error(`push answered ${r.status}: ${JSON.stringify(r.body)}`);
    const result = r.body.results[0]!;
    return result.status === 'applied' ? 'applied' : `${result.status}:${result.code}`;
  });
  return { outcomes: [...outcomes].sort(), loser: outcomes[0] === 'applied' ? b : a };
}
