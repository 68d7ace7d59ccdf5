import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { customerGdprExport } from '../../domain/berths/customer-gdpr-export.ts';
import { Uuid } from '../../domain/berths/record-primitives.ts';
import { PURPOSE_TEXT_MAX, ReadPurpose } from '../../domain/audit/entry.ts';
import { can } from '../../domain/roles.ts';
import { API_PREFIX } from '../../domain/sync/protocol.ts';
import { isStorableText } from '../../domain/text.ts';
import { recordCentralRead } from '../audit/record.ts';
import type { Db } from '../db/db.ts';
import { currentUser } from '../http/auth.ts';
import { sendError } from '../http/errors.ts';
import { loadCustomerGdprRows } from './customer-gdpr-rows.ts';

const Params = z.object({ customerId: Uuid });
/** Why the export is made, as the main user told their desk: the export's one audit entry carries it. */
const Query = z
  .object({ purpose: ReadPurpose.default('gdpr_request'), purposeText: z.string().trim().min(1).max(PURPOSE_TEXT_MAX).refine(isStorableText).optional() })
  .strict()
  .refine((q) => q.purpose !== 'other' || q.purposeText !== undefined);

/** The route's path, for the desk that fetches it. */
export const customerGdprExportPath = (customerId: string) => `${API_PREFIX}/berths/customers/${encodeURIComponent(customerId)}/gdpr-export`;

/**
 * GET /berths/customers/:customerId/gdpr-export: the GDPR export of one berth customer as JSON
 * (domain/berths/customer-gdpr-export.ts), for the berth service's main users
 * (`berths.customers.gdpr`, decision 51). The read is audited, with the purpose the desk passes, in
 * the transaction that reads the rows, so no export leaves without its entry.
 */
export function customerGdprRoutes(app: FastifyInstance, db: Db): void {
  app.get(`${API_PREFIX}/berths/customers/:customerId/gdpr-export`, async (request, reply) => {
    const user = currentUser(request);
    if (!can(user.roles, 'berths.customers.gdpr')) return sendError(reply, 403, 'forbidden', "A customer's GDPR export is for the berth service's main users.");
    const params = Params.safeParse(request.params);
    if (!params.success) return sendError(reply, 400, 'bad_request', 'The customer id is not one the register could hold.');
    const query = Query.safeParse(request.query);
    if (!query.success) return sendError(reply, 400, 'bad_request', 'The purpose must be one of the audit purposes, with a short text (required for "other").');
    const { customerId } = params.data;
    const exported = await db.transaction(async (tx) => {
      const rows = await loadCustomerGdprRows(tx, customerId);
      if (!rows) return null;
      await recordCentralRead(tx, {
        actor: { id: user.id, name: user.name },
        subjectKind: 'gdpr_export',
        subjectIds: [customerId],
        workspace: 'berths',
        partition: null,
        purpose: query.data.purpose,
        purposeText: query.data.purposeText ?? null,
        detail: null,
      });
      return customerGdprExport(rows);
    });
    if (!exported) return sendError(reply, 404, 'not_found', `No customer ${customerId}.`);
    return { customerId, exportedAt: new Date().toISOString(), exportedBy: user.name, ...exported };
  });
}
