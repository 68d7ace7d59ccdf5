import { expect, test, type Page } from '@playwright/test';
import type { ApplicationDetail, BerthSuggestionRow, CaughtMessage } from '../../domain/contract.ts';
import type { RenewalOverview } from '../../domain/berths/renewal-contract.ts';
import { addDays } from '../../domain/wall-clock.ts';
import { stackPerFile } from '../support/stack-per-file.ts';
import { MovableClock } from '../support/movable-clock.ts';
import { invoke, openApplication, pendingApplications, prepareOffer, signIn, suggestionsFor } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { snapshot } from '../support/offer-states.ts';

/**
 * A whole season as berth services run it, on one clock that the central, the desk and its
 * window share: an offer made today that the customer accepts and pays on the offer page, another
 * paid elsewhere and then terminated; next December the paid lease renews for the season after,
 * and that renewal, left unpaid, expires the day after its due date and frees the berth.
 */
const clock = new MovableClock();
const stack = stackPerFile({ clock: clock.now });

test.use({ viewport: { width: 1280, height: 720 } });

const finnish = (iso: string) => `${Number(iso.slice(8, 10))}.${Number(iso.slice(5, 7))}.${iso.slice(0, 4)}`;

interface Case {
  id: string;
  reference: string;
  berth: BerthSuggestionRow;
  customerId: string;
  /** Where the customer's messages go: the application's address for its offer, the customer's after. */
  emails: string[];
  /** The application's phone number as the SMS gateway takes it. */
  phone: string;
}

/**
 * A private customer's pending application, invoiced online and with an email address, and a free
 * priced berth for it (neither the application nor the berth of a case in `taken`). Picked through the app and the central's tables,
 * never by acting.
 */
async function onlineCase(page: Page, taken: readonly Case[]): Promise<Case> {
  for (const app of await pendingApplications(page, 150)) {
    if (taken.some((t) => t.id === app.id)) continue;
    const detail = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: app.id });
    if (detail.customerKind !== 'private') continue;
    const customerId = detail.application.customerId;
    const [customer] = await stack().queryCentral<{ email: string; invoicing: string }>(
      "SELECT data->>'email' AS email, data->>'invoicingType' AS invoicing FROM customer WHERE id = $1",
      [customerId],
    );
    if (!customer || customer.invoicing !== 'online_payment' || !customer.email.includes('@') || !detail.application.applicant.email.includes('@')) continue;
    const berth = (await suggestionsFor(page, app.id)).find((s) => s.priceCents !== null && !s.shorterThanBoat && !taken.some((t) => t.berth.berthId === s.berthId));
    if (berth) return { id: app.id, reference: app.reference, berth, customerId, emails: [detail.application.applicant.email, customer.email], phone: detail.application.applicant.phone.replace(/[\s-]/g, '') };
  }
  throw new Error('no private online-invoiced application with a free priced berth');
}

/** The handler offers the case's berth through the screens; the central confirms it. */
async function offer(page: Page, c: Case): Promise<ApplicationDetail['order'] & object> {
  await openApplication(page, c.reference, c.id);
  await prepareOffer(page, c.berth.berthId);
  await page.getByTestId('offer-confirm').click();
  await expect(page.getByTestId('offer-status')).toHaveAttribute('data-state', 'applied');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'offer_sent');
  await expect(page.getByTestId('order-section').getByTestId('order-status')).toHaveAttribute('data-status', 'offered');
  const { order } = await invoke<ApplicationDetail>(page, 'berths.getApplication', { id: c.id });
  expect(order).not.toBeNull();
  return order!;
}

/** The messages the demo catcher holds for the case's customer with a subject like this, as the app lists them. */
async function caughtFor(page: Page, c: Case, subject: RegExp): Promise<CaughtMessage[]> {
  return (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => c.emails.includes(m.to) && subject.test(m.subject));
}

/** The desk's window and the core follow the shared clock: the window's Date answers its time from now on. */
async function moveClock(page: Page, to: Date): Promise<void> {
  clock.moveTo(to);
  await page.clock.setFixedTime(clock.now());
  await page.reload();
  // The desk is still signed in; a new season's application list may well be empty.
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
}

