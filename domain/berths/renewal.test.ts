import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import type { Customer, Lease } from './entities.ts';
import { HARBOUR_A, PIER_A, PRODUCTS, berth, customer as holder, harbour, lease, pier } from './fixtures.test-support.ts';
import { berthOccupancy } from './availability.ts';
import { decideEditCustomerContact, decideRenewLease, type RenewalState } from './renewal-deciders.ts';
import { emailProblem, renewalCounts, renewalOrderStatus, renewalRefusal } from './renewal.ts';

const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '00000000-0000-4000-f000-000000000031',
  actor: { id: 'u-aino', name: 'Aino Virtanen' },
  now: '2026-12-02T10:00:00+02:00',
  recordedAt: null,
  today: '2026-12-02',
  baseVersion: null,
  ...extra,
});

const B = berth(HARBOUR_A, PIER_A, 2.5, 6);
const H = harbour(HARBOUR_A, 'Puotilan venesatama');
const HOLDER = '00000000-0000-4000-b000-000000000042';
const NEW_LEASE = '00000000-0000-4000-d000-0000000000a1';
const NEW_ORDER = '00000000-0000-4000-d000-0000000000b1';

const customer = (extra: Partial<Customer> = {}): Customer => holder(HOLDER, { language: 'sv', ...extra });

const paid2026 = lease(B.id, 2026, 'paid', { customerId: HOLDER, boatId: '00000000-0000-4000-c000-000000000009' });

function state(extra: Partial<RenewalState> = {}, c: Customer = customer()): RenewalState {
  return { previous: { record: paid2026, version: 3 }, berth: { record: B, version: 1 }, pier: pier(PIER_A, HARBOUR_A), harbour: H, berthLeases: [paid2026], customer: { record: c, version: 2 }, products: PRODUCTS, ...extra };
}

const renew = (s: RenewalState, c: CommandContext = ctx(), dueDate = '2027-01-08') =>
  decideRenewLease(s, { previousLeaseId: paid2026.id, leaseId: NEW_LEASE, orderId: NEW_ORDER, dueDate }, c);

describe('which leases renew (brief 4.7)', () => {
  it('a paid lease of the season before, on a berth in use and invoiced, not yet renewed', () => {
    expect(renewalRefusal(paid2026, B, [paid2026], 2027)).toBeNull();
  });

  it('not a lease that is not paid, nor one of another season', () => {
    expect(renewalRefusal({ ...paid2026, status: 'terminated' }, B, [], 2027)).toBe('lease_not_renewable');
    expect(renewalRefusal({ ...paid2026, status: 'offered' }, B, [], 2027)).toBe('lease_not_renewable');
    expect(renewalRefusal({ ...paid2026, season: 2025 }, B, [], 2027)).toBe('lease_not_renewable');
    expect(renewalRefusal({ ...paid2026, season: 2027 }, B, [], 2027)).toBe('lease_not_renewable');
  });

  it('not on a berth out of use or not invoiced', () => {
    expect(renewalRefusal(paid2026, { ...B, isActive: false }, [], 2027)).toBe('berth_not_renewable');
    expect(renewalRefusal(paid2026, { ...B, isInvoiceable: false }, [], 2027)).toBe('berth_not_renewable');
    expect(renewalRefusal(paid2026, { ...B, isInvoiceable: true }, [], 2027)).toBeNull();
  });

  it("not once the customer has any lease on the berth for the new season, even a refused or expired one", () => {
    for (const status of ['offered', 'refused', 'expired', 'error', 'terminated'] as const) {
      const next = lease(B.id, 2027, status, { id: NEW_LEASE, customerId: HOLDER });
      expect(renewalRefusal(paid2026, B, [paid2026, next], 2027)).toBe('already_renewed');
    }
    // Another customer's lease in the new season does not count as this customer's renewal.
    expect(renewalRefusal(paid2026, B, [paid2026, lease(B.id, 2027, 'refused', { id: NEW_LEASE })], 2027)).toBeNull();
  });
});

