import { z } from 'zod';
import type { CaughtMessage } from '../../domain/contract.ts';
import { fail, ok, type Result } from '../../domain/result.ts';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import { failureFromStatus, failureFromThrown } from './sync/central-failure.ts';

/** The central's page of caught messages (central/notifications/caught-routes.ts). */
const CaughtPage = z.object({
  messages: z.array(
    z.object({
      seq: z.number().int(),
      recipients: z.array(z.string()),
      subject: z.string(),
      body: z.string(),
      caughtAt: z.string(),
    }),
  ),
});

const PATH = `${API_PREFIX}/notifications/caught`;
const TIMEOUT_MS = 15_000;

/**
 * The messages the demo catcher took instead of real recipients, newest first, read live from the
 * central with the user's session (they are not synced). Only a demo central has the endpoint:
 * elsewhere it answers 404, which is an empty list, not an error.
 */
export async function fetchCaughtMessages(centralUrl: string, token: string): Promise<Result<CaughtMessage[]>> {
  let res: Response;
  let text: string;
  try {
    res = await fetch(`${centralUrl.replace(/\/+$/, '')}${PATH}`, { headers: { accept: 'application/json', authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    text = await res.text();
  } catch (err) {
    const failure = failureFromThrown(err, PATH, TIMEOUT_MS);
    return fail(failure.code, failure.message);
  }
  if (res.status === 404) return ok([]);
  if (!res.ok) {
    const failure = failureFromStatus(res.status, text, PATH, res.headers.get('retry-after'));
    return fail(failure.code, failure.message);
  }
  let page: z.infer<typeof CaughtPage>;
  try {
    page = CaughtPage.parse(JSON.parse(text));
  } catch {
    return fail('internal', `The central's caught messages are not in the expected shape: ${text.slice(0, 120)}`);
  }
  return ok(page.messages.map((m) => ({ id: String(m.seq), to: m.recipients.join(', '), subject: m.subject, text: m.body, caughtAt: m.caughtAt })));
}
