import { expect, test, type Page } from '@playwright/test';
import { sendOffers, statusesOf, type SentOffer } from '../../central/berths/customer-page/offer.test-support.ts';
import type { Customer } from '../../domain/berths/entities.ts';
import { signIn } from '../support/app-page.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { openCustomer } from '../support/customers.ts';
import { shootAtBothSizes as shoot } from '../support/screenshots.ts';
import { stackPerFile } from '../support/stack-per-file.ts';

const stack = stackPerFile();

test.use({ viewport: { width: 1280, height: 720 } });

/** The offer page opened in a tab of its own, up to the demo bank's page after Pay. */
async function toBank(customer: Page, offer: SentOffer): Promise<void> {
  await customer.goto(`${stack().centralUrl}${offer.path}?lang=en`);
  await customer.getByRole('button', { name: 'Pay' }).click();
  await expect(customer).toHaveURL(/\/demo-bank\/payments\/[0-9a-f-]{36}$/);
}

/** The offer's customer in their 360° view, scrolled to their unapplied payments. */
async function openPayer(page: Page, offer: SentOffer) {
  const [c] = await stack().queryCentral<{ data: Customer }>('SELECT c.data FROM customer c JOIN berth_order o ON o.customer_id = c.id WHERE o.id = $1', [offer.orderId]);
  await openCustomer(page, c!.data.companyName ?? `${c!.data.lastName} ${c!.data.firstName}`, c!.data.id);
  const section = page.getByTestId('customer-payment-issues');
  await section.scrollIntoViewIfNeeded();
  return section;
}

async function paidAtBank(customer: Page): Promise<void> {
  await customer.getByRole('button', { name: 'Pay', exact: true }).click();
  await expect(customer).toHaveURL(/notice=/);
}

