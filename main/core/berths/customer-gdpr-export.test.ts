import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import { PRIVATE_FILE_MODE } from '../db/private-files.ts';
import { exportsFolder } from '../files/export-folder.ts';
import { answerCustomerGdprExport, type CustomerGdprExportContext } from './customer-gdpr-export.ts';
import { HANDLER, SUPERVISOR, uid } from './testing/fixtures.ts';

const SANNA: StaffUser = { id: 'u-sanna', name: 'Sanna Nieminen', roles: ['berth_services'], grants: [] };
const TOKEN = 'sanna-session';
const CUSTOMER = uid(9, 1);
/** The central refuses this one as it refuses a role taken away since sign-in. */
const REFUSED = uid(9, 2);
/** The central answers this one with something that is not an export. */
const GARBLED = uid(9, 3);
/** The central fails on this one (a 5xx). */
const BROKEN = uid(9, 4);
const NOW = new Date('2026-12-03T10:00:00Z');

/** The central's answer for CUSTOMER, as central/berths/customer-gdpr-routes.ts shapes it; many messages, so the file is not one write's worth. */
const EXPORT = {
  customerId: CUSTOMER,
  exportedAt: '2026-12-03T10:00:00.000Z',
  exportedBy: 'Sanna Nieminen',
  customer: { id: CUSTOMER, firstName: 'Maija', lastName: 'Meriläinen', email: 'maija@example.fi', phone: '+358 40 555 0101' },
  boats: [{ id: uid(9, 10), registrationNumber: 'B-77123', name: 'Meriharakka', certificates: [] }],
  applications: [],
  messages: Array.from({ length: 3000 }, (_, i) => ({ template: 'berths.customer_message', channel: 'email', recipient: 'maija@example.fi', createdAt: '2026-11-30T09:00:00.000Z', sentAt: null, state: 'queued', n: i })),
};

/**
 * A real HTTP server in the central's place, answering its GDPR export route with the central's
 * statuses and error bodies, and keeping what each request asked. The central's own route and
 * rules are tested over HTTP in central/berths/customer-gdpr-routes.test.ts (the core may not
 * import the central), the whole way through in e2e/browser/customer-gdpr.spec.ts.
 */
let central: Server;
let centralUrl: string;
const asked: { path: string; query: Record<string, string>; authorization: string | undefined }[] = [];
const error = (code: string, message: string) => JSON.stringify({ error: { code, message } });

function answer(req: IncomingMessage): { status: number; body: string } {
  const url = new URL(req.url ?? '/', 'http://central');
  asked.push({ path: url.pathname, query: Object.fromEntries(url.searchParams), authorization: req.headers.authorization });
  if (req.headers.authorization !== `Bearer ${TOKEN}`) return { status: 401, body: error('unauthorized', 'Sign in again.') };
  const match = /^\/api\/v1\/berths\/customers\/([^/]+)\/gdpr-export$/.exec(url.pathname);
  if (req.method !== 'GET' || !match) return { status: 404, body: error('not_found', 'No such route.') };
  const id = decodeURIComponent(match[1]!);
  if (id === CUSTOMER) return { status: 200, body: JSON.stringify(EXPORT) };
  if (id === REFUSED) return { status: 403, body: error('forbidden', "A customer's GDPR export is for the berth service's main users.") };
  if (id === GARBLED) return { status: 200, body: '<html>Bad gateway</html>' };
  if (id === BROKEN) return { status: 500, body: error('internal', 'Something broke.') };
  return { status: 404, body: error('not_found', `No customer ${id}.`) };
}

