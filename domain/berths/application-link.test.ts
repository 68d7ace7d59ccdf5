import { describe, expect, it } from 'vitest';
import { BERTH_DECIDERS, type BerthCommandState } from './decide.ts';
import { COMMANDS } from '../workspaces.ts';
import type { Application, ApplicationEvent, ApplicationStatus, Boat } from './entities.ts';
import { APPLICATION_STATUSES } from './record-primitives.ts';
import { EDITABLE_BY_STATUS } from './application-edit-schema.ts';
import { application, commandContext, customer, lease } from './fixtures.test-support.ts';

const OLD = '00000000-0000-4000-b000-000000000001';
const NEW = '00000000-0000-4000-b000-000000000002';
const BOAT = '00000000-0000-4000-c000-000000000001';
const THEIR_BOAT = '00000000-0000-4000-c000-000000000002';

const ctx = commandContext;

const boat = (id: string, customerId: string, registrationNumber: string): Boat => ({
  id, customerId, boatType: 3, registrationNumber, name: 'Kuutti', model: 'Terhi 450', length: 5, width: 2.3, draught: null, weightKg: null,
});

const state = (app: Partial<Application> = {}, extra: Partial<BerthCommandState> = {}): BerthCommandState => ({
  application: { record: application(app), version: 3 },
  applicationLeases: [],
  customer: customer(OLD, { firstName: 'Aili', lastName: 'Mäkinen' }),
  linkTarget: { customer: customer(NEW, { firstName: 'Aili', lastName: 'Mäkinen-Laine' }), boats: [] },
  applicationBoat: { record: boat(BOAT, OLD, 'A12345'), version: 2 },
  boatShared: false,
  ...extra,
});
const link = (s = state(), customerId = NEW, c = ctx()) => BERTH_DECIDERS['berths.linkApplicationCustomer'](s, { applicationId: application().id, customerId }, c);
const code = (d: ReturnType<typeof link>) => (d.ok ? 'ok' : `${d.status}:${d.code}`);

describe('berths.linkApplicationCustomer', () => {
  it('is a versioned command for handlers', () => {
    expect(COMMANDS['berths.linkApplicationCustomer']).toMatchObject({ permission: 'berths.cases.write', versioned: true });
  });

  it('moves the application and its boat to the customer named, keeps the queue place, and logs both names', () => {
    const d = link();
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const app = d.puts.find((p) => p.entity === 'application');
    expect(app).toMatchObject({ version: 4, record: { customerId: NEW, boatId: BOAT } });
    const before = application();
    expect(app?.record).toMatchObject({ receivedAt: before.receivedAt, priority: before.priority, season: before.season, status: before.status, applicant: before.applicant });
    expect(d.puts.find((p) => p.entity === 'boat')).toMatchObject({ version: 3, record: { id: BOAT, customerId: NEW, registrationNumber: 'A12345' } });
    const log = d.puts.find((p) => p.entity === 'application_event')?.record as ApplicationEvent;
    expect(log).toMatchObject({
      kind: 'customer_linked',
      actorName: 'Aino Virtanen',
      customerLink: { fromCustomerId: OLD, fromName: 'Aili Mäkinen', toCustomerId: NEW, toName: 'Aili Mäkinen-Laine', fromBoatId: BOAT, toBoatId: BOAT, boatMoved: true },
    });
  });

  it("points the application at the new customer's own boat with the same registration number, leaving the old boat alone", () => {
    const s = state({}, { linkTarget: { customer: customer(NEW, { companyName: 'Meri Oy' }), boats: [boat(THEIR_BOAT, NEW, 'a-12 345')] } });
    const d = link(s);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.puts.map((p) => p.entity)).toEqual(['application', 'application_event']);
    expect(d.puts[0]).toMatchObject({ record: { customerId: NEW, boatId: THEIR_BOAT } });
    expect(d.puts[1]?.record).toMatchObject({ customerLink: { toName: 'Meri Oy', toBoatId: THEIR_BOAT, boatMoved: false } });
  });

  it('does not match boats without a registration number', () => {
    const s = state({ boat: { ...application().boat, registrationNumber: '' } }, {
      applicationBoat: { record: boat(BOAT, OLD, ''), version: 1 },
      linkTarget: { customer: customer(NEW), boats: [boat(THEIR_BOAT, NEW, '')] },
    });
    const d = link(s);
    expect(d.ok && d.puts.find((p) => p.entity === 'boat')?.record).toMatchObject({ id: BOAT, customerId: NEW });
  });

  it('is allowed exactly where decision 38 lets the whole application be edited, and never with a live offer', () => {
    for (const status of APPLICATION_STATUSES as readonly ApplicationStatus[]) {
      const expected = EDITABLE_BY_STATUS[status] === 'all' ? 'ok' : EDITABLE_BY_STATUS[status] === 'contact' ? 'rejected:customer_link_offer_out' : 'rejected:customer_link_decided';
      expect(code(link(state({ status }))), status).toBe(expected);
    }
    const offered = state({}, { applicationLeases: [{ record: lease('00000000-0000-4000-8000-000000000b01', 2027, 'offered', { applicationId: application().id }), version: 1 }] });
    expect(code(link(offered))).toBe('rejected:customer_link_offer_out');
    const refused = state({ status: 'declined_by_customer' }, { applicationLeases: [{ record: lease('00000000-0000-4000-8000-000000000b01', 2027, 'refused', { applicationId: application().id }), version: 2 }] });
    expect(code(link(refused))).toBe('ok');
  });

  it('refuses the same customer, an unknown one, a switch application, a shared boat and a stale version', () => {
    expect(code(link(state(), OLD))).toBe('rejected:customer_link_same');
    expect(code(link(state(), OLD.toUpperCase()))).toBe('rejected:customer_link_same');
    expect(code(link(state({}, { linkTarget: null })))).toBe('rejected:customer_link_unknown');
    const sw = state({ kind: 'switch', switch: { currentLeaseId: '00000000-0000-4000-d000-000000000001', currentBerthId: '00000000-0000-4000-8000-000000000b01', reasonId: null } });
    expect(code(link(sw))).toBe('rejected:customer_link_switch');
    expect(code(link(state({}, { boatShared: true })))).toBe('rejected:customer_link_boat_shared');
    // A shared boat is no obstacle when the new customer has the boat already.
    expect(code(link(state({}, { boatShared: true, linkTarget: { customer: customer(NEW), boats: [boat(THEIR_BOAT, NEW, 'A12345')] } })))).toBe('ok');
    expect(code(link(state(), NEW, ctx({ baseVersion: 2 })))).toBe('conflict:stale_version');
    expect(code(link({ application: null, applicationLeases: [] }))).toBe('rejected:not_found');
  });
});
