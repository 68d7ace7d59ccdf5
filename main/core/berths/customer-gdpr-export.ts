import { z } from 'zod';
import type { CustomerGdprExportInput } from '../../../domain/berths/customer-gdpr-export.ts';
import type { ExportedFile } from '../../../domain/contract.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { can } from '../../../domain/roles.ts';
import { API_PREFIX, type StaffUser } from '../../../domain/sync/protocol.ts';
import { saveJsonExport } from '../files/json-export-file.ts';
import { failureFromStatus, failureFromThrown } from '../sync/central-failure.ts';

const TIMEOUT_MS = 15_000;
/** The central's answer (central/berths/customer-gdpr-routes.ts): checked for its frame, kept whole. */
const CustomerExport = z.object({ customerId: z.string(), exportedAt: z.string(), customer: z.record(z.string(), z.unknown()) }).loose();

export interface CustomerGdprExportContext {
  dataDir: string;
  centralUrl: string;
  /** The user's session token; null: sign in again. */
  token: string | null;
  user: StaffUser | null;
  now: Date;
}

/** What the central answered, or why it did not: the user's own session, read live (nothing of it is cached). */
async function fetchCustomerExport(ctx: CustomerGdprExportContext & { token: string }, input: z.output<typeof CustomerGdprExportInput>): Promise<Result<z.infer<typeof CustomerExport>>> {
  const why = new URLSearchParams({ purpose: input.purpose, ...(input.purposeText ? { purposeText: input.purposeText } : {}) });
  const path = `${API_PREFIX}/berths/customers/${encodeURIComponent(input.customerId)}/gdpr-export?${why}`;
  const url = `${ctx.centralUrl.replace(/\/+$/, '')}${path}`;
  const answer = await fetch(url, { headers: { accept: 'application/json', authorization: `Bearer ${ctx.token}` }, signal: AbortSignal.timeout(TIMEOUT_MS) }).then(
    async (res) => ({ res, text: await res.text() }),
    (err: unknown) => failureFromThrown(err, path, TIMEOUT_MS),
  );
  if (!('res' in answer)) return fail(answer.code, answer.message);
  if (!answer.res.ok) {
    const failure = failureFromStatus(answer.res.status, answer.text, path, answer.res.headers.get('retry-after'));
    return fail(failure.code, failure.message);
  }
  const parsed = CustomerExport.safeParse(JSON.parse(answer.text || 'null'));
  return parsed.success ? ok(parsed.data) : fail('internal', `The central's customer export is not in the expected shape: ${answer.text.slice(0, 120)}`);
}

/**
 * berths.customerGdprExport (decision 51): everything the berth workspace holds about a customer,
 * fetched online from the central (which holds more than any desk: its outbox, payments, other
 * desks' unsent work never reaches it) and saved as a JSON file in the user's exports folder,
 * delivered like every export. The central audits the read with its purpose before it answers; a
 * refused fetch leaves no file. Only the berth service's main users may.
 */
export async function answerCustomerGdprExport(input: z.output<typeof CustomerGdprExportInput>, ctx: CustomerGdprExportContext): Promise<Result<ExportedFile>> {
  if (!ctx.user) return fail('not_signed_in', 'Sign in first.');
  if (!can(ctx.user.roles, 'berths.customers.gdpr')) return fail('forbidden', "A customer's GDPR export is for the berth service's main users.");
  if (!ctx.token) return fail('unauthorized', 'Sign in again to read from the central.');
  let fetched: Result<z.infer<typeof CustomerExport>>;
  try {
    fetched = await fetchCustomerExport({ ...ctx, token: ctx.token }, input);
  } catch {
    return fail('internal', "The central's customer export is not JSON.");
  }
  if (!fetched.ok) return fetched;
  return ok(saveJsonExport(ctx.dataDir, ctx.user.id, 'customer-gdpr-export', fetched.value, 1, ctx.now));
}