beforeAll(async () => {
  central = createServer((req, res) => {
    const { status, body } = answer(req);
    res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => central.listen(0, '127.0.0.1', resolve));
  centralUrl = `http://127.0.0.1:${(central.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => central.close(() => resolve())));

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-berth-gdpr-'));
  asked.length = 0;
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const ctx = (over: Partial<CustomerGdprExportContext> = {}): CustomerGdprExportContext => ({ dataDir, centralUrl, token: TOKEN, user: SANNA, now: NOW, ...over });
/** Every file in the user's exports folder, finished or half-written. */
const files = (user: StaffUser = SANNA) => (existsSync(exportsFolder(dataDir, user.id)) ? readdirSync(exportsFolder(dataDir, user.id)) : []);

describe('berths.customerGdprExport on the desk', () => {
  it("writes the central's export whole into the user's exports folder: one private JSON file holding the customer", async () => {
    const r = await answerCustomerGdprExport({ customerId: CUSTOMER, purpose: 'other', purposeText: 'Tietosuojavaltuutetun pyyntö' }, ctx());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ rows: 1, mediaType: 'application/json', name: expect.stringMatching(/^customer-gdpr-export-20261203-120000-[0-9a-f]{8}\.json$/) });
    // Written under a temporary name and renamed: nothing half-written is left beside it.
    expect(files()).toEqual([r.value.name]);
    const file = path.join(exportsFolder(dataDir, SANNA.id), r.value.name);
    expect(statSync(file).size).toBe(r.value.size);
    expect(statSync(file).mode & 0o777).toBe(PRIVATE_FILE_MODE);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(EXPORT);
    // Asked once, with the user's own session and the purpose the central audits.
    expect(asked).toEqual([{ path: `/api/v1/berths/customers/${CUSTOMER}/gdpr-export`, query: { purpose: 'other', purposeText: 'Tietosuojavaltuutetun pyyntö' }, authorization: `Bearer ${TOKEN}` }]);
  });

  it('asks for a GDPR request when no purpose is given, and a second export is a file of its own', async () => {
    const first = await answerCustomerGdprExport({ customerId: CUSTOMER, purpose: 'gdpr_request' }, ctx());
    const second = await answerCustomerGdprExport({ customerId: CUSTOMER, purpose: 'gdpr_request' }, ctx());
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(files().sort()).toEqual([first.value.name, second.value.name].sort());
    expect(asked.map((a) => a.query)).toEqual([{ purpose: 'gdpr_request' }, { purpose: 'gdpr_request' }]);
  });

  it("is refused on the desk to anyone but berth services, to nobody signed in and without a session, asking nothing of the central and leaving no file", async () => {
    for (const user of [HANDLER, SUPERVISOR]) {
      const r = await answerCustomerGdprExport({ customerId: CUSTOMER, purpose: 'gdpr_request' }, ctx({ user }));
      expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('main users') });
      expect(files(user)).toEqual([]);
    }
    const nobody = await answerCustomerGdprExport({ customerId: CUSTOMER, purpose: 'gdpr_request' }, ctx({ user: null }));
    expect(!nobody.ok && nobody.error.code).toBe('not_signed_in');
    const noSession = await answerCustomerGdprExport({ customerId: CUSTOMER, purpose: 'gdpr_request' }, ctx({ token: null }));
    expect(!noSession.ok && noSession.error.code).toBe('unauthorized');
    expect(asked).toEqual([]);
    expect(files()).toEqual([]);
  });

  it("passes the central's refusals on as clear errors and leaves no file: an unknown customer, a refused role, an expired session", async () => {
    const unknown = uid(9, 99);
    const missing = await answerCustomerGdprExport({ customerId: unknown, purpose: 'gdpr_request' }, ctx());
    expect(!missing.ok && missing.error).toEqual({ code: 'not_found', message: `No customer ${unknown}.` });
    const refused = await answerCustomerGdprExport({ customerId: REFUSED, purpose: 'gdpr_request' }, ctx());
    expect(!refused.ok && refused.error).toEqual({ code: 'forbidden', message: "A customer's GDPR export is for the berth service's main users." });
    const expired = await answerCustomerGdprExport({ customerId: CUSTOMER, purpose: 'gdpr_request' }, ctx({ token: 'expired' }));
    expect(!expired.ok && expired.error).toEqual({ code: 'unauthorized', message: 'Sign in again.' });
    expect(asked).toHaveLength(3);
    expect(files()).toEqual([]);
  });

  it('says the central cannot be reached when nothing answers or it fails, and that an answer is not an export when it is none, leaving no file', async () => {
    // Nothing listens on port 9: the fetch fails at once.
    const away = await answerCustomerGdprExport({ customerId: CUSTOMER, purpose: 'gdpr_request' }, ctx({ centralUrl: 'http://127.0.0.1:9' }));
    expect(!away.ok && away.error).toMatchObject({ code: 'central_unreachable', message: expect.stringContaining('cannot be reached') });
    const broken = await answerCustomerGdprExport({ customerId: BROKEN, purpose: 'gdpr_request' }, ctx());
    expect(!broken.ok && broken.error.code).toBe('central_unreachable');
    const garbled = await answerCustomerGdprExport({ customerId: GARBLED, purpose: 'gdpr_request' }, ctx());
    expect(!garbled.ok && garbled.error).toMatchObject({ code: 'internal', message: expect.stringContaining('not JSON') });
    expect(files()).toEqual([]);
  });
});