test('a customer pays one offer twice in two tabs; the handler sees the second payment unapplied, marks it refunded, and the list says so; a supervisor reads it without the action', async ({ page }) => {
  test.slow();
  const [offer] = (await sendOffers(stack().centralAccess(), 1)) as [SentOffer];

  // The handler's desk first: nothing to refund yet, and the empty list says so.
  await signIn(page, await stack().openApp('aino'), 'aino');
  await page.getByTestId('nav-berthPayments').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kohdistamattomat maksut');
  await expect(page.getByTestId('payment-issues-empty')).toBeVisible();
  await expectNoAxeViolations(page, 'unapplied payments, none, fi');
  await shoot(page, 'unapplied-payments-empty-fi');

  // Accepted, then Pay pressed in two tabs before either was paid; both paid at the bank.
  const first = await page.context().newPage();
  await first.goto(`${stack().centralUrl}${offer.path}?lang=en`);
  await first.getByRole('button', { name: 'Accept offer' }).click();
  await expect(first.locator('[data-state]')).toHaveAttribute('data-state', 'accepted');
  await toBank(first, offer);
  const second = await page.context().newPage();
  await toBank(second, offer);
  await paidAtBank(first);
  await expect(first.getByRole('status')).toHaveText('Thank you, the payment was received.');
  await paidAtBank(second);
  await expect(second).toHaveURL(/notice=payment_unapplied$/);
  await expect(second.getByRole('status')).toContainText('Berth services will refund the payment to you.');
  await expect(second.locator('[data-state]')).toHaveAttribute('data-state', 'paid');
  await expectNoAxeViolations(second, 'offer page, payment unapplied, en');
  await first.close();
  await second.close();
  expect(await statusesOf(stack().centralAccess().db, offer)).toEqual({ order: 'paid', lease: 'paid', application: 'handled' });

  // The desk pulls the unapplied payment: open, paid already by the other payment.
  const row = page.getByTestId('payment-issue');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-status', 'open');
  await expect(row).toHaveAttribute('data-reason', 'paid_already');
  await expect(row).toContainText('Oli jo maksettu toisella maksulla');
  await expect(row).toContainText('€');
  await expect(row).toContainText(/\d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2}/);
  await expect(page.getByTestId('payment-issues-open')).toHaveAttribute('data-count', '1');
  await expectNoAxeViolations(page, 'unapplied payments, one open, fi');
  await shoot(page, 'unapplied-payments-open-fi');

  // Every text in Swedish and English too.
  for (const [lang, title, reason, action] of [
    ['sv', 'Oregistrerade betalningar', 'Var redan betald med en annan betalning', 'Markera som återbetald'],
    ['en', 'Unapplied payments', 'Already paid by another payment', 'Mark as refunded'],
  ] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(row).toContainText(reason);
    await expect(page.getByTestId('payment-issue-mark')).toHaveText(action);
  }
  await page.getByTestId('language-switch').selectOption('fi');

  // The customer's 360° view lists it too, with the same action; in Swedish and English as well.
  const section = await openPayer(page, offer);
  await expect(section.getByRole('heading', { level: 3 })).toHaveText('Kohdistamattomat maksut');
  const inView = section.getByTestId('payment-issue');
  await expect(inView).toHaveCount(1);
  await expect(inView).toHaveAttribute('data-status', 'open');
  await expect(inView).toContainText('Oli jo maksettu toisella maksulla');
  await expect(inView).toContainText('€');
  await expect(section.getByTestId('customer-payment-issues-summary')).toHaveAttribute('data-open', '1');
  await expect(section.getByRole('columnheader', { name: 'Asiakas' })).toHaveCount(0);
  await expect(section.getByTestId('payment-issue-mark')).toHaveText('Merkitse palautetuksi');
  await expectNoAxeViolations(page, "customer's 360° view, an unapplied payment, fi");
  await shoot(page, 'customer-unapplied-payment-open-fi');
  // The history names the payment provider and the customer online in the reader's language.
  const history = page.locator('.customer-history');
  await expect(history).toContainText('Tekijä: Maksunvälittäjä');
  await expect(history).toContainText('Tekijä: Asiakas verkossa (tarjoussivu)');
  for (const [lang, title, summary, provider, online] of [
    ['sv', 'Oregistrerade betalningar', '1 betalning har inte återbetalats', 'Betalningsförmedlaren', 'Kunden på webben (anbudssidan)'],
    ['en', 'Unapplied payments', '1 payment not refunded', 'Payment provider', 'Customer online (offer page)'],
  ] as const) {
    await page.getByTestId('language-switch').selectOption(lang);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(title);
    await expect(section.getByTestId('customer-payment-issues-summary')).toContainText(summary);
    await expect(history).toContainText(provider);
    await expect(history).toContainText(online);
    await expect(history).not.toContainText(lang === 'en' ? 'Maksunvälittäjä' : 'Payment provider');
  }
  await page.getByTestId('language-switch').selectOption('fi');
  await page.getByTestId('nav-berthPayments').click();

  // From the keyboard: the action, its question, and the mark.
  const mark = page.getByTestId('payment-issue-mark');
  await mark.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('payment-refund-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Merkitse vasta, kun olet palauttanut rahat');
  await expectNoAxeViolations(page, 'mark refunded question, fi');
  await shoot(page, 'unapplied-payments-question-fi');
  await page.getByTestId('payment-refund-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toHaveAttribute('data-status', 'refunded');
  // Confirmed by the central.
  await expect(row).toHaveAttribute('data-pending', 'false');
  await expect(row).toContainText('Palautettu');
  await expect(page.getByTestId('payment-issue-refunded')).toContainText('Aino Virtanen');
  await expect(page.getByTestId('payment-issue-mark')).toHaveCount(0);
  await expect(page.getByTestId('payment-issues-open')).toHaveAttribute('data-count', '0');
  await expectNoAxeViolations(page, 'unapplied payments, refunded, fi');
  await shoot(page, 'unapplied-payments-refunded-fi');
  const [issue] = await stack().queryCentral<{ status: string; name: string }>(
    "SELECT data->>'status' AS status, data->>'refundedByName' AS name FROM berth_payment_issue WHERE payable_id = $1",
    [offer.orderId],
  );
  expect(issue).toEqual({ status: 'refunded', name: 'Aino Virtanen' });

  // A supervisor reads the list and is offered no action.
  const olli = await page.context().newPage();
  await signIn(olli, await stack().openApp('olli'), 'olli');
  await olli.getByTestId('nav-berthPayments').click();
  await expect(olli.getByTestId('payment-issue')).toHaveAttribute('data-status', 'refunded');
  await expect(olli.getByRole('columnheader', { name: 'Toiminto' })).toHaveCount(0);
  await expect(olli.getByTestId('payment-issue-mark')).toHaveCount(0);

  // In the customer's view too: refunded, and no action for the supervisor.
  const olliSection = await openPayer(olli, offer);
  await expect(olliSection.getByTestId('payment-issue')).toHaveAttribute('data-status', 'refunded');
  await expect(olliSection.getByTestId('customer-payment-issues-summary')).toHaveAttribute('data-open', '0');
  await expect(olliSection.getByTestId('payment-issue-mark')).toHaveCount(0);
  await expectNoAxeViolations(olli, "customer's 360° view, payment refunded, fi");
  await shoot(olli, 'customer-unapplied-payment-refunded-fi');
});