describe('how a renewal goes out', () => {
  it('offered online, drafted for a paper invoice, paid at once when non-billable, in error without an address', () => {
    expect(renewalOrderStatus(customer())).toBe('offered');
    expect(renewalOrderStatus(customer({ invoicingType: 'paper_invoice', email: '' }))).toBe('drafted');
    expect(renewalOrderStatus(customer({ kind: 'non_billable', email: '' }))).toBe('paid_man');
    expect(renewalOrderStatus(customer({ email: '' }))).toBe('error');
    expect(renewalOrderStatus(customer({ email: 'veli at example.fi' }))).toBe('error');
    expect(renewalOrderStatus(customer({ kind: 'company' }))).toBe('offered');
  });

  it('an email address is one a mail server could deliver to', () => {
    expect(emailProblem('')).toBe('customer_email_missing');
    expect(emailProblem('   ')).toBe('customer_email_missing');
    for (const bad of ['veli', 'veli@', '@example.fi', 'veli@example', 'veli laine@example.fi', 'veli@@example.fi']) expect(emailProblem(bad)).toBe('customer_email_invalid');
    for (const good of ['veli@example.fi', 'veli.laine+vene@posti.example.com', ' veli@example.fi ']) expect(emailProblem(good)).toBeNull();
  });

  it('counts the season as the renewal page shows it', () => {
    const statuses = ['offered', 'offered', 'paid', 'paid_man', 'error', 'drafted', 'rejected', 'expired'] as const;
    expect(renewalCounts(statuses.map((status) => ({ status })))).toEqual({ sent: 5, failed: 1, paid: 2, pending: 2, paper: 1 });
  });
});

