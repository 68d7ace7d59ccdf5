import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrintPdfInput, type ParsedInput } from '../../../../domain/contract.ts';
import type { Customer } from '../../../../domain/berths/entities.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterSection } from '../../../../domain/berths/winter-entities.ts';
import type { StaffUser } from '../../../../domain/sync/protocol.ts';
import { customer, HANDLER, put, SUPERVISOR, tempCache, uid } from '../../berths/testing/index.ts';
import { exportsFolder } from '../export-folder.ts';
import { answerFiles, type FilesContext } from '../file-service.ts';
import { pdfPageTexts } from '../testing/pdf-text.ts';

const NOW = new Date('2026-10-05T10:00:00+03:00');
const PURU: WinterArea = {
  id: uid(20, 1), name: { fi: 'Puru', sv: 'Spån', en: 'Puru' }, streetAddress: 'Purutie 1', zipCode: '00200', region: 'west', location: null, estimatedUnmarkedSpaces: 120,
  price: { centsPerM2: 1000, vatPercent: 25.5 },
};
const SECTION: WinterSection = { id: uid(21, 1), areaId: PURU.id, identifier: '-', services: [] };

/** A paid unmarked notice with its sticker, in the customer's language. */
function stickered(n: number, firstName: string, lastName: string, language: Customer['language'], extra: Partial<WinterLease> = {}) {
  const c: Customer = { ...customer(uid(5, n), firstName, lastName), language };
  const application: WinterApplication = {
    id: uid(23, n), reference: `TS26-${String(n).padStart(6, '0')}`, areaType: 'unmarked', status: 'handled', receivedAt: '2026-08-01T09:00:00+03:00', winter: 2026, customerId: c.id, boatId: null,
    applicant: { firstName, lastName, companyName: null, email: c.email, phone: c.phone, address: `Rantatie ${n}`, zipCode: '00990', municipality: 'Helsinki', language },
    boat: { boatType: 3, registrationNumber: `W-${n}${n}${n}`, name: 'Kuutti', model: 'Terhi 450', length: 6, width: 2 },
    areaChoices: [PURU.id], storageMethod: 'on_trestles', trailerRegistrationNumber: null,
  };
  const lease: WinterLease = {
    id: uid(24, n), areaType: 'unmarked', areaId: PURU.id, sectionId: SECTION.id, placeId: null, customerId: c.id, boatId: null, applicationId: application.id, winter: 2026, status: 'paid',
    startDate: '2026-09-15', endDate: '2027-06-10',
    invoice: {
      number: application.reference, status: 'paid_man', lines: [{ product: 'winter_storage_unmarked', title: { fi: 'x', sv: 'x', en: 'x' }, pretaxCents: 9562, vatPercent: 25.5, totalCents: 12000 }],
      pretaxCents: 9562, vatCents: 2438, totalCents: 12000, dueDate: '2026-09-01', sentAt: '2026-08-20T10:00:00+03:00', paidAt: '2026-08-25T10:00:00+03:00', paidVia: 'elsewhere', invoicingType: 'online_payment', language,
    },
    stickerNumber: n, stickerPostedOn: null, createdAt: '2026-08-20T10:00:00+03:00', createdBy: 'Aino', ...extra,
  };
  return { customer: c, application, lease };
}

const LAINE = stickered(5, 'Liisa', 'Laine', 'fi');
const OBERG = stickered(6, 'Åsa', 'Öberg', 'sv');
const POSTED = stickered(7, 'Pekka', 'Posti', 'fi', { stickerPostedOn: '2026-09-01' });
const SENT = stickered(8, 'Ulla', 'Uusi', 'en', { status: 'offered', stickerNumber: null, invoice: { ...LAINE.lease.invoice, status: 'offered', paidAt: null, paidVia: null, language: 'en' } });
const UNPAID = { ...SENT, application: { ...SENT.application, status: 'offer_sent' as const } };

let t: ReturnType<typeof tempCache>;
let dataDir: string;
beforeEach(() => {
  t = tempCache();
  const all = [LAINE, OBERG, POSTED, UNPAID];
  t.cache.applyChanges(
    [
      put('winter_area', PURU), put('winter_section', SECTION),
      ...all.map((x) => put('customer', x.customer)), ...all.map((x) => put('winter_application', x.application)), ...all.map((x) => put('winter_lease', x.lease)),
    ],
    'c1',
  );
  dataDir = mkdtempSync(path.join(tmpdir(), 'kuva-stickers-'));
});
afterEach(() => {
  t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

const ctx = (user: StaffUser = HANDLER): FilesContext => ({ dataDir, active: { user, cache: t.cache }, now: NOW });
const print = (params: Record<string, unknown>, user: StaffUser = HANDLER, language: 'fi' | 'sv' | 'en' = 'fi') =>
  answerFiles('files.printPdf', PrintPdfInput.parse({ documentId: 'berths.stickerLetters', params, language }) as ParsedInput<'files.printPdf'>, ctx(user));

async function pagesOf(params: Record<string, unknown>) {
  const r = await print(params);
  if (!r.ok) throw new Error(r.error.message);
  const pages = await pdfPageTexts(readFileSync(path.join(exportsFolder(dataDir, HANDLER.id), r.value.name)));
  return { rows: r.value.rows, pages };
}

describe('berths.stickerLetters printout', () => {
  it('prints one letter a page for every sticker not yet posted, addressed and in the customer’s language', async () => {
    const { rows, pages } = await pagesOf({});
    expect(rows).toBe(2);
    expect(pages).toHaveLength(2);
    const [fi, sv] = pages as [string, string];
    for (const text of ['Liisa Laine', 'Rantatie 5', '00990 Helsinki', 'Talvisäilytystarra Puru 2026–2027', 'Nro 5', 'W-555', 'Kiinnittäkää tarra veneeseen', 'venepaikat@hel.fi', 'Tunnus TS26-000005', '5. lokakuuta 2026']) {
      expect(fi).toContain(text);
    }
    for (const text of ['Åsa Öberg', 'Rantatie 6', 'Vinterförvaringsdekal Spån 2026–2027', 'Nr 6', 'W-666', 'Fäst dekalen på båten', 'venepaikat@hel.fi', 'Helsingfors stad']) {
      expect(sv).toContain(text);
    }
    // Neither the posted letter nor the unpaid notice, and no running page numbers on a customer's letter.
    expect(pages.join('\n')).not.toMatch(/Pekka Posti|Ulla Uusi|sivu \d/);
  });

  it('prints only the letters chosen, for the winter asked for', async () => {
    const { pages } = await pagesOf({ winter: 2026, leaseIds: [OBERG.lease.id, POSTED.lease.id] });
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('Åsa Öberg');
  });

  it('refuses clearly when nothing is to be printed, and leaves a number decided on this desk alone until the central confirms it', async () => {
    expect(await print({ winter: 2025 })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'No sticker letter of the winter 2025–2026 waits to be posted.' } });
    expect(await print({ leaseIds: [POSTED.lease.id] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('among the ones chosen') } });

    const paid = t.cache.handle('berths.markWinterInvoicePaid', { leaseId: UNPAID.lease.id }, HANDLER, NOW);
    expect(paid.ok).toBe(true);
    expect(await print({ leaseIds: [UNPAID.lease.id] })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringContaining('sync first') } });
    expect((await pagesOf({})).pages).toHaveLength(2);
  });

  it('is for those who handle the cases, and checks its input', async () => {
    expect(await print({}, SUPERVISOR)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await print({ winter: 'next' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await print({ leaseIds: [] })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});