/** The customer's 360° view, found by their email address in the customer search. */
async function openCustomer(page: Page, c: Case): Promise<void> {
  await page.getByTestId('nav-customers').click();
  await page.getByTestId('customer-search').fill(c.emails[1]!);
  const hit = page.locator(`[data-testid="customer-hit"][data-customer-id="${c.customerId}"]`);
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page.getByTestId('customer-360')).toBeVisible();
}

test('a season end to end: offer, the customer accepts and pays, termination, the renewal next December, and an unpaid renewal that expires and frees its berth', async ({ page, context }) => {
  test.slow();
  await signIn(page, await stack().openApp('aino'), 'aino');

  // 1. Two applications, each offered a berth through the screens.
  const paying = await onlineCase(page, []);
  const leaving = await onlineCase(page, [paying]);
  const payingOrder = await offer(page, paying);
  const leavingOrder = await offer(page, leaving);
  const season = payingOrder.lease.season;

  // 2. The first customer opens the link in their offer email, accepts and pays at the (demo) bank.
  const offerSubject = /^(Venepaikkatarjous|Erbjudande om båtplats|Berth offer):/;
  await expect.poll(async () => (await caughtFor(page, paying, offerSubject)).length).toBe(1);
  const [offerMail] = await caughtFor(page, paying, offerSubject);
  const link = offerMail!.text.match(/\/customer\/offer\/[^\s?#]+/)?.[0];
  expect(link, 'the offer email carries the offer page link').toBeDefined();
  // The same offer reached the applicant's phone as a text message, with the same link.
  await expect
    .poll(async () => (await invoke<CaughtMessage[]>(page, 'notifications.caught', {})).filter((m) => m.to === paying.phone && m.text.includes(link!)).length)
    .toBe(1);
  const customer = await context.newPage();
  await customer.goto(`${stack().centralUrl}${link}?lang=en`);
  await expect(customer.locator('[data-state]')).toHaveAttribute('data-state', 'open');
  await customer.getByRole('button', { name: 'Accept offer' }).click();
  await expect(customer.locator('[data-state]')).toHaveAttribute('data-state', 'accepted');
  await customer.getByRole('button', { name: 'Pay' }).click();
  await customer.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(customer.locator('[data-state]')).toHaveAttribute('data-state', 'paid');
  await customer.close();

  // The desk hears of it: the invoice and the lease are paid and the application handled.
  await page.getByTestId('sync-now').click();
  await openApplication(page, paying.reference, paying.id);
  const section = page.getByTestId('order-section');
  await expect(section.getByTestId('order-status')).toHaveAttribute('data-status', 'paid');
  await expect(section.getByTestId('order-lease-status')).toHaveAttribute('data-lease-status', 'paid');
  await expect(page.getByTestId('application-detail')).toHaveAttribute('data-status', 'handled');

  // 3. The second customer pays at the service point and later gives the berth up: terminated
  //    on a chosen day, and the notice goes out by itself.
  await openApplication(page, leaving.reference, leaving.id);
  await section.getByTestId('order-action-markPaidElsewhere').click();
  await page.getByTestId('order-confirm').click();
  await expect(section.getByTestId('order-status')).toHaveAttribute('data-status', 'paid_man');
  await section.getByTestId('order-action-terminate').click();
  const endDate = `${season}-08-15`;
  await page.locator('#order-date').fill(finnish(endDate));
  await page.getByTestId('order-confirm').click();
  await expect(section.getByTestId('order-lease-status')).toHaveAttribute('data-lease-status', 'terminated');
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect.poll(async () => (await caughtFor(page, leaving, /irtisanottu|sagts upp|terminated/)).length).toBe(1);

  // 4. Next December: the season's renewal for the one after, in the paid lease's harbour.
  await moveClock(page, new Date(`${season}-12-01T08:00:00Z`));
  await page.getByTestId('nav-renewal').click();
  await expect(page.getByTestId('renewal-season')).toHaveText(`Kausi ${season + 1}`);
  const harbourId = paying.berth.harbourId;
  await page.getByTestId('renewal-harbour').selectOption(harbourId);
  const overview = await invoke<RenewalOverview>(page, 'berths.renewalOverview', { harbourId });
  expect(overview.candidates.map((c) => c.previousLeaseId)).toContain(payingOrder.lease.id);
  expect(overview.candidates.map((c) => c.previousLeaseId), 'a terminated lease does not renew').not.toContain(leavingOrder.lease.id);
  await expect(page.getByTestId('renewal-preview')).toHaveAttribute('data-count', String(overview.candidates.length));
  await expectNoAxeViolations(page, 'the renewal a year on');
  await snapshot(page, 'season-cycle-renewal-fi-1280');
  const sendable = overview.candidates.filter((c) => c.priceCents !== null).length;
  await page.getByTestId('renewal-send-button').click();
  await page.getByTestId('renewal-confirm-send').click();
  await expect(page.getByTestId('renewal-result')).toHaveAttribute('data-renewed', String(sendable));
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('conflict-count')).toHaveAttribute('data-count', '0');

  // The renewal: next season's dates, its invoice offered with the common due date, its email sent.
  // The sync status can still show the count from before the renewal's commands were queued:
  // wait for the central to hold the renewal, not for the status.
  type Renewed = { lease: { id: string; startDate: string; endDate: string; status: string }; order: { id: string; dueDate: string; status: string } };
  const renewedRows = () =>
    stack().queryCentral<Renewed>("SELECT l.data AS lease, o.data AS order FROM lease l JOIN berth_order o ON o.lease_id = l.id WHERE l.data->>'renewalOf' = $1", [payingOrder.lease.id]);
  await expect.poll(async () => (await renewedRows()).length).toBe(1);
  const [renewed] = await renewedRows();
  expect(renewed?.lease).toMatchObject({ startDate: `${season + 1}-06-10`, endDate: `${season + 1}-09-14`, status: 'offered' });
  expect(renewed?.order.status).toBe('offered');
  await expect.poll(async () => (await caughtFor(page, paying, new RegExp(`(kaudelle|säsongen|the) ${season + 1}`))).length).toBe(1);
  await page.getByTestId('nav-harbours').click();
  await page.getByTestId('harbour-search').fill(paying.berth.harbourName.fi);
  await page.locator(`[data-testid="harbours-grid"] .ag-row[row-id="${harbourId}"] .ag-cell[col-id="free"]`).click();
  const berthRow = page.locator(`[data-testid="berth-row"][data-berth-id="${paying.berth.berthId}"]`);
  await expect(berthRow).toHaveAttribute('data-occupancy', 'offered');

  // 5. The renewal is not paid: the day after its due date the central's night run expires it,
  //    the customer is told, and the berth is free for next season again.
  await moveClock(page, new Date(`${addDays(renewed!.order.dueDate, 1)}T01:00:00Z`));
  await stack().runDailyJobs();
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  await expect.poll(async () => (await caughtFor(page, paying, /ei ole enää voimassa|gäller inte längre|no longer valid/)).length).toBe(1);
  await openCustomer(page, paying);
  const panel = page.getByTestId('customer-360');
  await expect(panel.locator(`[data-testid="customer-order"][data-order-id="${renewed!.order.id}"]`)).toHaveAttribute('data-status', 'expired');
  await expect(panel.locator(`[data-testid="customer-lease"][data-lease-id="${renewed!.lease.id}"]`)).toHaveAttribute('data-status', 'expired');
  await expect(panel.locator(`[data-testid="customer-lease"][data-lease-id="${payingOrder.lease.id}"]`)).toHaveAttribute('data-status', 'paid');
  await expectNoAxeViolations(page, 'the customer after the season');
  await snapshot(page, 'season-cycle-customer-fi-1280');
  await page.getByTestId('nav-harbours').click();
  await page.getByTestId('harbour-search').fill(paying.berth.harbourName.fi);
  await page.locator(`[data-testid="harbours-grid"] .ag-row[row-id="${harbourId}"] .ag-cell[col-id="free"]`).click();
  await expect(berthRow).toHaveAttribute('data-occupancy', 'free');
});
