import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../domain/sync/protocol.ts';
import type { Customer } from '../../domain/berths/entities.ts';
import type { WinterApplication, WinterEvent, WinterLease, WinterPlace } from '../../domain/berths/winter-entities.ts';
import { suggestWinterPlaces } from '../../domain/berths/winter-places.ts';
import { deliverableEmail } from '../../domain/contact-address.ts';
import { invoiceContactProblem } from '../../domain/berths/renewal.ts';
import { defaultWinterDueDate, offerWinter } from '../../domain/berths/winter-seasons.ts';
import { helsinkiDate } from '../../domain/berths/seasons.ts';
import { addDays } from '../../domain/wall-clock.ts';
import { launchCentral } from '../server.ts';
import { api, envelope, signIn } from '../testing/api-client.ts';

type Central = Awaited<ReturnType<typeof launchCentral>>;
type CommandType = Parameters<typeof envelope>[0];

// The central's clock: today while leases are terminated, next August for the renewal of this winter's leases.
let clockAt = new Date();
let central: Central;
let aino: string;
let seq = 0;
const today = () => helsinkiDate(clockAt);

async function pushAs(token: string, type: CommandType, payload: unknown) {
  return api<PushResponse>(central.url, 'POST', '/sync/push', { token, body: { clientId: randomUUID(), commands: [envelope(type, payload, ++seq)] } });
}
async function push(type: CommandType, payload: unknown, token = aino) {
  const res = await pushAs(token, type, payload);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0]!;
}
const leaseOf = async (id: string) => (await central.db.query<{ data: WinterLease }>('SELECT data FROM winter_lease WHERE id = $1', [id])).rows[0]?.data;
async function outbox(template: string, entityId: string) {
  const res = await central.db.query<{ channel: string; language: string; recipient: string; params: Record<string, string> }>(
    'SELECT channel, language, recipient, params FROM notification_outbox WHERE template = $1 AND entity_id = $2 ORDER BY channel',
    [template, entityId],
  );
  return res.rows;
}

/**
 * A marked lease made through the push for a pending application whose customer an email reaches,
 * on the best free place for its boat: invoiced (offered) and, when asked, paid by bank transfer.
 */
async function markedLease(paid: boolean): Promise<WinterLease> {
  const apps = await central.db.query<{ application: WinterApplication; customer: Customer }>(
    `SELECT a.data AS application, c.data AS customer FROM winter_application a JOIN customer c ON c.id = a.customer_id
     WHERE a.area_type = 'marked' AND a.status = 'pending' ORDER BY a.reference`,
  );
  const places = (await central.db.query<{ data: WinterPlace }>('SELECT data FROM winter_place')).rows.map((r) => r.data);
  const leases = (await central.db.query<{ data: WinterLease }>('SELECT data FROM winter_lease WHERE place_id IS NOT NULL')).rows.map((r) => r.data);
  const byPlace = new Map<string, WinterLease[]>();
  for (const l of leases) byPlace.set(l.placeId!, [...(byPlace.get(l.placeId!) ?? []), l]);
  for (const { application, customer } of apps.rows) {
    if (customer.kind === 'non_billable' || customer.invoicingType !== 'online_payment' || invoiceContactProblem(customer) !== null || !deliverableEmail(application.applicant.email)) continue;
    const best = suggestWinterPlaces(application, places, byPlace, today()).find((s) => s.fit === 'fits');
    if (!best) continue;
    const leaseId = randomUUID();
    expect(await push('berths.createWinterLease', { applicationId: application.id, leaseId, placeId: best.place.id })).toMatchObject({ status: 'applied' });
    const sent = await push('berths.sendWinterInvoice', { leaseId, dueDate: defaultWinterDueDate(today(), application.winter) });
    expect(sent, JSON.stringify(sent)).toMatchObject({ status: 'applied' });
    if (paid) expect(await push('berths.markWinterInvoicePaid', { leaseId })).toMatchObject({ status: 'applied' });
    return (await leaseOf(leaseId))!;
  }
  throw new Error('the seed has no marked application left with a free place');
}

beforeAll(async () => {
  central = await launchCentral({ seed: { applications: 40, seed: 49 }, clock: () => clockAt });
  aino = await signIn(central.url, 'aino');
});
afterAll(() => central.close());