describe('decideRenewLease', () => {
  it("makes next season's lease and its offered order, with next season's dates and today's price", () => {
    const d = renew(state());
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    const [l, o] = d.puts.map((p) => p.record) as [Lease, Record<string, unknown>];
    expect(d.puts.map((p) => [p.entity, p.version])).toEqual([['lease', 1], ['berth_order', 1]]);
    expect(l).toMatchObject({ id: NEW_LEASE, berthId: B.id, customerId: HOLDER, boatId: paid2026.boatId, applicationId: null, season: 2027, status: 'offered', startDate: '2027-06-10', endDate: '2027-09-14', dueDate: '2027-01-08', renewalOf: paid2026.id, priceCents: 29000 });
    expect(o).toMatchObject({ id: NEW_ORDER, leaseId: NEW_LEASE, applicationId: null, status: 'offered', dueDate: '2027-01-08', sentAt: ctx().now, totalCents: 29000, language: 'sv', problem: null });
  });

  it('rolls over on 14.9: on 13.9 last season is still the running one, from 14.9 the next is renewed', () => {
    // 13.9.2026: offers are for 2026, so a 2026 lease is not renewed yet and a 2025 one renews into
    // the last day of 2026 (free: too late for any due date, so only a non-billable one goes).
    expect(renew(state(), ctx({ today: '2026-09-13' }), '2026-09-20')).toMatchObject({ ok: false, code: 'lease_not_renewable' });
    const lastYear = state({ previous: { record: lease(B.id, 2025, 'paid', { customerId: HOLDER }), version: 1 }, berthLeases: [] }, customer({ kind: 'non_billable' }));
    const on13 = decideRenewLease(lastYear, { previousLeaseId: paid2026.id, leaseId: NEW_LEASE, orderId: NEW_ORDER, dueDate: '2026-09-20' }, ctx({ today: '2026-09-13' }));
    expect(on13.ok && on13.puts[0]!.record).toMatchObject({ season: 2026, startDate: '2026-09-13', endDate: '2026-09-14' });
    expect(renew({ ...lastYear, customer: { record: customer(), version: 2 } }, ctx({ today: '2026-09-13' }), '2026-09-20')).toMatchObject({ ok: false, code: 'due_date_out_of_range' });
    const on14 = renew(state(), ctx({ today: '2026-09-14' }), '2026-09-28');
    expect(on14.ok && on14.puts[0]!.record).toMatchObject({ season: 2027, startDate: '2027-06-10', endDate: '2027-09-14' });
    const on15 = renew(state(), ctx({ today: '2026-09-15' }), '2026-09-29');
    expect(on15.ok && on15.puts[1]!.record).toMatchObject({ season: 2027, dueDate: '2026-09-29' });
  });

  it('puts the order in error, with its reason, when no invoice can reach the customer', () => {
    const d = renew(state({}, customer({ email: '' })));
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.puts[0]!.record).toMatchObject({ status: 'error', dueDate: null });
    expect(d.puts[1]!.record).toMatchObject({ status: 'error', sentAt: null, problem: 'customer_email_missing' });
  });

  it('leaves a paper invoice drafted and pays a non-billable renewal at once', () => {
    const paper = renew(state({}, customer({ invoicingType: 'paper_invoice' })));
    expect(paper.ok && paper.puts.map((p) => (p.record as { status: string }).status)).toEqual(['drafted', 'drafted']);
    const free = renew(state({}, customer({ kind: 'non_billable' })));
    expect(free.ok && free.puts.map((p) => (p.record as { status: string }).status)).toEqual(['paid', 'paid_man']);
    if (free.ok) expect(free.puts[1]!.record).toMatchObject({ totalCents: 0, paidVia: 'free', dueDate: null });
  });

  it('refuses what is not renewable, twice, out of use, unpriced, or due out of range', () => {
    expect(renew(state({ previous: null }))).toMatchObject({ ok: false, code: 'not_found' });
    expect(renew(state({ previous: { record: { ...paid2026, status: 'terminated' }, version: 4 } }))).toMatchObject({ ok: false, code: 'lease_not_renewable' });
    expect(renew(state({ berthLeases: [paid2026, lease(B.id, 2027, 'offered', { id: NEW_LEASE, customerId: HOLDER })] }))).toMatchObject({ ok: false, code: 'already_renewed' });
    expect(renew(state({ berth: { record: { ...B, isActive: false }, version: 2 } }))).toMatchObject({ ok: false, code: 'berth_not_renewable' });
    expect(renew(state({ products: [] }))).toMatchObject({ ok: false, code: 'berth_not_priced' });
    expect(renew(state(), ctx(), '2026-12-05')).toMatchObject({ ok: false, code: 'due_date_out_of_range' });
  });

  it("is a conflict when another customer holds the berth for the new season", () => {
    const other = lease(B.id, 2027, 'offered', { id: NEW_LEASE });
    expect(renew(state({ berthLeases: [paid2026, other] }))).toMatchObject({ ok: false, status: 'conflict', code: 'berth_taken' });
  });

  it("the renewal hold keeps the berth from others until the renewal is made, then any lease of the holder's releases it", () => {
    expect(berthOccupancy(B, [paid2026], 2027)).toMatchObject({ free: false, reason: 'renewal' });
    expect(berthOccupancy(B, [paid2026, lease(B.id, 2027, 'refused', { id: NEW_LEASE, customerId: HOLDER })], 2027)).toEqual({ free: true });
  });
});

describe('decideEditCustomerContact', () => {
  const edit = (c: Customer, extra: Partial<Customer> = {}, base: number | null = 2) =>
    decideEditCustomerContact(
      { customer: { record: c, version: 2 } },
      { customerId: c.id, email: c.email, phone: c.phone, address: c.address, zipCode: c.zipCode, municipality: c.municipality, language: c.language, invoicingType: c.invoicingType, ...extra } as never,
      ctx({ baseVersion: base }),
    );

  it('writes the contact with a higher version', () => {
    const d = edit(customer({ email: '' }), { email: 'veli@example.fi', phone: '+358409998887' });
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'customer', version: 3, record: { email: 'veli@example.fi', phone: '+358409998887', firstName: 'Veli' } }] });
  });

  it('refuses an address that is not one, and an empty one for online invoicing', () => {
    expect(edit(customer(), { email: 'veli@' })).toMatchObject({ ok: false, code: 'customer_email_invalid' });
    expect(edit(customer(), { email: '' })).toMatchObject({ ok: false, code: 'customer_email_missing' });
    expect(edit(customer(), { email: '', invoicingType: 'paper_invoice' })).toMatchObject({ ok: true });
  });

  it('is a conflict when someone else changed the customer since', () => {
    expect(edit(customer(), { phone: '1' }, 1)).toMatchObject({ ok: false, status: 'conflict', code: 'stale_version' });
  });
});
