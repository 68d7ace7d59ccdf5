import { describe, expect, it } from 'vitest';
import type { ApplicationDetail } from '../../../../../domain/contract.ts';
import type { CustomerHit } from '../../../../../domain/berths/customer-contract.ts';
import { application, lease } from '../../../../../domain/berths/fixtures.test-support.ts';
import { canLinkCustomer, hitName } from './link-customer.ts';

const detail = (extra: Partial<ApplicationDetail['application']> = {}, offered = false): ApplicationDetail => {
  const app = application(extra);
  return {
    application: app,
    version: 3,
    queuePosition: 1,
    pendingCommands: [],
    choices: [],
    switchDetails: null,
    offer: offered ? { lease: lease('00000000-0000-4000-c000-000000000001', app.season, 'offered', { applicationId: app.id }), harbourName: null, pier: null, berthNumber: null, pending: false } : null,
    history: [],
    customerKind: 'private',
    customerName: 'Aino Virtanen',
    order: null,
  };
};

describe('linking an application to a customer, as the detail offers it', () => {
  it('is offered for a queued, unmatched or declined application with no offer', () => {
    expect(canLinkCustomer(detail({ status: 'pending' }))).toBe(true);
    expect(canLinkCustomer(detail({ status: 'no_suitable_berths' }))).toBe(true);
    expect(canLinkCustomer(detail({ status: 'declined_by_customer' }))).toBe(true);
  });

  it('is not offered while an offer is out, once decided, or for a switch', () => {
    expect(canLinkCustomer(detail({ status: 'offer_sent' }, true))).toBe(false);
    expect(canLinkCustomer(detail({ status: 'pending' }, true))).toBe(false);
    for (const status of ['handled', 'rejected', 'expired'] as const) expect(canLinkCustomer(detail({ status }))).toBe(false);
    expect(canLinkCustomer(detail({ status: 'pending', kind: 'switch' }))).toBe(false);
  });

  it('names a company hit by its company and a private one by the person', () => {
    const hit: CustomerHit = { id: 'x', kind: 'company', firstName: 'Matti', lastName: 'Meri', companyName: 'Meri Oy', email: '', municipality: '', matched: [] };
    expect(hitName(hit)).toBe('Meri Oy');
    expect(hitName({ ...hit, kind: 'private', companyName: 'Old Oy' })).toBe('Matti Meri');
  });
});
