import { describe, expect, it } from 'vitest';
import type { WinterApplicationDetail } from '../../../../../domain/berths/winter-contract.ts';
import type { WinterApplication, WinterLease } from '../../../../../domain/berths/winter-entities.ts';
import { winterActions } from './winter-actions.ts';

const application = (areaType: 'marked' | 'unmarked', status: WinterApplication['status']): WinterApplication => ({
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'TS26-000001',
  areaType,
  status,
  receivedAt: '2026-08-01T09:00:00.000Z',
  winter: 2026,
  customerId: '00000000-0000-4000-8000-000000000002',
  boatId: null,
  applicant: { firstName: 'Aili', lastName: 'Koski', companyName: null, email: 'aili@example.fi', phone: '+358401234567', address: 'Rantatie 1', zipCode: '00100', municipality: 'Helsinki', language: 'fi' },
  boat: { boatType: 3, registrationNumber: 'A-123', name: 'Ilma', model: 'Terhi', length: 5.2, width: 2 },
  areaChoices: ['00000000-0000-4000-8000-000000000010'],
  storageMethod: 'on_trestles',
  trailerRegistrationNumber: null,
});

type Lease = NonNullable<WinterApplicationDetail['lease']>;
const lease = (app: WinterApplication, status: WinterLease['status'], invoice: Partial<WinterLease['invoice']>, extra: Partial<WinterLease> = {}): Lease => ({
  id: '00000000-0000-4000-8000-000000000020',
  areaType: app.areaType,
  areaId: '00000000-0000-4000-8000-000000000010',
  sectionId: '00000000-0000-4000-8000-000000000011',
  placeId: app.areaType === 'marked' ? '00000000-0000-4000-8000-000000000012' : null,
  customerId: app.customerId,
  boatId: null,
  applicationId: app.id,
  winter: 2026,
  status,
  startDate: '2026-09-15',
  endDate: '2027-06-10',
  invoice: {
    number: app.reference,
    status: 'drafted',
    lines: [{ product: 'winter_storage_unmarked', title: { fi: 'T', sv: 'T', en: 'T' }, pretaxCents: 8000, vatPercent: 25.5, totalCents: 10040 }],
    pretaxCents: 8000,
    vatCents: 2040,
    totalCents: 10040,
    dueDate: null,
    sentAt: null,
    paidAt: null,
    paidVia: null,
    invoicingType: 'online_payment',
    language: 'fi',
    ...invoice,
  },
  stickerNumber: null,
  stickerPostedOn: null,
  createdAt: '2026-08-02T09:00:00.000Z',
  createdBy: 'Aino Virtanen',
  placeLabel: { fi: 'Alue', sv: 'Område', en: 'Area' },
  pending: false,
  ...extra,
});

const only = (a: ReturnType<typeof winterActions>) => Object.entries(a).filter(([, v]) => v).map(([k]) => k);

describe('what a handler may do with a winter case', () => {
  it('allocates a place to a waiting marked application, and invoices a waiting unmarked notice', () => {
    expect(only(winterActions({ application: application('marked', 'pending'), lease: null }))).toEqual(['allocate']);
    expect(only(winterActions({ application: application('unmarked', 'pending'), lease: null }))).toEqual(['createInvoice']);
  });

  it('sends a drafted invoice, and marks a sent one paid', () => {
    const drafted = application('marked', 'offer_generated');
    expect(only(winterActions({ application: drafted, lease: lease(drafted, 'drafted', {}) }))).toEqual(['send']);
    const sent = application('marked', 'offer_sent');
    expect(only(winterActions({ application: sent, lease: lease(sent, 'offered', { status: 'offered', dueDate: '2026-10-01' }) }))).toEqual(['markPaid', 'terminate']);
  });

  it('never sends a paper invoice: it is marked paid from its draft', () => {
    const app = application('unmarked', 'offer_generated');
    expect(only(winterActions({ application: app, lease: lease(app, 'drafted', { invoicingType: 'paper_invoice' }) }))).toEqual(['markPaid']);
  });

  it('offers a new sticker and the posting for a paid unmarked lease, the posting only until it is done', () => {
    const app = application('unmarked', 'handled');
    const paid = lease(app, 'paid', { status: 'paid_man', paidAt: '2026-09-20T10:00:00.000Z', paidVia: 'elsewhere' }, { stickerNumber: 17 });
    expect(only(winterActions({ application: app, lease: paid }))).toEqual(['reassignSticker', 'markPosted', 'terminate']);
    expect(only(winterActions({ application: app, lease: { ...paid, stickerPostedOn: '2026-09-21' } }))).toEqual(['reassignSticker', 'terminate']);
  });

  it('offers only the termination once a marked lease is paid, nothing once it is terminated, nor a second lease for a handled application', () => {
    const app = application('marked', 'handled');
    const paid = lease(app, 'paid', { status: 'paid_man', paidAt: '2026-09-20T10:00:00.000Z', paidVia: 'elsewhere' });
    expect(only(winterActions({ application: app, lease: paid }))).toEqual(['terminate']);
    expect(only(winterActions({ application: app, lease: { ...paid, status: 'terminated' } }))).toEqual([]);
    expect(only(winterActions({ application: app, lease: null }))).toEqual([]);
  });
});