describe('terminating a winter lease on the central', () => {
  it('ends a paid lease on the chosen day, records the event and tells the customer by email in the invoice language', async () => {
    const lease = await markedLease(true);
    const endDate = addDays(today(), 10);
    expect(await push('berths.terminateWinterLease', { leaseId: lease.id, endDate })).toMatchObject({ status: 'applied' });
    const after = (await leaseOf(lease.id))!;
    expect(after).toMatchObject({ status: 'terminated', endDate, invoice: { status: lease.invoice.status } });
    const events = (await central.db.query<{ data: WinterEvent }>(`SELECT data FROM winter_event WHERE lease_id = $1 AND kind = 'lease_terminated'`, [lease.id])).rows;
    expect(events.map((e) => e.data)).toMatchObject([{ fromStatus: 'paid', toStatus: 'terminated', note: endDate, applicationId: lease.applicationId, actorName: 'Aino Virtanen' }]);
    const [day, month, year] = [endDate.slice(8), endDate.slice(5, 7), endDate.slice(0, 4)].map(Number);
    const notice = await outbox('berths.winter_lease_terminated', lease.applicationId ?? lease.id);
    expect(notice).toHaveLength(1);
    expect(notice[0]).toMatchObject({ channel: 'email', language: lease.invoice.language, params: { endDate: `${day}.${month}.${year}` } });
    // Terminated once, it is not terminated again.
    expect(await push('berths.terminateWinterLease', { leaseId: lease.id, endDate })).toMatchObject({ status: 'rejected', code: 'winter_lease_not_terminable' });
  });

  it('cancels an invoice still waiting, refuses an end date outside the lease, and answers bad input with 400', async () => {
    const lease = await markedLease(false);
    expect(await push('berths.terminateWinterLease', { leaseId: lease.id, endDate: addDays(lease.endDate, 1) })).toMatchObject({ status: 'rejected', code: 'end_date_out_of_range' });
    expect(await push('berths.terminateWinterLease', { leaseId: lease.id, endDate: lease.endDate })).toMatchObject({ status: 'applied' });
    expect(await leaseOf(lease.id)).toMatchObject({ status: 'terminated', invoice: { status: 'cancelled' } });
    for (const payload of [{ leaseId: lease.id }, { leaseId: lease.id, endDate: '2027-02-30' }, { leaseId: 'x', endDate: today() }]) {
      expect((await pushAs(aino, 'berths.terminateWinterLease', payload)).status).toBe(400);
    }
    expect((await pushAs(await signIn(central.url, 'olli'), 'berths.terminateWinterLease', { leaseId: lease.id, endDate: lease.endDate })).status).toBe(403);
  });
});

describe('renewing marked winter leases on the central', () => {
  it('makes next winter’s lease and sends its invoice; a second renewal of the lease is refused, also when two handlers race', async () => {
    const first = { lease: await markedLease(true) };
    const raced = { lease: await markedLease(true) };
    // Left for the next test: paid last winter, not renewed.
    await markedLease(true);
    // Next August: offers are for the winter after this one, whose leases now renew.
    clockAt = new Date(`${offerWinter(today()) + 1}-08-20T12:00:00+03:00`);
    const dueDate = defaultWinterDueDate(today(), offerWinter(today()))!;
    const leaseId = randomUUID();
    expect(await push('berths.renewWinterLease', { previousLeaseId: first.lease.id, leaseId, dueDate })).toMatchObject({ status: 'applied' });
    const renewed = (await leaseOf(leaseId))!;
    expect(renewed).toMatchObject({ renewalOf: first.lease.id, placeId: first.lease.placeId, winter: first.lease.winter + 1, status: 'offered', applicationId: null, invoice: { status: 'offered', dueDate } });
    const invoice = await outbox('berths.winter_renewal_invoice', leaseId);
    expect(invoice.filter((m) => m.channel === 'email')).toHaveLength(1);
    expect(invoice[0]!.params).toMatchObject({ reference: renewed.invoice.number, link: expect.stringContaining('/customer/winter/') });
    expect(await push('berths.renewWinterLease', { previousLeaseId: first.lease.id, leaseId: randomUUID(), dueDate })).toMatchObject({ status: 'rejected', code: 'already_renewed' });

    // Two handlers renew one lease at the same moment: the place's lock lets exactly one through.
    const eero = await signIn(central.url, 'eero');
    const answers = await Promise.all([aino, eero].map((token) => push('berths.renewWinterLease', { previousLeaseId: raced.lease.id, leaseId: randomUUID(), dueDate }, token)));
    expect(answers.map((a) => a.status).sort()).toEqual(['applied', 'rejected']);
    expect(answers.find((a) => a.status === 'rejected')).toMatchObject({ code: 'already_renewed' });
    const onPlace = await central.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM winter_lease WHERE place_id = $1 AND winter = $2`, [raced.lease.placeId, raced.lease.winter + 1]);
    expect(onPlace.rows[0]!.n).toBe(1);
  });

  it('refuses an unmarked lease and a due date outside the window, and answers bad input with 400', async () => {
    const unmarked = (await central.db.query<{ id: string }>(`SELECT id::text AS id FROM winter_lease WHERE area_type = 'unmarked' AND status = 'paid' LIMIT 1`)).rows[0]!;
    const dueDate = defaultWinterDueDate(today(), offerWinter(today()))!;
    expect(await push('berths.renewWinterLease', { previousLeaseId: unmarked.id, leaseId: randomUUID(), dueDate })).toMatchObject({ status: 'rejected', code: 'lease_not_renewable' });
    const prev = (await central.db.query<{ id: string }>(
      `SELECT l.id::text AS id FROM winter_lease l WHERE l.area_type = 'marked' AND l.status = 'paid' AND l.winter = $1
         AND NOT EXISTS (SELECT 1 FROM winter_lease n WHERE n.data->>'renewalOf' = l.id::text) LIMIT 1`,
      [offerWinter(today()) - 1],
    )).rows[0]!;
    expect(await push('berths.renewWinterLease', { previousLeaseId: prev.id, leaseId: randomUUID(), dueDate: addDays(today(), 60) })).toMatchObject({ status: 'rejected', code: 'due_date_out_of_range' });
    for (const payload of [{ previousLeaseId: prev.id, dueDate }, { previousLeaseId: prev.id, leaseId: randomUUID(), dueDate: 'soon' }, { previousLeaseId: prev.id, leaseId: randomUUID(), dueDate, extra: 1 }]) {
      expect((await pushAs(aino, 'berths.renewWinterLease', payload)).status).toBe(400);
    }
  });
});
